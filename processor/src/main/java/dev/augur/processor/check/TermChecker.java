package dev.augur.processor.check;

import dev.augur.processor.cql.Identifier;
import dev.augur.processor.cql.Term;
import dev.augur.processor.schema.CqlType;
import dev.augur.processor.schema.CqlType.NativeType;
import dev.augur.processor.schema.TypeResolver;
import dev.augur.processor.validation.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * Types the terms of a statement against what receives them (a column, an element, the LIMIT...),
 * as Cassandra does when it prepares: literals must suit the receiver's type, functions must
 * resolve and return a type the receiver can hold, and each marker takes the receiver's type.
 */
final class TermChecker {
  private final Analysis analysis;

  TermChecker(Analysis analysis) {
    this.analysis = analysis;
  }

  /** How {@code term} fits {@code receiver}, without reporting anything. */
  Fit fit(Term term, CqlType receiver) {
    if (receiver == null || receiver instanceof CqlType.Unknown) {
      return Fit.WEAK;
    }
    if (term instanceof Term.Marker) {
      return Fit.WEAK;
    }
    if (term instanceof Term.Null) {
      return CqlType.is(receiver, NativeType.COUNTER) ? Fit.NONE : Fit.WEAK;
    }
    if (term instanceof Term.Literal literal) {
      return LiteralRules.fit(literal, receiver);
    }
    if (term instanceof Term.TypeHint
        || term instanceof Term.FunctionCall
        || term instanceof Term.Arithmetic) {
      CqlType type = knownType(term);
      return type == null ? Fit.WEAK : TypeRules.fitOfType(type, receiver);
    }
    if (term instanceof Term.ListLiteral list) {
      if (receiver instanceof CqlType.ListOf l) {
        return list.elements().isEmpty() ? Fit.WEAK : all(list.elements(), l.element());
      }
      if (receiver instanceof CqlType.Vector v) {
        return list.elements().size() == v.dimension()
            ? all(list.elements(), v.element())
            : Fit.NONE;
      }
      return Fit.NONE;
    }
    if (term instanceof Term.SetLiteral set) {
      if (set.elements().isEmpty()) {
        return receiver instanceof CqlType.SetOf || receiver instanceof CqlType.MapOf
            ? Fit.WEAK
            : Fit.NONE;
      }
      return receiver instanceof CqlType.SetOf s ? all(set.elements(), s.element()) : Fit.NONE;
    }
    if (term instanceof Term.MapLiteral map) {
      if (!(receiver instanceof CqlType.MapOf m)) {
        return Fit.NONE;
      }
      List<Fit> fits = new ArrayList<>();
      map.keys().forEach(k -> fits.add(fit(k, m.key())));
      map.values().forEach(v -> fits.add(fit(v, m.value())));
      return Fit.all(fits);
    }
    if (term instanceof Term.UdtLiteral udt) {
      if (!(receiver instanceof CqlType.Udt type)) {
        return Fit.NONE;
      }
      List<Fit> fits = new ArrayList<>();
      for (int i = 0; i < udt.fields().size(); i++) {
        CqlType.UdtField field = type.field(udt.fields().get(i).name());
        fits.add(field == null ? Fit.NONE : fit(udt.values().get(i), field.type()));
      }
      return Fit.all(fits);
    }
    if (term instanceof Term.TupleLiteral tuple) {
      if (!(receiver instanceof CqlType.TupleOf t)
          || tuple.elements().size() > t.elements().size()) {
        return Fit.NONE;
      }
      List<Fit> fits = new ArrayList<>();
      for (int i = 0; i < tuple.elements().size(); i++) {
        fits.add(fit(tuple.elements().get(i), t.elements().get(i)));
      }
      return Fit.all(fits);
    }
    return Fit.WEAK;
  }

  private Fit all(List<Term> terms, CqlType receiver) {
    return Fit.all(terms.stream().map(t -> fit(t, receiver)).toList());
  }

