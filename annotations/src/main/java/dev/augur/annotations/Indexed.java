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
 * @Indexed(using = "sai", similarity = Indexed.Similarity.DOT_PRODUCT)
 * @Vector(dimensions = 64) float[] embedding;  // ... WITH OPTIONS = {'similarity_function': ...}
 * }</pre>
 *
 * <p>A storage-attached index on a {@code vector<float, n>} column serves {@code ORDER BY column
 * ANN OF ...}, ranking rows by its {@link #similarity()}.
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

  /**
   * How a storage-attached index on a vector column ranks vectors: its {@code similarity_function}
   * option. Only vector columns take it; Cassandra refuses cosine for vectors of one dimension.
   */
  Similarity similarity() default Similarity.COSINE;

  /** The similarity functions of Cassandra's vector indexes. */
  enum Similarity {
    /** The cosine of the angle between two vectors (the default). */
    COSINE,
    /** The dot product, for vectors normalized to length 1. */
    DOT_PRODUCT,
    /** The Euclidean distance. */
    EUCLIDEAN
  }

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
