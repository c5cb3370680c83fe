package dev.augur.processor.check;

import dev.augur.processor.schema.ColumnSchema;
import dev.augur.processor.schema.CqlType;
import java.util.List;

/**
 * What a SELECT returns.
 *
 * @param columns the result columns in order, with the names rows carry them by
 * @param referenced the table columns the selectors read
 * @param aggregate whether a selector aggregates rows (count, min, max, sum, avg)
 * @param wildcard whether it is {@code SELECT *}
 */
record Selection(
    List<ResultColumn> columns,
    List<ColumnSchema> referenced,
    boolean aggregate,
    boolean wildcard) {

  /** One column of the result: its name (the alias, if any) and type. */
  record ResultColumn(String name, CqlType type) {}

  /**
   * Whether the selectors read only static and partition key columns, and some static one: then
   * Cassandra reads one row per partition and clustering columns must not be restricted.
   */
  boolean onlyStatic() {
    return !wildcard
        && referenced.stream().anyMatch(c -> c.kind() == ColumnSchema.Kind.STATIC)
        && referenced.stream()
            .allMatch(
                c ->
                    c.kind() == ColumnSchema.Kind.STATIC
                        || c.kind() == ColumnSchema.Kind.PARTITION_KEY);
  }
}
