package dev.augur.runtime;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.metadata.Metadata;
import com.datastax.oss.driver.api.core.metadata.schema.ClusteringOrder;
import com.datastax.oss.driver.api.core.metadata.schema.ColumnMetadata;
import com.datastax.oss.driver.api.core.metadata.schema.IndexMetadata;
import com.datastax.oss.driver.api.core.metadata.schema.TableMetadata;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

/**
 * The schema the entities describe: {@code CREATE TYPE}, {@code CREATE TABLE} and {@code CREATE
 * INDEX ... IF NOT EXISTS} statements written from the generated mappers, run without blocking, and
 * a check of the live schema against the entities.
 *
 * <pre>{@code
 * EntitySchema.createAsync(session, "shop", List.of(Order_Mapper.INSTANCE, Customer_Mapper.INSTANCE))
 *     .thenCompose(ok -> AugurOrderDao.create(session, "shop"));
 *
 * EntitySchema.verifyAsync(session, "shop", List.of(Order_Mapper.INSTANCE))  // at startup
 *     .exceptionally(...)  // SchemaMismatchException: one line per difference
 * }</pre>
 *
 * <p>The keyspace of each table is the one its {@code @Table} names, else {@code keyspace}, else
 * the session's. The stages complete on the session's callback executor, if it has one; once the
 * session is closing, they fail at once with a {@link SessionClosedException}.
 */
public final class EntitySchema {
  private EntitySchema() {}

  /**
   * The statements that create the entities' user-defined types (innermost first), tables (with
   * their clustering order) and the secondary indexes their columns declare with {@code @Indexed}
   * (a storage-attached index for {@code using = "sai"}), each {@code IF NOT EXISTS}.
   *
   * @param keyspace the keyspace of tables whose entity names none; null for the session's
   *     (unqualified names)
   */
  public static List<String> ddl(String keyspace, List<? extends EntityMapper<?>> entities) {
    Set<String> types = new LinkedHashSet<>();
    List<String> tables = new ArrayList<>();
    List<String> indexes = new ArrayList<>();
    for (EntityMapper<?> entity : entities) {
      String qualifier = qualifier(entity.keyspace(), keyspace);
      for (EntityColumn column : entity.columns()) {
        for (UdtMapper<?> udt : column.type().udts()) {
          types.add(createType(qualifier, udt));
        }
        if (column.index() != null) {
          indexes.add(createIndex(qualifier, entity, column));
        }
      }
      tables.add(createTable(qualifier, entity));
    }
    List<String> all = new ArrayList<>(types);
    all.addAll(tables);
    all.addAll(indexes);
    return all;
  }

  /**
   * Runs {@link #ddl} one statement after the other (schema changes apply in order), and completes
   * once every node agrees on the schema (or a minute after the driver stopped waiting for that).
   */
  public static CompletionStage<Void> createAsync(
      AugurSession session, String keyspace, List<? extends EntityMapper<?>> entities) {
    if (session.isClosing()) {
      return CompletableFuture.failedFuture(closed("createAsync"));
    }
    List<String> statements;
    try {
      statements = ddl(keyspace, entities);
    } catch (IllegalArgumentException e) {
      return CompletableFuture.failedFuture(e);
    }
    CompletionStage<Boolean> chain = CompletableFuture.completedFuture(true);
    for (String statement : statements) {
      chain =
          chain.thenCompose(
              agreed ->
                  session
                      .cqlSession()
                      .executeAsync(statement)
                      .thenApply(rs -> agreed && rs.getExecutionInfo().isSchemaInAgreement()));
    }
    return session.delivered(
        chain.thenCompose(
            agreed ->
                agreed
                    ? CompletableFuture.<Void>completedFuture(null)
                    : awaitAgreement(session, System.nanoTime() + AGREEMENT_PATIENCE.toNanos())));
  }

  private static SessionClosedException closed(String method) {
    return new SessionClosedException(
        "EntitySchema."
            + method
            + ": refused: the Augur session is closing or closed (closeAsync was called)");
  }

  /**
   * How long {@link #createAsync} goes on waiting for schema agreement after the driver gave up.
   */
  private static final Duration AGREEMENT_PATIENCE = Duration.ofSeconds(60);

