package dev.augur.processor.cql;

import dev.augur.processor.cql.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the clauses statements share: WHERE relations, USING, IF conditions, UPDATE assignments
 * and DELETE selections.
 */
final class ClauseParser {
  private final TokenCursor in;
  private final TermParser terms;

  ClauseParser(TokenCursor in, TermParser terms) {
    this.in = in;
    this.terms = terms;
  }

  /** {@code relation (AND relation)*}, after the WHERE keyword. */
  List<Relation> where() throws CqlSyntaxException {
    List<Relation> relations = new ArrayList<>();
    do {
      relation(relations);
    } while (in.accept("and"));
    return relations;
  }

  private void relation(List<Relation> relations) throws CqlSyntaxException {
    if (in.peek().isSymbol("(")) {
      boolean tuple =
          in.peek(1).kind() != Kind.SYMBOL
              && (in.peek(2).isSymbol(",") || in.peek(2).isSymbol(")"));
      if (!tuple) {
        in.next();
        relation(relations);
        in.expectSymbol(")");
        return;
      }
      List<Identifier> columns = identifierTuple();
      Operator operator = operator(false);
      Term value = operator == Operator.IN ? inValues() : terms.simple();
      relations.add(new Relation.Multi(columns, operator, value));
      return;
    }
    if (in.peek().is("token") && in.peek(1).isSymbol("(")) {
      in.next();
      List<Identifier> columns = identifierTuple();
      Operator operator = operator(false);
      relations.add(new Relation.Token(columns, operator, terms.term()));
      return;
    }
    Identifier column = in.name("a column name");
    if (in.accept("is")) {
      in.expect("not");
      in.expect("null");
      relations.add(new Relation.IsNotNull(column));
      return;
    }
    Term key = null;
    if (in.acceptSymbol("[")) {
      key = terms.term();
      in.expectSymbol("]");
    }
    Operator operator = operator(true);
    Term value = operator == Operator.IN ? inValues() : terms.term();
    relations.add(new Relation.Single(column, key, operator, value));
  }

  private List<Identifier> identifierTuple() throws CqlSyntaxException {
    in.expectSymbol("(");
    List<Identifier> columns = new ArrayList<>();
    do {
      columns.add(in.name("a column name"));
    } while (in.acceptSymbol(","));
    in.expectSymbol(")");
    return columns;
  }

  /** A relation or condition operator; CONTAINS and LIKE only where a single column is. */
  private Operator operator(boolean singleColumn) throws CqlSyntaxException {
    Token token = in.peek();
    if (token.kind() == Kind.SYMBOL) {
      for (Operator operator : Operator.values()) {
        if (token.text().equals(operator.cql())) {
          in.next();
          return operator;
        }
      }
    }
    if (in.accept("in")) {
      return Operator.IN;
    }
    if (singleColumn && in.accept("contains")) {
      return in.accept("key") ? Operator.CONTAINS_KEY : Operator.CONTAINS;
    }
    if (singleColumn && in.accept("like")) {
      return Operator.LIKE;
    }
    throw in.expected(
        "an operator (=, <, <=, >, >=, IN" + (singleColumn ? ", CONTAINS" : "") + ")");
  }

  /** {@code ?}, {@code :name}, or {@code (v, ...)} after IN. */
  private Term inValues() throws CqlSyntaxException {
    Token token = in.peek();
    if (token.kind() == Kind.POSITIONAL_MARKER || token.isSymbol(":")) {
      return terms.simple();
    }
    int offset = token.start();
    in.expectSymbol("(");
    List<Term> values = new ArrayList<>();
    if (!in.acceptSymbol(")")) {
      do {
        values.add(terms.term());
      } while (in.acceptSymbol(","));
      in.expectSymbol(")");
    }
    return new Term.InValues(values, offset);
  }

  /**
   * {@code USING TTL t AND TIMESTAMP s}, after USING; DELETE allows only TIMESTAMP, once. An option
   * given twice is kept as written, for the checker to report.
   */
  Using using(boolean ttlAllowed) throws CqlSyntaxException {
    Term ttl = null;
    Term timestamp = null;
    List<String> repeated = new ArrayList<>();
    do {
      if (ttlAllowed && in.accept("ttl")) {
        if (ttl != null) {
          repeated.add("TTL");
        }
        ttl = intValue();
      } else if (in.accept("timestamp")) {
        if (timestamp != null) {
          repeated.add("TIMESTAMP");
        }
        timestamp = intValue();
      } else {
        throw in.expected(ttlAllowed ? "TTL or TIMESTAMP" : "TIMESTAMP");
      }
    } while (ttlAllowed && in.accept("and"));
    return new Using(ttl, timestamp, repeated);
  }

