package dev.augur.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that the column of a field has a secondary index in the database, so that queries may
 * restrict it without ALLOW FILTERING. The compile-time CQL checks learn which restrictions the
 * index serves, and {@code EntitySchema.ddl}/{@code createAsync} create it with the table ({@code
 * CREATE INDEX IF NOT EXISTS <table>_<column>_idx}, or {@code CREATE CUSTOM INDEX ... USING
 * 'StorageAttachedIndex'} for {@code "sai"}).
 *
 * <pre>{@code
 * @Indexed String email;                   // CREATE INDEX ON users (email)
 * @Indexed(using = "sai") int price;       // CREATE CUSTOM INDEX ON items (price) USING 'sai'
 * @Indexed(target = Indexed.Target.KEYS) Map<String, String> attributes;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Indexed {
  /**
   * The index implementation: {@code "sai"} (or {@code "StorageAttachedIndex"}) for a
   * storage-attached index, which also serves ranges and combines with the table's other such
   * indexes; another class name for a custom index; empty (the default) for Cassandra's legacy
   * secondary index, which serves equality.
   */
  String using() default "";

  /** What of a collection column is indexed; {@code VALUES} for other columns. */
  Target target() default Target.VALUES;

  /** The part of a column's value an index holds. */
  enum Target {
    /** The value, or the elements of a list or set, or the values of a map. */
    VALUES,
    /** The keys of a map. */
    KEYS,
    /** The entries of a map, for {@code column[key] = value}. */
    ENTRIES,
    /** A frozen collection as a whole. */
    FULL
  }
}
