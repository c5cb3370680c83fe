package dev.augur.runtime;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a DAO is created for: a session and, optionally, a keyspace other than the session's.
 * Generated DAOs fill their statements' placeholders from it; {@code @QueryProvider} classes
 * receive it to prepare and map statements of their own.
 */
public final class DaoContext {
  private final AugurSession session;
  private final CqlIdentifier keyspace;
  private final Set<EntityMapper<?>> tables = ConcurrentHashMap.newKeySet();

  /**
   * @param session the session statements run on
   * @param keyspace the keyspace of tables whose entity names none, or null for the session's
   */
  public DaoContext(AugurSession session, CqlIdentifier keyspace) {
    this.session = session;
    this.keyspace = keyspace;
  }

  public AugurSession session() {
    return session;
  }

  /**
   * Notes that a statement of the DAO is written for {@code entity}'s table (a CRUD method, or
   * {@code ${table}} placeholders), so that DAO creation checks that table against the entity.
   */
  void uses(EntityMapper<?> entity) {
    tables.add(entity);
  }

  /** The entities whose tables the DAO's statements are written for. */
  List<EntityMapper<?>> tables() {
    return List.copyOf(tables);
  }

  /** The DAO's keyspace, when it was created for one. */
  public Optional<CqlIdentifier> keyspace() {
    return Optional.ofNullable(keyspace);
  }

  /**
   * Fills {@code ${keyspace}}, {@code ${table}} and {@code ${qualifiedTable}} in {@code cql} for
   * the table of {@code entity}: the entity's own keyspace if {@code @Table} names one, else the
   * DAO's, else the session's (an unqualified name).
   */
  public String resolve(String cql, EntityMapper<?> entity) {
    if (entity == null || !cql.contains("${")) {
      return cql;
    }
    String table = entity.table();
    String keyspaceName =
        !entity.keyspace().isEmpty()
            ? entity.keyspace()
            : keyspace != null
                ? keyspace.asCql(true)
                : session.cqlSession().getKeyspace().map(k -> k.asCql(true)).orElse(null);
    if (keyspaceName == null && cql.contains("${keyspace}")) {
      throw new IllegalArgumentException(
          "${keyspace} needs a keyspace, but neither @Table, the DAO nor the session names one."
              + " Create the DAO with a keyspace, or connect the session to one.");
    }
    String qualified =
        keyspaceName == null || (keyspace == null && entity.keyspace().isEmpty())
            ? table
            : keyspaceName + "." + table;
    return cql.replace("${qualifiedTable}", qualified)
        .replace("${table}", table)
        .replace("${keyspace}", keyspaceName == null ? "" : keyspaceName);
  }
}
