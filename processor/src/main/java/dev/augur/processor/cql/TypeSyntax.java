package dev.augur.processor.cql;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A CQL type as written, before names are resolved against a schema: {@code int}, {@code
 * frozen<list<text>>}, {@code ks.address}, {@code vector<float, 3>}.
 *
 * @param keyspace the keyspace of a user-defined type, or null
 * @param name the type's name, folded as identifiers are ({@code frozen}, {@code map}, {@code
 *     address}); for a custom type the class name, quoted
 * @param arguments the type arguments; a vector's dimension is a {@link #name} of digits
 */
public record TypeSyntax(String keyspace, String name, List<TypeSyntax> arguments) {
  public TypeSyntax {
    arguments = List.copyOf(arguments);
  }

  /** A type without arguments. */
  public static TypeSyntax named(String name) {
    return new TypeSyntax(null, name, List.of());
  }

  @Override
  public String toString() {
    String base = keyspace == null ? name : keyspace + "." + name;
    if (arguments.isEmpty()) {
      return base;
    }
    return base
        + arguments.stream().map(TypeSyntax::toString).collect(Collectors.joining(", ", "<", ">"));
  }
}
