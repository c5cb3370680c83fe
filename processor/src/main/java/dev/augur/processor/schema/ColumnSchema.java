package dev.augur.processor.schema;

import dev.augur.processor.cql.Identifier;

/**
 * A column of a table.
 *
 * @param name the column's name as Cassandra stores it (unquoted names in lower case)
 * @param type its CQL type
 * @param kind its part in the primary key, or whether it is static
 * @param position its position in the partition key or among the clustering columns; -1 otherwise
 * @param descending whether a clustering column is ordered {@code DESC}
 */
public record ColumnSchema(String name, CqlType type, Kind kind, int position, boolean descending) {

  /** The part a column plays in its table. */
  public enum Kind {
    PARTITION_KEY,
    CLUSTERING,
    REGULAR,
    STATIC
  }

  /** The name as CQL text, quoted when needed. */
  public String cql() {
    return Identifier.cql(name);
  }

  public boolean isPrimaryKey() {
    return kind == Kind.PARTITION_KEY || kind == Kind.CLUSTERING;
  }

  public boolean isCounter() {
    return CqlType.is(type, CqlType.NativeType.COUNTER);
  }
}