  /**
   * Waits, without blocking, until every node reports the same schema version: the driver waits for
   * agreement after each DDL statement, but only for its configured timeout (10 s by default), and
   * a statement prepared on a node that has not yet seen a new table fails. Checks every 200 ms
   * until {@code deadline}, then completes anyway: the schema is created, if not yet everywhere.
   */
  private static CompletionStage<Void> awaitAgreement(AugurSession session, long deadline) {
    return session
        .cqlSession()
        .checkSchemaAgreementAsync()
        .thenCompose(
            agreed -> {
              if (agreed || System.nanoTime() > deadline) {
                return CompletableFuture.completedFuture(null);
              }
              CompletableFuture<Void> later = new CompletableFuture<>();
              Deadlines.schedule(() -> later.complete(null), Duration.ofMillis(200));
              return later.thenCompose(ignored -> awaitAgreement(session, deadline));
            });
  }

  /**
   * Compares the live schema (refreshed first) with the entities: completes normally when every
   * entity's table has every mapped column with a type its Java property can be read as and the
   * same key and clustering order, and every index the entity declares with {@code @Indexed};
   * otherwise fails with a {@link SchemaMismatchException} listing every difference. Extra columns
   * in the table are fine.
   */
  public static CompletionStage<Void> verifyAsync(
      AugurSession session, String keyspace, List<? extends EntityMapper<?>> entities) {
    if (session.isClosing()) {
      return CompletableFuture.failedFuture(closed("verifyAsync"));
    }
    return session.delivered(
        session
            .cqlSession()
            .refreshSchemaAsync()
            .thenApply(
                metadata -> {
                  List<String> differences =
                      differences(session, metadata, keyspace, entities, true);
                  if (!differences.isEmpty()) {
                    throw new SchemaMismatchException(differences);
                  }
                  return null;
                }));
  }

  /**
   * The check a DAO's creation runs (unless the session turns it off): the tables its statements
   * are written for, against their entities. It reads the driver's schema metadata as it is, and
   * only when that shows a difference refreshes it and looks again, since the metadata can lag a
   * schema change made a moment ago. Fails with a {@link DaoCreationException} whose cause is the
   * {@link SchemaMismatchException}.
   */
  static CompletionStage<Void> verifyForDao(
      AugurSession session, Class<?> dao, DaoContext context) {
    List<EntityMapper<?>> entities = context.tables();
    if (entities.isEmpty()) {
      return CompletableFuture.completedFuture(null);
    }
    String keyspace = context.keyspace().map(k -> k.asCql(true)).orElse(null);
    if (differences(session, session.cqlSession().getMetadata(), keyspace, context, entities)
        .isEmpty()) {
      return CompletableFuture.completedFuture(null);
    }
    return Futures.unwrapped(
        session
            .cqlSession()
            .refreshSchemaAsync()
            .thenApply(
                metadata -> {
                  List<String> differences =
                      differences(session, metadata, keyspace, context, entities);
                  if (!differences.isEmpty()) {
                    SchemaMismatchException mismatch = new SchemaMismatchException(differences);
                    throw new DaoCreationException(
                        dao.getSimpleName()
                            + ": the tables its statements are written for do not fit their"
                            + " entities. "
                            + mismatch.getMessage()
                            + "\nChange the table or the entity; or, if the difference is"
                            + " deliberate, build the session with"
                            + " verifySchemaOnDaoCreation(false).",
                        mismatch);
                  }
                  return null;
                }));
  }

  private static List<String> differences(
      AugurSession session,
      Metadata metadata,
      String keyspace,
      List<? extends EntityMapper<?>> entities,
      boolean indexes) {
    List<String> differences = new ArrayList<>();
    for (EntityMapper<?> entity : entities) {
      differences.addAll(
          differences(session, metadata, keyspace, entity, entity.table(), indexes));
    }
    return differences;
  }

  /** The differences of a DAO's tables: the one it was created for, where it was. */
  private static List<String> differences(
      AugurSession session,
      Metadata metadata,
      String keyspace,
      DaoContext context,
      List<? extends EntityMapper<?>> entities) {
    List<String> differences = new ArrayList<>();
    for (EntityMapper<?> entity : entities) {
      differences.addAll(
          differences(session, metadata, keyspace, entity, context.tableOf(entity), false));
    }
    return differences;
  }

