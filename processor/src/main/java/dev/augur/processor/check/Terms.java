package dev.augur.processor.check;

import dev.augur.processor.cql.Identifier;
import dev.augur.processor.cql.Term;
import java.util.List;
import java.util.stream.Collectors;

/** Writes terms back as CQL text, for messages. */
final class Terms {
  private Terms() {}

  static String cql(Term term) {
    if (term instanceof Term.Literal literal) {
      return switch (literal.kind()) {
        case STRING -> "'" + literal.text().replace("'", "''") + "'";
        default -> literal.text();
      };
    }
    if (term instanceof Term.Null) {
      return "null";
    }
    if (term instanceof Term.Marker marker) {
      return marker.isPositional() ? "?" : ":" + marker.written();
    }
    if (term instanceof Term.FunctionCall call) {
      String name = call.keyspace() == null ? call.name() : call.keyspace() + "." + call.name();
      return name + join(call.arguments(), "(", ")");
    }
    if (term instanceof Term.ListLiteral list) {
      return join(list.elements(), "[", "]");
    }
    if (term instanceof Term.SetLiteral set) {
      return join(set.elements(), "{", "}");
    }
    if (term instanceof Term.MapLiteral map) {
      StringBuilder text = new StringBuilder("{");
      for (int i = 0; i < map.keys().size(); i++) {
        text.append(i == 0 ? "" : ", ").append(cql(map.keys().get(i))).append(": ");
        text.append(cql(map.values().get(i)));
      }
      return text.append("}").toString();
    }
    if (term instanceof Term.UdtLiteral udt) {
      StringBuilder text = new StringBuilder("{");
      for (int i = 0; i < udt.fields().size(); i++) {
        text.append(i == 0 ? "" : ", ").append(udt.fields().get(i).cql()).append(": ");
        text.append(cql(udt.values().get(i)));
      }
      return text.append("}").toString();
    }
    if (term instanceof Term.TupleLiteral tuple) {
      return join(tuple.elements(), "(", ")");
    }
    if (term instanceof Term.TypeHint hint) {
      return "(" + hint.type() + ") " + cql(hint.term());
    }
    if (term instanceof Term.Arithmetic arithmetic) {
      return arithmetic.left() == null
          ? "-" + cql(arithmetic.right())
          : cql(arithmetic.left()) + " " + arithmetic.operator() + " " + cql(arithmetic.right());
    }
    if (term instanceof Term.InValues in) {
      return join(in.values(), "(", ")");
    }
    throw new AssertionError(term);
  }

  private static String join(List<Term> terms, String open, String close) {
    return terms.stream().map(Terms::cql).collect(Collectors.joining(", ", open, close));
  }

  /** {@code (a, b)}: a list of column names. */
  static String names(List<Identifier> names) {
    return names.stream().map(Identifier::cql).collect(Collectors.joining(", ", "(", ")"));
  }

  /** Whether a term is or holds a marker without a type hint, whose type only a receiver gives. */
  static boolean hasBareMarker(Term term) {
    if (term instanceof Term.Marker) {
      return true;
    }
    if (term instanceof Term.Arithmetic a) {
      return (a.left() != null && hasBareMarker(a.left())) || hasBareMarker(a.right());
    }
    return false;
  }
}
