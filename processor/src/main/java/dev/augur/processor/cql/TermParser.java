package dev.augur.processor.cql;

import dev.augur.processor.cql.Term.LiteralKind;
import dev.augur.processor.cql.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses terms (values) and types, following the {@code term} and {@code comparatorType} rules of
 * Cassandra's grammar.
 */
final class TermParser {
  private final TokenCursor in;

  TermParser(TokenCursor in) {
    this.in = in;
  }

  /** A term, with arithmetic: {@code a + b * c}. */
  Term term() throws CqlSyntaxException {
    Term left = product();
    while ((in.peek().isSymbol("+") || in.peek().isSymbol("-")) && startsTermAt(1)) {
      String operator = in.next().text();
      left = new Term.Arithmetic(operator, left, product(), left.offset());
    }
    return left;
  }

  private Term product() throws CqlSyntaxException {
    Term left = group();
    while ((in.peek().isSymbol("*") || in.peek().isSymbol("/") || in.peek().isSymbol("%"))
        && startsTermAt(1)) {
      String operator = in.next().text();
      left = new Term.Arithmetic(operator, left, group(), left.offset());
    }
    return left;
  }

  private Term group() throws CqlSyntaxException {
    Token token = in.peek();
    if (token.isSymbol("-")) {
      in.next();
      if (in.peek().is("nan") || in.peek().is("infinity")) {
        Token special = in.next();
        return new Term.Literal(LiteralKind.SPECIAL_FLOAT, "-" + special.text(), token.start());
      }
      return new Term.Arithmetic("-", null, simple(), token.start());
    }
    return simple();
  }

  /** A term without arithmetic at its top level. */
  Term simple() throws CqlSyntaxException {
    Token token = in.peek();
    int offset = token.start();
    switch (token.kind()) {
      case STRING:
        in.next();
        return new Term.Literal(LiteralKind.STRING, token.text(), offset);
      case INTEGER:
        in.next();
        return new Term.Literal(LiteralKind.INTEGER, token.text(), offset);
      case FLOAT:
        in.next();
        return new Term.Literal(LiteralKind.FLOAT, token.text(), offset);
      case HEX:
        in.next();
        return new Term.Literal(LiteralKind.HEX, token.text(), offset);
      case UUID:
        in.next();
        return new Term.Literal(LiteralKind.UUID, token.text(), offset);
      case DURATION:
        in.next();
        return new Term.Literal(LiteralKind.DURATION, token.text(), offset);
      case POSITIONAL_MARKER:
        in.next();
        return new Term.Marker(null, false, null, offset);
      default:
        break;
    }
    if (token.isSymbol(":")) {
      return marker();
    }
    if (token.isSymbol("[")) {
      return list();
    }
    if (token.isSymbol("{")) {
      return braces();
    }
    if (token.isSymbol("(")) {
      return parenthesized();
    }
    if (token.is("true") || token.is("false")) {
      in.next();
      return new Term.Literal(LiteralKind.BOOLEAN, token.folded(), offset);
    }
    if (token.is("null")) {
      in.next();
      return new Term.Null(offset);
    }
    if (token.is("nan") || token.is("infinity")) {
      in.next();
      return new Term.Literal(LiteralKind.SPECIAL_FLOAT, token.text(), offset);
    }
    if (atFunctionCall()) {
      return functionCall();
    }
    throw in.expected("a value");
  }

  /** {@code :name} or {@code :"Name"}; reserved words cannot be marker names unquoted. */
  Term.Marker marker() throws CqlSyntaxException {
    int offset = in.next().start();
    Token name = in.peek();
    if (name.kind() == Kind.QUOTED_NAME) {
      in.next();
      return new Term.Marker(
          name.text(), true, "\"" + name.text().replace("\"", "\"\"") + "\"", offset);
    }
    if (name.kind() == Kind.IDENTIFIER && CqlKeywords.isReserved(name.text())) {
      throw in.error(
          "marker :"
              + name.text()
              + " at offset "
              + offset
              + " is a reserved word; quote it: :\""
              + name.text()
              + "\"");
    }
    if (name.kind() != Kind.IDENTIFIER) {
      throw in.expected("a marker name after ':'");
    }
    in.next();
    return new Term.Marker(name.folded(), false, name.text(), offset);
  }

  /** Whether a term starts {@code ahead} tokens from the current one. */
  boolean startsTermAt(int ahead) {
    Token token = in.peek(ahead);
    switch (token.kind()) {
      case STRING, INTEGER, FLOAT, HEX, UUID, DURATION, POSITIONAL_MARKER:
        return true;
      case SYMBOL:
        return token.isSymbol("[")
            || token.isSymbol("{")
            || token.isSymbol("(")
            || token.isSymbol("-")
            || (token.isSymbol(":") && in.peek(ahead + 1).kind() != Kind.SYMBOL);
      case IDENTIFIER:
        if (token.is("true")
            || token.is("false")
            || token.is("null")
            || token.is("nan")
            || token.is("infinity")) {
          return true;
        }
        return functionCallAt(ahead);
      case QUOTED_NAME:
        return functionCallAt(ahead);
      default:
        return false;
    }
  }

  boolean atFunctionCall() {
    return functionCallAt(0);
  }