  /** The type a term has of its own (a literal's preferred type, a hint, a function's result). */
  CqlType knownType(Term term) {
    if (term instanceof Term.Literal literal) {
      return CqlType.of(LiteralRules.preferred(literal));
    }
    if (term instanceof Term.TypeHint hint) {
      return resolveQuietly(hint);
    }
    if (term instanceof Term.FunctionCall call) {
      try {
        return resolve(call, null).returnType();
      } catch (FunctionResolver.Failure e) {
        return null;
      }
    }
    if (term instanceof Term.Arithmetic arithmetic) {
      return arithmeticType(arithmetic);
    }
    return null;
  }

  /**
   * Checks {@code term} as the value of {@code receiver}, named {@code receiverName} in messages,
   * and records the markers it holds with their types. A null receiver (an unknown column) only
   * collects markers and checks functions.
   */
  void prepare(Term term, CqlType receiver, String receiverName) {
    CqlType type = receiver == null ? new CqlType.Unknown("?") : receiver;
    if (term instanceof Term.Marker marker) {
      analysis.marker(new MarkerUse(marker, type, receiverName));
    } else if (term instanceof Term.Literal literal) {
      prepareLiteral(literal, type, receiverName);
    } else if (term instanceof Term.Null) {
      if (fit(term, type) == Fit.NONE) {
        invalid(term, type, receiverName, "a counter cannot be null");
      }
    } else if (term instanceof Term.FunctionCall call) {
      prepareCall(call, type, receiverName);
    } else if (term instanceof Term.TypeHint hint) {
      prepareHint(hint, type, receiverName);
    } else if (term instanceof Term.Arithmetic arithmetic) {
      prepareArithmetic(arithmetic, type, receiverName);
    } else {
      prepareComposite(term, type, receiverName);
    }
  }

  private void prepareLiteral(Term.Literal literal, CqlType type, String receiverName) {
    if (type instanceof CqlType.Unknown) {
      return;
    }
    if (fit(literal, type) == Fit.NONE) {
      invalid(literal, type, receiverName, LiteralRules.kindRule(literal));
      return;
    }
    String reason = LiteralRules.invalidValue(literal, type);
    if (reason != null) {
      invalid(literal, type, receiverName, reason);
    }
  }

  private void prepareCall(Term.FunctionCall call, CqlType type, String receiverName) {
    if (PolymorphicFunctions.isFromJson(call.name()) && call.keyspace() == null) {
      if (call.arguments().size() != 1) {
        analysis.error(
            Message.FUNCTION_ARGUMENTS,
            "fromjson",
            Terms.cql(call),
            "it takes one argument",
            "fromjson(text)");
        return;
      }
      prepare(call.arguments().get(0), CqlType.of(NativeType.TEXT), "the argument of fromjson");
      return;
    }
    if (NativeFunctions.NON_DETERMINISTIC.contains(call.name())) {
      analysis.nonDeterministicCall();
    }
    FunctionResolver.Resolved resolved;
    try {
      resolved = resolve(call, type instanceof CqlType.Unknown ? null : type);
    } catch (FunctionResolver.Failure failure) {
      analysis.error(failure.message, failure.arguments);
      for (Term argument : call.arguments()) {
        prepare(argument, null, "an argument of " + call.name());
      }
      return;
    }
    for (int i = 0; i < call.arguments().size(); i++) {
      prepare(
          call.arguments().get(i),
          resolved.parameters().get(i),
          "argument " + (i + 1) + " of " + call.name());
    }
    if (resolved.returnType() != null && !TypeRules.canRead(type, resolved.returnType())) {
      invalid(call, type, receiverName, "the function returns " + resolved.returnType().cql());
    }
  }

