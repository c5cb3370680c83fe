package dev.augur.processor.model;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.TypeName;

/**
 * A Java type Augur knows how to map to a CQL value.
 *
 * @param typeName the Java type as written in the user's code ({@code int}, {@code List<String>})
 * @param valueType an expression of type {@code ValueType<...>}: how the runtime finds the codec
 *     for the column's CQL type, once per statement
 * @param genericType for types the driver's codec registry knows, an expression of type {@code
 *     GenericType<...>}; {@code null} for composed types (enums, {@code Optional}, UDT classes,
 *     custom codecs, collections of those)
 * @param primitive the primitive kind when {@code typeName} is a primitive, which selects the
 *     unboxed accessor ({@code getInt}, {@code setInt}); {@code null} otherwise
 * @param defaultCqlType the CQL type a column of this Java type has by default ({@code text},
 *     {@code list<int>}, {@code frozen<address>}), for schema checks and DDL; {@code null} when
 *     only a custom codec knows it
 */
public record MappedType(
    TypeName typeName,
    CodeBlock valueType,
    CodeBlock genericType,
    Primitive primitive,
    String defaultCqlType) {

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
