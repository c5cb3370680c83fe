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
 */
public record EntityIndex(String using, Target target) {

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
