package dev.augur.processor.cql;

import dev.augur.processor.cql.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/** Parses what a SELECT selects, groups by and orders by. */
final class SelectorParser {
  private final TokenCursor in;
  private final TermParser terms;

  SelectorParser(TokenCursor in, TermParser terms) {
    this.in = in;
    this.terms = terms;
  }

  /** The selectors after SELECT [JSON] [DISTINCT]; empty for {@code *}. */
  List<Statement.Selector> selectors() throws CqlSyntaxException {
    if (in.acceptSymbol("*")) {
      return List.of();
    }
    List<Statement.Selector> selectors = new ArrayList<>();
    do {
      Selectable value = selectable();
      Identifier alias = in.accept("as") ? in.name("an alias") : null;
      selectors.add(new Statement.Selector(value, alias));
    } while (in.acceptSymbol(","));
    return selectors;
  }

  /** A selector without its alias, arithmetic included. */
  Selectable selectable() throws CqlSyntaxException {
    Selectable left = product();
    while (in.peek().isSymbol("+") || in.peek().isSymbol("-")) {
      String operator = in.next().text();
      left = new Selectable.Arithmetic(operator, left, product());
    }
    return left;
  }

  private Selectable product() throws CqlSyntaxException {
    Selectable left = group();
    while (in.peek().isSymbol("*") || in.peek().isSymbol("/") || in.peek().isSymbol("%")) {
      String operator = in.next().text();
      left = new Selectable.Arithmetic(operator, left, group());
    }
    return left;
  }

  private Selectable group() throws CqlSyntaxException {
    if (in.acceptSymbol("-")) {
      return new Selectable.Arithmetic("-", null, group());
    }
    Selectable value = primary();
    while (true) {
      if (in.peek().isSymbol(".") && in.peek(1).kind() != Kind.SYMBOL) {
        in.next();
        value = new Selectable.Field(value, in.name("a field name"));
      } else if (in.acceptSymbol("[")) {
        Term from = in.peek().isSymbol("..") ? null : terms.term();
        if (in.acceptSymbol("..")) {
          Term to = in.peek().isSymbol("]") ? null : terms.term();
          in.expectSymbol("]");
          value = new Selectable.Element(value, from, to, true);
        } else {
          in.expectSymbol("]");
          value = new Selectable.Element(value, from, null, false);
        }
      } else {
        return value;
      }
    }
  }

  private Selectable primary() throws CqlSyntaxException {
    Token token = in.peek();
    if (token.is("count") && in.peek(1).isSymbol("(")) {
      boolean rows =
          (in.peek(2).isSymbol("*") || in.peek(2).text().equals("1")) && in.peek(3).isSymbol(")");
      if (rows) {
        in.next();
        in.next();
        in.next();
        in.next();
        return new Selectable.CountRows(token.start());
      }
    }
    boolean metadata = token.is("writetime") || token.is("maxwritetime") || token.is("ttl");
    if (metadata && in.peek(1).isSymbol("(")) {
      in.next();
      in.next();
      Selectable column = group();
      in.expectSymbol(")");
      return new Selectable.WriteMetadata(token.folded(), column, token.start());
    }
    if (token.is("cast") && in.peek(1).isSymbol("(")) {
      in.next();
      in.next();
      Selectable value = selectable();
      in.expect("as");
      TypeSyntax type = terms.type();
      in.expectSymbol(")");
      return new Selectable.Cast(value, type, token.start());
    }
    if (terms.atFunctionCall()) {
      String[] name = terms.functionName();
      in.expectSymbol("(");
      List<Selectable> arguments = new ArrayList<>();
      if (!in.acceptSymbol(")")) {
        do {
          arguments.add(selectable());
        } while (in.acceptSymbol(","));
        in.expectSymbol(")");
      }
      return new Selectable.Function(name[0], name[1], arguments, token.start());
    }
    if (token.isSymbol("(")) {
      boolean hint =
          in.peek(1).kind() == Kind.IDENTIFIER
              && in.peek(2).isSymbol(")")
              && !in.peek(1).is("null");
      if (hint || (in.peek(1).kind() == Kind.IDENTIFIER && in.peek(2).isSymbol("<"))) {
        return new Selectable.Value(terms.simple());
      }
      in.next();
      Selectable nested = selectable();
      in.expectSymbol(")");
      return nested;
    }
    if (in.atName() && !terms.startsTermAt(0)) {
      return new Selectable.Column(in.name("a column name"));
    }
    if (terms.startsTermAt(0)) {
      return new Selectable.Value(terms.simple());
    }
    throw in.expected("a column, function or value to select");
  }

  /** GROUP BY selectables, after the keywords. */
  List<Selectable> groupBy() throws CqlSyntaxException {
    List<Selectable> groups = new ArrayList<>();
    do {
      groups.add(selectable());
    } while (in.acceptSymbol(","));
    return groups;
  }

  /** ORDER BY terms, after the keywords. */
  List<Statement.Ordering> orderBy() throws CqlSyntaxException {
    List<Statement.Ordering> orderings = new ArrayList<>();
    do {
      Identifier column = in.name("a column name");
      if (in.acceptAll("ann", "of")) {
        orderings.add(new Statement.Ordering(column, false, terms.term()));
      } else {
        boolean descending = in.accept("desc");
        if (!descending) {
          in.accept("asc");
        }
        orderings.add(new Statement.Ordering(column, descending, null));
      }
    } while (in.acceptSymbol(","));
    return orderings;
  }
}
