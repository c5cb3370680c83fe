package dev.augur.processor.cql;

import java.util.List;

/** What a SELECT returns for one of its selectors, and what GROUP BY and ORDER BY name. */
public sealed interface Selectable {

  /** A column. */
  record Column(Identifier column) implements Selectable {}

  /** {@code count(*)} (also written {@code count(1)}). */
  record CountRows(int offset) implements Selectable {}

  /**
   * A function applied to selectables: {@code max(v)}, {@code token(k)}, {@code toJson(x)}.
   *
   * @param keyspace the keyspace the function is qualified with, or null
   * @param name the function's name, folded as identifiers are
   */
  record Function(String keyspace, String name, List<Selectable> arguments, int offset)
      implements Selectable {
    public Function {
      arguments = List.copyOf(arguments);
    }
  }

  /** {@code writetime(c)}, {@code maxwritetime(c)} or {@code ttl(c)}. */
  record WriteMetadata(String kind, Selectable column, int offset) implements Selectable {}

  /** {@code CAST(s AS type)}. */
  record Cast(Selectable value, TypeSyntax type, int offset) implements Selectable {}

  /** {@code s.field} of a user-defined type. */
  record Field(Selectable value, Identifier field) implements Selectable {}

  /** {@code s[key]} of a map, set or list, or the slice {@code s[from..to]}. */
  record Element(Selectable value, Term key, Term to, boolean slice) implements Selectable {}

  /** A constant or marker selected as is. */
  record Value(Term term) implements Selectable {}

  /** Arithmetic over selectables, such as {@code a + 1}. */
  record Arithmetic(String operator, Selectable left, Selectable right) implements Selectable {}
}
