package dev.augur.processor.schema;

import dev.augur.processor.cql.TypeSyntax;
import dev.augur.processor.schema.CqlType.NativeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns a type as written into a {@link CqlType}, resolving user-defined type names. */
public final class TypeResolver {

  /** Finds a user-defined type by keyspace (null for the default) and name. */
  @FunctionalInterface
  public interface UdtLookup {
    Optional<CqlType.Udt> find(String keyspace, String name);
  }

  /** A type that names no known type, or has the wrong number of arguments. */
  public static final class UnknownTypeException extends Exception {
    private static final long serialVersionUID = 1L;

    public UnknownTypeException(String message) {
      super(message);
    }
  }

  private TypeResolver() {}

  /** The type {@code syntax} stands for; user-defined types are looked up in {@code udts}. */
  public static CqlType resolve(TypeSyntax syntax, UdtLookup udts) throws UnknownTypeException {
    String name = syntax.name();
    List<TypeSyntax> arguments = syntax.arguments();
    if (syntax.keyspace() == null) {
      if (name.startsWith("'")) {
        return new CqlType.Custom(name.substring(1, name.length() - 1));
      }
      NativeType nativeType = NativeType.named(name);
      if (nativeType != null && arguments.isEmpty()) {
        return CqlType.of(nativeType);
      }
      switch (name) {
        case "frozen":
          arity(syntax, 1);
          return resolve(arguments.get(0), udts).freeze();
        case "list":
          arity(syntax, 1);
          return new CqlType.ListOf(resolve(arguments.get(0), udts).freeze(), false);
        case "set":
          arity(syntax, 1);
          return new CqlType.SetOf(resolve(arguments.get(0), udts).freeze(), false);
        case "map":
          arity(syntax, 2);
          return new CqlType.MapOf(
              resolve(arguments.get(0), udts).freeze(),
              resolve(arguments.get(1), udts).freeze(),
              false);
        case "tuple":
          if (arguments.isEmpty()) {
            throw new UnknownTypeException("tuple needs at least one element type");
          }
          List<CqlType> elements = new ArrayList<>();
          for (TypeSyntax argument : arguments) {
            elements.add(resolve(argument, udts).freeze());
          }
          return new CqlType.TupleOf(elements);
        case "vector":
          arity(syntax, 2);
          return vector(syntax, udts);
        default:
          break;
      }
    }
    if (!arguments.isEmpty()) {
      throw new UnknownTypeException("unknown type " + syntax);
    }
    return udts.find(syntax.keyspace(), name)
        .orElseThrow(() -> new UnknownTypeException("unknown type " + syntax));
  }

  private static CqlType vector(TypeSyntax syntax, UdtLookup udts) throws UnknownTypeException {
    String dimension = syntax.arguments().get(1).name();
    if (!dimension.chars().allMatch(Character::isDigit) || Integer.parseInt(dimension) <= 0) {
      throw new UnknownTypeException("a vector's dimension must be a positive integer: " + syntax);
    }
    return new CqlType.Vector(
        resolve(syntax.arguments().get(0), udts).freeze(), Integer.parseInt(dimension));
  }

  private static void arity(TypeSyntax syntax, int count) throws UnknownTypeException {
    if (syntax.arguments().size() != count) {
      throw new UnknownTypeException(
          syntax.name()
              + " takes "
              + count
              + " type argument"
              + (count == 1 ? "" : "s")
              + ": "
              + syntax);
    }
  }
}
