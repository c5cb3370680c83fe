package dev.augur.runtime;

import java.util.List;

/**
 * The live schema does not fit the entities: one line per difference (missing table, missing
 * column, wrong type, wrong key), each naming the table, the column and the Java property.
 */
public final class SchemaMismatchException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<String> differences;

  public SchemaMismatchException(List<String> differences) {
    super(
        "The live schema does not match the entities ("
            + differences.size()
            + (differences.size() == 1 ? " difference" : " differences")
            + "):\n  "
            + String.join("\n  ", differences));
    this.differences = List.copyOf(differences);
  }

  /** Each difference, as one readable line. */
  public List<String> differences() {
    return differences;
  }
}
