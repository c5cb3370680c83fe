package dev.augur.processor.cql;

import java.util.List;

/** One restriction of a WHERE clause. */
public sealed interface Relation {

  /**
   * {@code column op value}, or {@code column[key] op value} on a map entry.
   *
   * @param key the map key of an entry restriction, or null
   */
  record Single(Identifier column, Term key, Operator operator, Term value) implements Relation {}

  /** {@code (a, b) op (x, y)}, {@code (a, b) op :t} or {@code (a, b) IN ((x, y), ...)}. */
  record Multi(List<Identifier> columns, Operator operator, Term value) implements Relation {
    public Multi {
      columns = List.copyOf(columns);
    }
  }

  /** {@code token(a, b) op value}. */
  record Token(List<Identifier> columns, Operator operator, Term value) implements Relation {
    public Token {
      columns = List.copyOf(columns);
    }
  }

  /** {@code column IS NOT NULL}, only valid when creating materialized views. */
  record IsNotNull(Identifier column) implements Relation {}
}
