package dev.augur.processor.schema;

import dev.augur.processor.cql.Identifier;
import dev.augur.processor.schema.ColumnSchema.Kind;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A table the checker knows, from an entity or a schema file.
 *
 * @param keyspace the table's keyspace, or empty when it is the session's (an entity with
 *     {@code @Table(keyspace = "")}, or a schema file table written without keyspace or USE)
 * @param name the table's name as Cassandra stores it
 * @param columns every column: partition key, clustering columns, then the others
 * @param indexes the table's secondary indexes
 * @param source where the definition comes from, for messages: an entity's name or a file's
 */
public record TableSchema(
    String keyspace,
    String name,
    List<ColumnSchema> columns,
    List<IndexSchema> indexes,
    String source) {

  public TableSchema {
    columns = List.copyOf(columns);
    indexes = List.copyOf(indexes);
  }

  /** The column named {@code column} as Cassandra stores names, or null. */
  public ColumnSchema column(String column) {
    return byName().get(column);
  }

  private Map<String, ColumnSchema> byName() {
    Map<String, ColumnSchema> map = new LinkedHashMap<>();
    columns.forEach(c -> map.put(c.name(), c));
    return map;
  }

  /** The partition key columns, in key order. */
  public List<ColumnSchema> partitionKey() {
    return keyColumns(Kind.PARTITION_KEY);
  }

  /** The clustering columns, in key order. */
  public List<ColumnSchema> clustering() {
    return keyColumns(Kind.CLUSTERING);
  }

  private List<ColumnSchema> keyColumns(Kind kind) {
    return columns.stream()
        .filter(c -> c.kind() == kind)
        .sorted(Comparator.comparingInt(ColumnSchema::position))
        .toList();
  }

  /** The columns in the order {@code SELECT *} returns them: keys, then the others by name. */
  public List<ColumnSchema> selectStarOrder() {
    List<ColumnSchema> others =
        columns.stream()
            .filter(c -> !c.isPrimaryKey())
            .sorted(Comparator.comparing(ColumnSchema::name))
            .toList();
    return Stream.of(partitionKey(), clustering(), others).flatMap(List::stream).toList();
  }

  /** Whether the table has counter columns, which makes every non-key column a counter. */
  public boolean isCounterTable() {
    return columns.stream().anyMatch(ColumnSchema::isCounter);
  }

  public boolean hasStaticColumns() {
    return columns.stream().anyMatch(c -> c.kind() == Kind.STATIC);
  }

  /** The indexes on {@code column}. */
  public List<IndexSchema> indexesOn(String column) {
    return indexes.stream().filter(i -> i.column().equals(column)).toList();
  }

  /** The table's name as a statement would write it: {@code ks.table} or {@code table}. */
  public String display() {
    return keyspace.isEmpty()
        ? Identifier.cql(name)
        : Identifier.cql(keyspace) + "." + Identifier.cql(name);
  }

  /** The primary key as CQL shows it: {@code ((a, b), c, d)}. */
  public String primaryKeyDisplay() {
    String partition = String.join(", ", partitionKey().stream().map(ColumnSchema::cql).toList());
    StringBuilder key = new StringBuilder("(");
    key.append(partitionKey().size() > 1 ? "(" + partition + ")" : partition);
    clustering().forEach(c -> key.append(", ").append(c.cql()));
    return key.append(")").toString();
  }
}
