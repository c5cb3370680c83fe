package dev.augur.processor.check;

import dev.augur.processor.check.NativeFunctions.Overload;
import dev.augur.processor.schema.CqlType;
import dev.augur.processor.schema.FunctionSchema;
import dev.augur.processor.schema.SchemaCatalog;
import dev.augur.processor.validation.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks the signature of a function call as Cassandra's {@code FunctionResolver} does: a single
 * candidate must accept the arguments; among several, an exact match wins, else exactly one may
 * accept them with conversions, else the call is ambiguous or matches none.
 */
final class FunctionResolver {

  /** An argument of a call: a term or a selector. */
  interface Argument {
    /** How the argument fits a parameter of type {@code type}. */
    Fit fit(CqlType type);

    /** The argument's type when it has one of its own, or null (a bare marker). */
    CqlType knownType();

    /** The argument as CQL text. */
    String display();
  }

  /**
   * The chosen signature.
   *
   * @param parameters the types the arguments are bound to
   */
  record Resolved(String name, List<CqlType> parameters, CqlType returnType, boolean aggregate) {}

  /** A call that cannot be resolved, with the message to report. */
  static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;
    final transient Message message;
    final transient Object[] arguments;

    Failure(Message message, Object... arguments) {
      super(message.name(), null, false, false);
      this.message = message;
      this.arguments = arguments;
    }
  }

  private FunctionResolver() {}

  /**
   * Resolves {@code keyspace.name(arguments)}, the result going to a receiver of type {@code
   * receiver} (null when there is none). Failure arguments omit the message's subject.
   */
  static Resolved resolve(
      SchemaCatalog catalog,
      String keyspace,
      String name,
      List<Argument> arguments,
      CqlType receiver)
      throws Failure {
    String display = (keyspace == null ? "" : keyspace + ".") + name;
    boolean system = keyspace == null || keyspace.equals("system");
    List<Overload> candidates =
        new ArrayList<>(system ? NativeFunctions.overloads(name) : List.of());
    for (FunctionSchema udf : catalog.functions(system ? null : keyspace, name)) {
      candidates.add(
          new Overload(udf.name(), udf.arguments(), udf.returnType(), udf.returnType() == null));
    }
    if (candidates.isEmpty() && system && PolymorphicFunctions.has(name)) {
      return polymorphic(name, arguments);
    }
    if (candidates.isEmpty()) {
      return unknown(catalog, system, keyspace, name, display, arguments);
    }
    String argumentList =
        "(" + String.join(", ", arguments.stream().map(Argument::display).toList()) + ")";
    String signatures = String.join("; ", candidates.stream().map(Overload::display).toList());
    if (candidates.size() == 1) {
      Overload only = candidates.get(0);
      if (only.arguments().size() != arguments.size()) {
        throw new Failure(
            Message.FUNCTION_ARGUMENTS,
            display,
            argumentList,
            only.arguments().size() + " arguments are required",
            signatures);
      }
      for (int i = 0; i < arguments.size(); i++) {
        if (!arguments.get(i).fit(only.arguments().get(i)).fits()) {
          throw new Failure(
              Message.FUNCTION_ARGUMENTS,
              display,
              argumentList,
              arguments.get(i).display()
                  + " cannot be argument "
                  + (i + 1)
                  + " of type "
                  + only.arguments().get(i).cql(),
              signatures);
        }
      }
      return resolved(only);
    }
    List<Overload> compatible = new ArrayList<>();
    for (Overload candidate : candidates) {
      if (receiver != null
          && candidate.returnType() != null
          && !TypeRules.canRead(receiver, candidate.returnType())) {
        continue;
      }
      Fit fit = fit(candidate, arguments);
      if (fit == Fit.EXACT) {
        return resolved(candidate);
      }
      if (fit == Fit.WEAK) {
        compatible.add(candidate);
      }
    }
    if (compatible.isEmpty()) {
      throw new Failure(
          Message.FUNCTION_ARGUMENTS,
          display,
          argumentList,
          "none of its signatures accepts them",
          signatures);
    }
    if (compatible.size() > 1) {
      throw new Failure(
          Message.FUNCTION_ARGUMENTS,
          display,
          argumentList,
          "the call is ambiguous, " + compatible.size() + " signatures accept them",
          signatures);
    }
    return resolved(compatible.get(0));
  }

  /**
   * A function neither native nor in the schema files: an error when it must be native ({@code
   * system.x}), when the catalog is the whole schema, or when its name is a typo of a native one;
   * otherwise it may be a user-defined function on the server, and its types are unknown.
   */
  private static Resolved unknown(
      SchemaCatalog catalog,
      boolean system,
      String keyspace,
      String name,
      String display,
      List<Argument> arguments)
      throws Failure {
    String suggestion = Suggestions.closest(name, NativeFunctions.names());
    if ((system && keyspace != null) || catalog.complete() || (system && suggestion != null)) {
      throw new Failure(
          Message.UNKNOWN_FUNCTION,
          display,
          suggestion == null ? "" : " (did you mean " + suggestion + "?)");
    }
    List<CqlType> unknown =
        arguments.stream().map(a -> (CqlType) new CqlType.Unknown("?")).toList();
    return new Resolved(display, unknown, null, false);
  }

  private static Fit fit(Overload candidate, List<Argument> arguments) {
    if (candidate.arguments().size() != arguments.size()) {
      return Fit.NONE;
    }
    List<Fit> fits = new ArrayList<>();
    for (int i = 0; i < arguments.size(); i++) {
      fits.add(arguments.get(i).fit(candidate.arguments().get(i)));
    }
    return Fit.all(fits);
  }

  private static Resolved resolved(Overload overload) {
    return new Resolved(
        overload.name(), overload.arguments(), overload.returnType(), overload.aggregate());
  }

  private static Resolved polymorphic(String name, List<Argument> arguments) throws Failure {
    String argumentList =
        "(" + String.join(", ", arguments.stream().map(Argument::display).toList()) + ")";
    List<CqlType> types = new ArrayList<>();
    for (int i = 0; i < arguments.size(); i++) {
      Argument argument = arguments.get(i);
      CqlType type = argument.knownType();
      if (type == null && name.startsWith("similarity_") && arguments.size() == 2) {
        // A marker or literal takes the vector type of the other argument, as on the server.
        CqlType other = arguments.get(1 - i).knownType();
        if (other instanceof CqlType.Vector) {
          if (argument.fit(other) == Fit.NONE) {
            throw new Failure(
                Message.FUNCTION_ARGUMENTS,
                "system." + name,
                argumentList,
                argument.display() + " is not a " + other.cql() + " (all arguments must have the"
                    + " same vector dimensions)",
                "its argument types follow the call's");
          }
          type = other;
        }
      }
      if (type == null) {
        throw new Failure(
            Message.FUNCTION_ARGUMENTS,
            "system." + name,
            argumentList,
            "the type of " + argument.display() + " cannot be inferred",
            "its argument types follow the call's");
      }
      types.add(type);
    }
    PolymorphicFunctions.Result result = PolymorphicFunctions.apply(name, types);
    if (result.error() != null) {
      throw new Failure(
          Message.FUNCTION_ARGUMENTS,
          "system." + name,
          argumentList,
          result.error(),
          "its argument types follow the call's");
    }
    return new Resolved(
        "system." + name, types, result.type(), PolymorphicFunctions.isAggregate(name));
  }
}