  private static List<String> differences(
      AugurSession session,
      Metadata metadata,
      String keyspace,
      EntityMapper<?> entity,
      String tableName,
      boolean indexes) {
    String keyspaceName =
        !entity.keyspace().isEmpty()
            ? entity.keyspace()
            : keyspace != null
                ? keyspace
                : session.cqlSession().getKeyspace().map(k -> k.asCql(true)).orElse(null);
    if (keyspaceName == null) {
      return List.of(
          tableName + ": no keyspace to look in; pass one, or connect the session to one");
    }
    String where = keyspaceName + "." + tableName;
    Optional<TableMetadata> table =
        metadata
            .getKeyspace(CqlIdentifier.fromCql(keyspaceName))
            .flatMap(k -> k.getTable(CqlIdentifier.fromCql(tableName)));
    if (table.isEmpty()) {
      boolean keyspaceExists =
          metadata.getKeyspace(CqlIdentifier.fromCql(keyspaceName)).isPresent();
      return List.of(
          where
              + ": "
              + (keyspaceExists ? "table does not exist" : "keyspace does not exist")
              + " (entity "
              + entity.entityName()
              + "); create it, e.g. with EntitySchema.createAsync");
    }
    List<String> differences = new ArrayList<>();
    TableMetadata live = table.get();
    for (EntityColumn column : entity.columns()) {
      if (column.kind() == EntityColumn.Kind.COMPUTED) {
        continue;
      }
      String label =
          where
              + ": column "
              + column.name().asCql(true)
              + " ("
              + entity.entityName()
              + "."
              + column.property()
              + ")";
      Optional<ColumnMetadata> liveColumn = live.getColumn(column.name());
      if (liveColumn.isEmpty()) {
        differences.add(label + ": missing");
        continue;
      }
      try {
        column.type().codecFor(liveColumn.get().getType(), session.codecRegistry());
      } catch (IllegalArgumentException e) {
        differences.add(label + ": " + e.getMessage());
      }
      String expected = describe(column.kind(), column.position());
      String actual = liveRole(live, liveColumn.get());
      if (!expected.equals(actual)) {
        differences.add(label + ": " + actual + " in the table, " + expected + " in the entity");
      }
      if (indexes && column.index() != null) {
        Optional<IndexMetadata> index = liveIndex(live, column);
        if (index.isEmpty()) {
          differences.add(label + ": no secondary index, but the entity declares @Indexed");
        } else if (column.index().similarity() != null) {
          // Cassandra stores the option as written, and none for the default, cosine.
          String liveSimilarity =
              index.get().getOptions().getOrDefault("similarity_function", "cosine");
          if (!liveSimilarity.equalsIgnoreCase(column.index().similarity().option())) {
            differences.add(
                label
                    + ": index "
                    + index.get().getName().asCql(true)
                    + " ranks by similarity function "
                    + liveSimilarity.toLowerCase(java.util.Locale.ROOT)
                    + ", but the entity declares "
                    + column.index().similarity().option());
          }
        }
      }
      if (expected.equals(actual) && column.kind() == EntityColumn.Kind.CLUSTERING_COLUMN) {
        ClusteringOrder order = live.getClusteringColumns().get(liveColumn.get());
        boolean liveDescending = order == ClusteringOrder.DESC;
        if (liveDescending != column.descending()) {
          differences.add(
              label
                  + ": stored "
                  + (liveDescending ? "descending" : "ascending")
                  + ", but the entity declares "
                  + (column.descending() ? "descending" : "ascending"));
        }
      }
    }
    return differences;
  }

  /** The live table's index on {@code column}, whatever part of it it holds. */
  private static Optional<IndexMetadata> liveIndex(TableMetadata table, EntityColumn column) {
    String name = column.name().asInternal();
    for (IndexMetadata index : table.getIndexes().values()) {
      String target = index.getTarget().replaceAll("^(keys|entries|full|values)\\((.*)\\)$", "$2");
      if (target.startsWith("\"") && target.endsWith("\"") && target.length() > 1) {
        target = target.substring(1, target.length() - 1).replace("\"\"", "\"");
      }
      if (target.equals(name)) {
        return Optional.of(index);
      }
    }
    return Optional.empty();
  }

  private static String liveRole(TableMetadata table, ColumnMetadata column) {
    int partition = table.getPartitionKey().indexOf(column);
    if (partition >= 0) {
      return describe(EntityColumn.Kind.PARTITION_KEY, partition);
    }
    int clustering = new ArrayList<>(table.getClusteringColumns().keySet()).indexOf(column);
    if (clustering >= 0) {
      return describe(EntityColumn.Kind.CLUSTERING_COLUMN, clustering);
    }
    if (column.isStatic()) {
      return describe(EntityColumn.Kind.STATIC, -1);
    }
    return describe(EntityColumn.Kind.REGULAR, -1);
  }

