package dev.augur.processor.check;

import dev.augur.processor.cql.Term;
import dev.augur.processor.schema.ColumnSchema;
import dev.augur.processor.validation.Message;
import java.util.List;
import java.util.Objects;

/**
 * Null as a value in WHERE: Cassandra prepares such a relation, then rejects it every time the
 * statement runs, since no key is null and neither indexes nor filtering find rows by null. Only a
 * SELECT's range on a clustering column takes null, as no bound.
 */
final class NullValues {
  private NullValues() {}

  /** Whether {@code value} is null, or a list of values (of IN) or a tuple holding a null. */
  static boolean contains(Term value) {
    if (value instanceof Term.Null) {
      return true;
    }
    if (value instanceof Term.InValues in) {
      return in.values().stream().anyMatch(NullValues::contains);
    }
    return value instanceof Term.TupleLiteral tuple
        && tuple.elements().stream().anyMatch(NullValues::contains);
  }

  /** The column of a tuple relation on {@code columns} that {@code value} gives null, or null. */
  static ColumnSchema column(Term value, List<ColumnSchema> columns) {
    if (value instanceof Term.Null) {
      return columns.get(0);
    }
    if (value instanceof Term.InValues in) {
      return in.values().stream()
          .map(v -> column(v, columns))
          .filter(Objects::nonNull)
          .findFirst()
          .orElse(null);
    }
    if (value instanceof Term.TupleLiteral tuple) {
      for (int i = 0; i < Math.min(tuple.elements().size(), columns.size()); i++) {
        if (tuple.elements().get(i) instanceof Term.Null) {
          return columns.get(i);
        }
      }
    }
    return null;
  }

  /**
   * Reports that {@code compared} is compared with null, which Cassandra rejects with {@code
   * cassandra} when the statement runs; {@code key} when what is compared is (part of) a key.
   */
  static void report(Analysis analysis, String compared, String cassandra, boolean key) {
    analysis.error(
        Message.NULL_VALUE,
        "compares " + compared + " with",
        cassandra,
        key ? "no key is ever null" : "it finds no rows by a null value",
        "Compare it with a value, or a marker");
  }
}
