package dev.augur.runtime;

import java.util.Locale;
import java.util.Objects;

/**
 * A secondary index an entity's column declares with {@code @Indexed}, as {@link EntitySchema}
 * creates it.
 *
 * @param using the implementation as written in {@code @Indexed(using = ...)}: empty for
 *     Cassandra's legacy secondary index, {@code "sai"} or {@code "StorageAttachedIndex"} for a
 *     storage-attached index, else the class of a custom index
 * @param target what of the column's value is indexed
 * @param similarity how a storage-attached index on a vector column ranks vectors; null for other
 *     columns
 */
public record EntityIndex(String using, Target target, Similarity similarity) {

  /** An index on a column that is not a vector. */
  public EntityIndex(String using, Target target) {
    this(using, target, null);
  }

  /** The similarity functions of vector indexes, as Cassandra names them in lower case. */
  public enum Similarity {
    COSINE,
    DOT_PRODUCT,
    EUCLIDEAN;

    /** The value of the index's {@code similarity_function} option. */
    public String option() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The part of a column's value the index holds. */
  public enum Target {
    /** The value, or the elements of a list or set, or the values of a map. */
    VALUES,
    /** The keys of a map. */
    KEYS,
    /** The entries of a map. */
    ENTRIES,
    /** A frozen collection as a whole. */
    FULL
  }

  public EntityIndex {
    Objects.requireNonNull(using, "using");
    Objects.requireNonNull(target, "target");
  }

  /** The class Cassandra is given in {@code USING '...'}, or null for the legacy index. */
  public String indexClass() {
    String name = using.trim();
    if (name.isEmpty()) {
      return null;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.equals("sai") || lower.equals("storageattachedindex")
        ? "StorageAttachedIndex"
        : name;
  }

  /** The indexed expression for {@code column}: {@code email}, {@code keys(attributes)}... */
  public String targetOf(String column) {
    return switch (target) {
      case VALUES -> column;
      case KEYS -> "keys(" + column + ")";
      case ENTRIES -> "entries(" + column + ")";
      case FULL -> "full(" + column + ")";
    };
  }
}