  private static String describe(EntityColumn.Kind kind, int position) {
    return switch (kind) {
      case PARTITION_KEY -> "partition key #" + position;
      case CLUSTERING_COLUMN -> "clustering column #" + position;
      case STATIC -> "a static column";
      default -> "a regular column";
    };
  }

  private static String qualifier(String entityKeyspace, String keyspace) {
    if (!entityKeyspace.isEmpty()) {
      return entityKeyspace + ".";
    }
    return keyspace == null ? "" : CqlIdentifier.fromCql(keyspace).asCql(true) + ".";
  }

  private static String createType(String qualifier, UdtMapper<?> udt) {
    return "CREATE TYPE IF NOT EXISTS "
        + qualifier
        + udt.typeName()
        + " ("
        + udt.fields().stream()
            .map(f -> f.name().asCql(true) + " " + requireType(udt.typeName(), f))
            .collect(Collectors.joining(", "))
        + ")";
  }

  private static String createTable(String qualifier, EntityMapper<?> entity) {
    List<String> definitions = new ArrayList<>();
    List<EntityColumn> partitionKey = key(entity, EntityColumn.Kind.PARTITION_KEY);
    List<EntityColumn> clustering = key(entity, EntityColumn.Kind.CLUSTERING_COLUMN);
    for (EntityColumn column : entity.columns()) {
      if (column.kind() == EntityColumn.Kind.COMPUTED) {
        continue;
      }
      definitions.add(
          column.name().asCql(true)
              + " "
              + requireType(entity.table(), column)
              + (column.kind() == EntityColumn.Kind.STATIC ? " STATIC" : ""));
    }
    String partition =
        partitionKey.stream().map(c -> c.name().asCql(true)).collect(Collectors.joining(", "));
    StringBuilder key = new StringBuilder("PRIMARY KEY ((").append(partition).append(")");
    clustering.forEach(c -> key.append(", ").append(c.name().asCql(true)));
    definitions.add(key.append(")").toString());
    String ddl =
        "CREATE TABLE IF NOT EXISTS "
            + qualifier
            + entity.table()
            + " ("
            + String.join(", ", definitions)
            + ")";
    if (clustering.stream().anyMatch(EntityColumn::descending)) {
      ddl +=
          " WITH CLUSTERING ORDER BY ("
              + clustering.stream()
                  .map(c -> c.name().asCql(true) + (c.descending() ? " DESC" : " ASC"))
                  .collect(Collectors.joining(", "))
              + ")";
    }
    return ddl;
  }

  /**
   * {@code CREATE INDEX IF NOT EXISTS} (or {@code CREATE CUSTOM INDEX ... USING}) for a column's
   * {@code @Indexed}, named as Cassandra names indexes: {@code <table>_<column>_idx}.
   */
  private static String createIndex(String qualifier, EntityMapper<?> entity, EntityColumn column) {
    EntityIndex index = column.index();
    String name =
        (CqlIdentifier.fromCql(entity.table()).asInternal()
                + "_"
                + column.name().asInternal()
                + "_idx")
            .replaceAll("[^A-Za-z0-9_]", "_")
            .toLowerCase(java.util.Locale.ROOT);
    String indexClass = index.indexClass();
    return (indexClass == null
            ? "CREATE INDEX IF NOT EXISTS "
            : "CREATE CUSTOM INDEX IF NOT EXISTS ")
        + name
        + " ON "
        + qualifier
        + entity.table()
        + " ("
        + index.targetOf(column.name().asCql(true))
        + ")"
        + (indexClass == null ? "" : " USING '" + indexClass + "'")
        + (index.similarity() == null
            ? ""
            : " WITH OPTIONS = {'similarity_function': '" + index.similarity().option() + "'}");
  }

  private static List<EntityColumn> key(EntityMapper<?> entity, EntityColumn.Kind kind) {
    return entity.columns().stream()
        .filter(c -> c.kind() == kind)
        .sorted(java.util.Comparator.comparingInt(EntityColumn::position))
        .toList();
  }

  private static String requireType(String owner, EntityColumn column) {
    if (column.cqlType() == null) {
      throw new IllegalArgumentException(
          owner
              + "."
              + column.property()
              + ": its CQL type is known only to its custom codec; create this table yourself");
    }
    return column.cqlType();
  }
}
