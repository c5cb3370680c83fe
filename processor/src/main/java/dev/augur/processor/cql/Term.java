package dev.augur.processor.cql;

import java.util.List;

/**
 * A value in a statement: a literal, a bind marker, a function call, a collection, tuple or UDT
 * literal, a type hint, or arithmetic over terms. What type a term has depends on where it is used,
 * as in Cassandra: the checker types it against its receiver.
 */
public sealed interface Term {

  /** Where the term starts in the statement. */
  int offset();

  /** A constant written out. */
  record Literal(LiteralKind kind, String text, int offset) implements Term {}

  /** The kinds of constant. */
  enum LiteralKind {
    STRING,
    INTEGER,
    FLOAT,
    BOOLEAN,
    UUID,
    HEX,
    DURATION,
    /** {@code NaN} or {@code Infinity}, with an optional sign. */
    SPECIAL_FLOAT
  }

  /** {@code null}. */
  record Null(int offset) implements Term {}

  /**
   * A bind marker.
   *
   * @param name the marker's name as Cassandra stores it, or null for {@code ?}
   * @param quoted whether the name was written in double quotes
   * @param written the name as written after the colon, quotes included; null for {@code ?}
   */
  record Marker(String name, boolean quoted, String written, int offset) implements Term {
    public boolean isPositional() {
      return name == null;
    }
  }

  /**
   * A function call, such as {@code now()} or {@code minTimeuuid(:t)}.
   *
   * @param keyspace the keyspace the function is qualified with, or null
   * @param name the function's name, folded as identifiers are
   */
  record FunctionCall(String keyspace, String name, List<Term> arguments, int offset)
      implements Term {
    public FunctionCall {
      arguments = List.copyOf(arguments);
    }
  }

  /** {@code [a, b]}: a list (or vector) literal. */
  record ListLiteral(List<Term> elements, int offset) implements Term {
    public ListLiteral {
      elements = List.copyOf(elements);
    }
  }

  /** {@code {a, b}}: a set literal; {@code {}} is an empty set or map, as the receiver says. */
  record SetLiteral(List<Term> elements, int offset) implements Term {
    public SetLiteral {
      elements = List.copyOf(elements);
    }
  }

  /** {@code {k: v, ...}}: a map literal. */
  record MapLiteral(List<Term> keys, List<Term> values, int offset) implements Term {
    public MapLiteral {
      keys = List.copyOf(keys);
      values = List.copyOf(values);
    }
  }

  /** {@code {field: v, ...}}: a user-defined type literal. */
  record UdtLiteral(List<Identifier> fields, List<Term> values, int offset) implements Term {
    public UdtLiteral {
      fields = List.copyOf(fields);
      values = List.copyOf(values);
    }
  }

  /** {@code (a, b)}: a tuple literal. */
  record TupleLiteral(List<Term> elements, int offset) implements Term {
    public TupleLiteral {
      elements = List.copyOf(elements);
    }
  }

  /** {@code (type) term}: a term with the type it should be read as. */
  record TypeHint(TypeSyntax type, Term term, int offset) implements Term {}

  /** {@code left op right} with {@code op} one of {@code + - * / %}, or unary {@code -term}. */
  record Arithmetic(String operator, Term left, Term right, int offset) implements Term {}

  /**
   * The values of an {@code IN (a, b, ...)} relation or condition; a single marker stands for the
   * whole list when written {@code IN ?}.
   */
  record InValues(List<Term> values, int offset) implements Term {
    public InValues {
      values = List.copyOf(values);
    }
  }
}
