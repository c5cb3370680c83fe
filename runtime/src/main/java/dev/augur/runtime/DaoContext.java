package dev.augur.runtime;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a DAO is created for: a session and, optionally, a keyspace other than the session's and a
 * table other than its entity's. Generated DAOs fill their statements' placeholders and qualify
 * their table names from it; {@code @QueryProvider} classes receive it to prepare and map
 * statements of their own.
 *
 * <p>A DAO created for a keyspace runs every statement in that keyspace: a table its CQL names
 * without a keyspace is qualified with it (an entity whose {@code @Table} names a keyspace keeps
 * that one). A DAO created for a table runs its entity's statements on that table.
 */
public final class DaoContext {
  private final AugurSession session;
  private final CqlIdentifier keyspace;
  private final CqlIdentifier table;
  private final EntityMapper<?> tableEntity;
  private final Set<EntityMapper<?>> tables = ConcurrentHashMap.newKeySet();

  /**
   * @param session the session statements run on
   * @param keyspace the keyspace of tables whose entity names none, or null for the session's
   */
  public DaoContext(AugurSession session, CqlIdentifier keyspace) {
    this(session, keyspace, null, null);
  }

  /**
   * @param table the table the DAO's statements on {@code tableEntity}'s table run on instead, or
   *     null for the entity's own
   */
  DaoContext(
      AugurSession session,
      CqlIdentifier keyspace,
      CqlIdentifier table,
      EntityMapper<?> tableEntity) {
    this.session = session;
    this.keyspace = keyspace;
    this.table = table;
    this.tableEntity = table == null ? null : tableEntity;
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

  /** The table the DAO was created for in place of its entity's, if any. */
  public Optional<CqlIdentifier> table() {
    return Optional.ofNullable(table);
  }

  /** The table {@code entity}'s statements run on: the one the DAO was created for, or its own. */
  String tableOf(EntityMapper<?> entity) {
    return table != null && entity == tableEntity ? table.asCql(true) : entity.table();
  }

  /**
   * The statement of {@code spec} as the DAO prepares it: tables named without a keyspace qualified
   * with the DAO's, then the placeholders filled in.
   *
   * @throws IllegalArgumentException when the statement cannot run where the DAO was created for
   */
  String resolve(QuerySpec spec) {
    String cql = spec.cql();
    List<Integer> offsets = spec.unqualifiedTables();
    if (!offsets.isEmpty() && table != null) {
      String own = CqlIdentifier.fromCql(tableEntity.table()).asInternal();
      for (int offset : offsets) {
        String named = nameAt(cql, offset);
        if (CqlIdentifier.fromCql(named).asInternal().equals(own)) {
          throw new IllegalArgumentException(
              String.format(
                  "the statement names table %s, the table of %s, but this DAO was created for"
                      + " table %s; it would write or read the other table. Write ${table} (or"
                      + " ${qualifiedTable}) in the statement so that it follows the table the DAO"
                      + " is created for.",
                  named, tableEntity.entityName(), table.asCql(true)));
        }
      }
    }
    if (!offsets.isEmpty() && keyspace != null) {
      StringBuilder qualified = new StringBuilder(cql);
      String prefix = keyspace.asCql(true) + ".";
      for (int i = offsets.size() - 1; i >= 0; i--) {
        qualified.insert(offsets.get(i), prefix);
      }
      cql = qualified.toString();
    }
    return resolve(cql, spec.table());
  }

  /** The table name written at {@code offset}: a bare name, or a double-quoted one. */
  private static String nameAt(String cql, int offset) {
    int end = offset;
    if (cql.charAt(offset) == '"') {
      end++;
      while (end < cql.length()) {
        if (cql.charAt(end) == '"') {
          if (end + 1 < cql.length() && cql.charAt(end + 1) == '"') {
            end += 2;
            continue;
          }
          return cql.substring(offset, end + 1);
        }
        end++;
      }
      return cql.substring(offset);
    }
    while (end < cql.length()
        && (Character.isLetterOrDigit(cql.charAt(end)) || cql.charAt(end) == '_')) {
      end++;
    }
    return cql.substring(offset, end);
  }

  /**
   * Fills {@code ${keyspace}}, {@code ${table}} and {@code ${qualifiedTable}} in {@code cql} for
   * the table of {@code entity} (the table the DAO was created for, if it was created for one): the
   * entity's own keyspace if {@code @Table} names one, else the DAO's, else the session's (an
   * unqualified name).
   *
   * @throws IllegalArgumentException when {@code ${keyspace}} has no keyspace to stand for
   */
  public String resolve(String cql, EntityMapper<?> entity) {
    if (entity == null || !cql.contains("${")) {
      return cql;
    }
    String tableName = tableOf(entity);
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
            ? tableName
            : keyspaceName + "." + tableName;
    return cql.replace("${qualifiedTable}", qualified)
        .replace("${table}", tableName)
        .replace("${keyspace}", keyspaceName == null ? "" : keyspaceName);
  }
}