  /** An integer, or a marker: what LIMIT, TTL and TIMESTAMP take. */
  Term intValue() throws CqlSyntaxException {
    Token token = in.peek();
    if (token.kind() == Kind.INTEGER
        || token.kind() == Kind.POSITIONAL_MARKER
        || token.isSymbol(":")) {
      return terms.simple();
    }
    throw in.expected("an integer or a marker");
  }

  /** {@code condition (AND condition)*}, after IF. */
  List<Condition> conditions() throws CqlSyntaxException {
    List<Condition> conditions = new ArrayList<>();
    do {
      Identifier column = in.name("a column name");
      Term key = null;
      Identifier field = null;
      if (in.acceptSymbol("[")) {
        key = terms.term();
        in.expectSymbol("]");
      } else if (in.acceptSymbol(".")) {
        field = in.name("a field name");
      }
      Operator operator = operator(key == null && field == null);
      Term value = operator == Operator.IN ? inValues() : terms.term();
      conditions.add(new Condition(column, key, field, operator, value));
    } while (in.accept("and"));
    return conditions;
  }

  /** {@code assignment (, assignment)*}, after SET. */
  List<Assignment> assignments() throws CqlSyntaxException {
    List<Assignment> assignments = new ArrayList<>();
    do {
      assignments.add(assignment());
    } while (in.acceptSymbol(","));
    return assignments;
  }

  private Assignment assignment() throws CqlSyntaxException {
    Identifier column = in.name("a column name");
    if (in.acceptSymbol("+=")) {
      return new Assignment.Add(column, terms.term());
    }
    if (in.acceptSymbol("-=")) {
      return new Assignment.Subtract(column, terms.term());
    }
    if (in.acceptSymbol("[")) {
      Term key = terms.term();
      in.expectSymbol("]");
      in.expectSymbol("=");
      return new Assignment.SetElement(column, key, terms.term());
    }
    if (in.acceptSymbol(".")) {
      Identifier field = in.name("a field name");
      in.expectSymbol("=");
      return new Assignment.SetField(column, field, terms.term());
    }
    in.expectSymbol("=");
    if (in.atName() && !terms.atFunctionCall() && !terms.startsTermAt(0)) {
      // c = c + v, c = c - v, or c = c -1 (the lexer reads "-1" as one integer)
      Identifier same = in.name("a column name");
      requireSame(column, same, "X = X + <value>");
      if (in.acceptSymbol("+")) {
        return new Assignment.Add(column, terms.term());
      }
      if (in.acceptSymbol("-")) {
        return new Assignment.Subtract(column, terms.term());
      }
      if (in.peek().kind() == Kind.INTEGER && in.peek().text().startsWith("-")) {
        return new Assignment.Add(column, terms.simple());
      }
      throw in.expected("'+' or '-'");
    }
    Term value = terms.term();
    if (in.peek().isSymbol("+") && in.peek(1).kind() != Kind.SYMBOL) {
      in.next();
      Identifier same = in.name("a column name");
      requireSame(column, same, "X = <value> + X");
      return new Assignment.Prepend(column, value);
    }
    return new Assignment.Set(column, value);
  }

  private void requireSame(Identifier column, Identifier other, String form)
      throws CqlSyntaxException {
    if (!column.name().equals(other.name())) {
      throw new CqlSyntaxException(
          "only expressions of the form "
              + form
              + " are supported; "
              + column.cql()
              + " is assigned from "
              + other.cql(),
          other.offset());
    }
  }

  /** What a DELETE removes: {@code c}, {@code c[key]}, {@code c.field}, comma-separated. */
  List<Deletion> deletions() throws CqlSyntaxException {
    List<Deletion> deletions = new ArrayList<>();
    do {
      Identifier column = in.name("a column name");
      if (in.acceptSymbol("[")) {
        Term key = terms.term();
        in.expectSymbol("]");
        deletions.add(new Deletion(column, key, null));
      } else if (in.acceptSymbol(".")) {
        deletions.add(new Deletion(column, null, in.name("a field name")));
      } else {
        deletions.add(new Deletion(column, null, null));
      }
    } while (in.acceptSymbol(","));
    return deletions;
  }
}
