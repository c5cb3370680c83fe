package dev.augur.processor.model;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.TypeName;

/**
 * A Java type Augur knows how to map to a CQL value through one of the driver's codecs.
 *
 * @param typeName the Java type as written in the user's code ({@code int}, {@code List<String>})
 * @param genericType an expression of type {@code GenericType<...>} naming the boxed type, with
 *     which the runtime looks the codec up once per statement
 * @param primitive the primitive kind when {@code typeName} is a primitive, which selects the
 *     unboxed accessor ({@code getInt}, {@code setInt}); {@code null} otherwise
 */
public record MappedType(TypeName typeName, CodeBlock genericType, Primitive primitive) {

  /** The primitives with unboxed accessors in the runtime; others go through the boxed path. */
  public enum Primitive {
    INT("Int"),
    LONG("Long"),
    BOOLEAN("Boolean"),
    DOUBLE("Double"),
    FLOAT("Float"),
    SHORT("Short"),
    BYTE("Byte");

    private final String accessorSuffix;

    Primitive(String accessorSuffix) {
      this.accessorSuffix = accessorSuffix;
    }

    /** The suffix of the runtime accessors for this primitive: {@code get}+suffix. */
    public String accessorSuffix() {
      return accessorSuffix;
    }
  }
}
