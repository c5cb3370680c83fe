package dev.augur.processor.cql;

/** One assignment of an UPDATE's SET clause. */
public sealed interface Assignment {

  /** The column assigned to. */
  Identifier column();

  /** {@code c = value}. */
  record Set(Identifier column, Term value) implements Assignment {}

  /** {@code c[key] = value}: a map entry or list element. */
  record SetElement(Identifier column, Term key, Term value) implements Assignment {}

  /** {@code c.field = value} of a non-frozen user-defined type. */
  record SetField(Identifier column, Identifier field, Term value) implements Assignment {}

  /**
   * {@code c = c + value} or {@code c += value}: adds to a counter, appends to a list, adds to a
   * set or puts into a map.
   */
  record Add(Identifier column, Term value) implements Assignment {}

  /** {@code c = value + c}: prepends to a list. */
  record Prepend(Identifier column, Term value) implements Assignment {}

  /**
   * {@code c = c - value} or {@code c -= value}: decrements a counter, or removes elements from a
   * list, set or map.
   */
  record Subtract(Identifier column, Term value) implements Assignment {}
}