  private boolean functionCallAt(int ahead) {
    Token first = in.peek(ahead);
    if (first.kind() != Kind.IDENTIFIER && first.kind() != Kind.QUOTED_NAME) {
      return false;
    }
    if (in.peek(ahead + 1).isSymbol("(")) {
      return true;
    }
    return in.peek(ahead + 1).isSymbol(".")
        && (in.peek(ahead + 2).kind() == Kind.IDENTIFIER
            || in.peek(ahead + 2).kind() == Kind.QUOTED_NAME)
        && in.peek(ahead + 3).isSymbol("(");
  }

  private Term functionCall() throws CqlSyntaxException {
    int offset = in.peek().start();
    String[] name = functionName();
    in.expectSymbol("(");
    List<Term> arguments = new ArrayList<>();
    if (!in.acceptSymbol(")")) {
      do {
        arguments.add(term());
      } while (in.acceptSymbol(","));
      in.expectSymbol(")");
    }
    return new Term.FunctionCall(name[0], name[1], arguments, offset);
  }

  /** A possibly keyspace-qualified function name: {@code {keyspace or null, name}}. */
  String[] functionName() throws CqlSyntaxException {
    Token first = in.next();
    if (first.kind() != Kind.IDENTIFIER && first.kind() != Kind.QUOTED_NAME) {
      throw new CqlSyntaxException(
          "a function name expected at offset " + first.start(), first.start());
    }
    if (in.peek().isSymbol(".")) {
      in.next();
      Token second = in.next();
      return new String[] {first.folded(), second.folded()};
    }
    return new String[] {null, first.folded()};
  }

  private Term list() throws CqlSyntaxException {
    int offset = in.next().start();
    List<Term> elements = new ArrayList<>();
    if (!in.acceptSymbol("]")) {
      do {
        elements.add(term());
      } while (in.acceptSymbol(","));
      in.expectSymbol("]");
    }
    return new Term.ListLiteral(elements, offset);
  }

  /** {@code {}}, a set, a map, or a UDT literal, told apart by the first entry. */
  private Term braces() throws CqlSyntaxException {
    int offset = in.next().start();
    if (in.acceptSymbol("}")) {
      return new Term.SetLiteral(List.of(), offset);
    }
    boolean udt = in.atName() && !atFunctionCall() && in.peek(1).isSymbol(":");
    if (udt) {
      List<Identifier> fields = new ArrayList<>();
      List<Term> values = new ArrayList<>();
      do {
        fields.add(in.name("a field name"));
        in.expectSymbol(":");
        values.add(term());
      } while (in.acceptSymbol(","));
      in.expectSymbol("}");
      return new Term.UdtLiteral(fields, values, offset);
    }
    Term first = term();
    if (in.acceptSymbol(":")) {
      List<Term> keys = new ArrayList<>(List.of(first));
      List<Term> values = new ArrayList<>(List.of(term()));
      while (in.acceptSymbol(",")) {
        keys.add(term());
        in.expectSymbol(":");
        values.add(term());
      }
      in.expectSymbol("}");
      return new Term.MapLiteral(keys, values, offset);
    }
    List<Term> elements = new ArrayList<>(List.of(first));
    while (in.acceptSymbol(",")) {
      elements.add(term());
    }
    in.expectSymbol("}");
    return new Term.SetLiteral(elements, offset);
  }

  /** {@code (type) term} or a tuple {@code (a, b)}. */
  private Term parenthesized() throws CqlSyntaxException {
    int offset = in.next().start();
    boolean hint =
        (in.peek().kind() == Kind.IDENTIFIER || in.peek().kind() == Kind.QUOTED_NAME)
            && !atFunctionCall()
            && !in.peek().is("true")
            && !in.peek().is("false")
            && !in.peek().is("null")
            && !in.peek().is("nan")
            && !in.peek().is("infinity");
    if (hint) {
      TypeSyntax type = type();
      in.expectSymbol(")");
      return new Term.TypeHint(type, simple(), offset);
    }
    List<Term> elements = new ArrayList<>();
    do {
      elements.add(term());
    } while (in.acceptSymbol(","));
    in.expectSymbol(")");
    return new Term.TupleLiteral(elements, offset);
  }

  /** A type: native, collection, tuple, vector, frozen, user-defined, or a quoted custom class. */
  TypeSyntax type() throws CqlSyntaxException {
    Token token = in.peek();
    if (token.kind() == Kind.STRING) {
      in.next();
      return TypeSyntax.named("'" + token.text() + "'");
    }
    if (token.kind() != Kind.IDENTIFIER && token.kind() != Kind.QUOTED_NAME) {
      throw in.expected("a type");
    }
    in.next();
    String keyspace = null;
    String name = token.folded();
    if (in.peek().isSymbol(".")) {
      in.next();
      keyspace = name;
      name = in.name("a type name").name();
    }
    List<TypeSyntax> arguments = new ArrayList<>();
    if (keyspace == null && token.kind() == Kind.IDENTIFIER && in.acceptSymbol("<")) {
      do {
        if (name.equals("vector") && in.peek().kind() == Kind.INTEGER) {
          arguments.add(TypeSyntax.named(in.next().text()));
        } else {
          arguments.add(type());
        }
      } while (in.acceptSymbol(","));
      in.expectSymbol(">");
    }
    return new TypeSyntax(keyspace, name, arguments);
  }
}