  FunctionResolver.Resolved resolve(Term.FunctionCall call, CqlType receiver)
      throws FunctionResolver.Failure {
    List<FunctionResolver.Argument> arguments = new ArrayList<>();
    for (Term argument : call.arguments()) {
      arguments.add(
          new FunctionResolver.Argument() {
            @Override
            public Fit fit(CqlType type) {
              return TermChecker.this.fit(argument, type);
            }

            @Override
            public CqlType knownType() {
              return TermChecker.this.knownType(argument);
            }

            @Override
            public String display() {
              return Terms.cql(argument);
            }
          });
    }
    return FunctionResolver.resolve(
        analysis.catalog(), call.keyspace(), call.name(), arguments, receiver);
  }

  private void prepareHint(Term.TypeHint hint, CqlType type, String receiverName) {
    CqlType hinted;
    try {
      hinted = TypeResolver.resolve(hint.type(), (ks, name) -> analysis.catalog().type(ks, name));
    } catch (TypeResolver.UnknownTypeException e) {
      analysis.error(Message.UNKNOWN_TYPE, hint.type().toString(), e.getMessage());
      prepare(hint.term(), null, receiverName);
      return;
    }
    if (fit(hint.term(), hinted) == Fit.NONE) {
      invalid(
          hint.term(),
          hinted,
          "the type hint (" + hint.type() + ")",
          "it cannot be cast to " + hinted.cql());
    } else {
      prepare(hint.term(), hinted, receiverName);
    }
    if (!TypeRules.canRead(type, hinted)) {
      invalid(hint, type, receiverName, "it is hinted as " + hinted.cql());
    }
  }

  private CqlType resolveQuietly(Term.TypeHint hint) {
    try {
      return TypeResolver.resolve(hint.type(), (ks, name) -> analysis.catalog().type(ks, name));
    } catch (TypeResolver.UnknownTypeException e) {
      return null;
    }
  }

  /** The type of an operation whose operands type themselves, or null when one cannot. */
  private CqlType arithmeticType(Term.Arithmetic arithmetic) {
    CqlType right = knownType(arithmetic.right());
    if (arithmetic.left() == null) {
      return right != null && TypeRules.isNumber(right) ? right : null;
    }
    CqlType left = knownType(arithmetic.left());
    if (left == null || right == null) {
      return null;
    }
    if (TypeRules.isNumber(left) && TypeRules.isNumber(right)) {
      return TypeRules.widerNumber(left, right);
    }
    boolean temporal = CqlType.is(left, NativeType.TIMESTAMP) || CqlType.is(left, NativeType.DATE);
    if (temporal
        && CqlType.is(right, NativeType.DURATION)
        && !arithmetic.operator().matches("[*/%]")) {
      return left;
    }
    if (CqlType.is(left, NativeType.TEXT)
        && CqlType.is(right, NativeType.TEXT)
        && arithmetic.operator().equals("+")) {
      return left;
    }
    return null;
  }

  private void prepareArithmetic(Term.Arithmetic arithmetic, CqlType type, String receiverName) {
    String text = Terms.cql(arithmetic);
    if (Terms.hasBareMarker(arithmetic.right())
        || (arithmetic.left() != null && Terms.hasBareMarker(arithmetic.left()))) {
      analysis.error(
          Message.UNTYPED_VALUE, text, "an operation on a marker could have several types");
      return;
    }
    CqlType result = arithmeticType(arithmetic);
    if (result == null) {
      analysis.error(
          Message.UNTYPED_VALUE, text, "Cassandra has no such operation between these operands");
      return;
    }
    boolean fits = type instanceof CqlType.Unknown || TypeRules.canRead(type, result);
    if (!fits && TypeRules.isNumber(type) && TypeRules.isNumber(result)) {
      // With a receiver and no markers, Cassandra picks the operation on the receiver's type.
      fits =
          fit(arithmetic.right(), type).fits()
              && (arithmetic.left() == null || fit(arithmetic.left(), type).fits());
    }
    if (!fits) {
      invalid(arithmetic, type, receiverName, "the operation yields " + result.cql());
      return;
    }
    if (arithmetic.left() != null) {
      prepare(arithmetic.left(), knownType(arithmetic.left()), receiverName);
    }
    prepare(arithmetic.right(), knownType(arithmetic.right()), receiverName);
  }

