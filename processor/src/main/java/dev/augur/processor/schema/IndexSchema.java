package dev.augur.processor.schema;

/**
 * A secondary index of a table.
 *
 * @param name the index's name, or null when Cassandra names it
 * @param column the indexed column
 * @param target what of a collection is indexed: its values, keys, entries, or the full (frozen)
 *     value; {@code VALUES} for a column that is not a collection
 * @param kind how the index is implemented, which decides the queries it serves
 */
public record IndexSchema(String name, String column, Target target, Kind kind) {

  /** What part of the column's value is indexed. */
  public enum Target {
    VALUES,
    KEYS,
    ENTRIES,
    FULL
  }

  /** The index implementations. */
  public enum Kind {
    /** The legacy secondary index: equality (and CONTAINS on collections). */
    LEGACY,
    /** Storage-attached index: equality, ranges, CONTAINS. */
    SAI,
    /** SSTable-attached index: equality, ranges, LIKE. */
    SASI,
    /** Another custom class: Augur assumes it serves what it is used for. */
    CUSTOM
  }
}