  /** Collection, UDT and tuple literals: their elements take the element types. */
  private void prepareComposite(Term term, CqlType type, String receiverName) {
    if (collectionWithMarker(term)) {
      analysis.error(Message.COLLECTION_MARKER, receiverName, Terms.cql(term));
      return;
    }
    if (!(type instanceof CqlType.Unknown)
        && fit(term, type) == Fit.NONE
        && !hasUnknownField(term, type)) {
      invalid(term, type, receiverName, "it is a literal of another kind");
      return;
    }
    if (term instanceof Term.ListLiteral list) {
      CqlType element =
          type instanceof CqlType.ListOf l
              ? l.element()
              : type instanceof CqlType.Vector v ? v.element() : null;
      list.elements().forEach(e -> prepare(e, element, "an element of " + receiverName));
    } else if (term instanceof Term.SetLiteral set) {
      CqlType element = type instanceof CqlType.SetOf s ? s.element() : null;
      set.elements().forEach(e -> prepare(e, element, "an element of " + receiverName));
    } else if (term instanceof Term.MapLiteral map) {
      CqlType.MapOf m = type instanceof CqlType.MapOf mapType ? mapType : null;
      map.keys().forEach(k -> prepare(k, m == null ? null : m.key(), "a key of " + receiverName));
      map.values()
          .forEach(v -> prepare(v, m == null ? null : m.value(), "a value of " + receiverName));
    } else if (term instanceof Term.UdtLiteral udt) {
      prepareUdt(udt, type, receiverName);
    } else if (term instanceof Term.TupleLiteral tuple) {
      CqlType.TupleOf t = type instanceof CqlType.TupleOf tupleType ? tupleType : null;
      for (int i = 0; i < tuple.elements().size(); i++) {
        CqlType element = t == null || i >= t.elements().size() ? null : t.elements().get(i);
        prepare(tuple.elements().get(i), element, "element " + (i + 1) + " of " + receiverName);
      }
    }
  }

  /** Whether a list, set or map literal has a marker among its elements, keys or values. */
  private static boolean collectionWithMarker(Term term) {
    List<Term> elements;
    if (term instanceof Term.ListLiteral list) {
      elements = list.elements();
    } else if (term instanceof Term.SetLiteral set) {
      elements = set.elements();
    } else if (term instanceof Term.MapLiteral map) {
      elements = new ArrayList<>(map.keys());
      elements.addAll(map.values());
    } else {
      return false;
    }
    return elements.stream().anyMatch(e -> e instanceof Term.Marker);
  }

  private boolean hasUnknownField(Term term, CqlType type) {
    return term instanceof Term.UdtLiteral udt
        && type instanceof CqlType.Udt t
        && udt.fields().stream().anyMatch(f -> t.field(f.name()) == null);
  }

  private void prepareUdt(Term.UdtLiteral udt, CqlType type, String receiverName) {
    CqlType.Udt t = type instanceof CqlType.Udt udtType ? udtType : null;
    for (int i = 0; i < udt.fields().size(); i++) {
      Identifier field = udt.fields().get(i);
      CqlType.UdtField known = t == null ? null : t.field(field.name());
      if (t != null && known == null) {
        analysis.error(
            Message.UNKNOWN_FIELD,
            field.cql(),
            receiverName,
            "type " + t.name() + " has no such field",
            String.join(", ", t.fields().stream().map(f -> Identifier.cql(f.name())).toList()));
      }
      prepare(
          udt.values().get(i),
          known == null ? null : known.type(),
          "field " + field.cql() + " of " + receiverName);
    }
  }

  private void invalid(Term term, CqlType type, String receiverName, String reason) {
    analysis.error(
        Message.VALUE_TYPE, receiverName, Terms.cql(term), type.cql(), reason, type.cql());
  }
}
