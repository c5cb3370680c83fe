package dev.augur.runtime;

import com.datastax.oss.driver.api.core.data.CqlVector;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.DataTypes;
import com.datastax.oss.driver.api.core.type.ListType;
import com.datastax.oss.driver.api.core.type.MapType;
import com.datastax.oss.driver.api.core.type.SetType;
import com.datastax.oss.driver.api.core.type.UserDefinedType;
import com.datastax.oss.driver.api.core.type.VectorType;
import com.datastax.oss.driver.api.core.type.codec.CodecNotFoundException;
import com.datastax.oss.driver.api.core.type.codec.ExtraTypeCodecs;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import com.datastax.oss.driver.api.core.type.codec.TypeCodecs;
import com.datastax.oss.driver.api.core.type.codec.registry.CodecRegistry;
import com.datastax.oss.driver.api.core.type.reflect.GenericType;
import java.util.Objects;

/**
 * The Java side of a mapped value, and how to find its codec for a given CQL type. Generated code
 * describes every column, UDT field and parameter with one; the runtime resolves it to a codec once
 * per prepared statement.
 *
 * <p>Most types are found in the session's codec registry (including codecs the application
 * registered); enums, {@code Optional}, {@code byte[]}, UDT classes and collections of them are
 * composed from the driver's codecs.
 *
 * @param <T> the Java type
 */
public abstract class ValueType<T> {
  private final String display;
  private final java.util.List<UdtMapper<?>> udts;

  private ValueType(String display) {
    this(display, java.util.List.of());
  }

  private ValueType(String display, java.util.List<UdtMapper<?>> udts) {
    this.display = display;
    this.udts = udts;
  }

  /**
   * The user-defined types this type contains, innermost first: what a schema must create before a
   * table with a column of this type.
   */
  public java.util.List<UdtMapper<?>> udts() {
    return udts;
  }

  private static java.util.List<UdtMapper<?>> concat(ValueType<?>... parts) {
    java.util.List<UdtMapper<?>> all = new java.util.ArrayList<>();
    for (ValueType<?> part : parts) {
      for (UdtMapper<?> udt : part.udts) {
        if (!all.contains(udt)) {
          all.add(udt);
        }
      }
    }
    return java.util.List.copyOf(all);
  }

  /**
   * The codec between {@code cqlType} and this Java type.
   *
   * @throws IllegalArgumentException when they do not fit; the message names both types
   */
  public abstract TypeCodec<T> codecFor(DataType cqlType, CodecRegistry registry);

  /** A type whose codec the registry knows: the driver's built-ins and registered codecs. */
  public static <T> ValueType<T> of(GenericType<T> javaType) {
    return new ValueType<>(javaType.toString()) {
      @Override
      public TypeCodec<T> codecFor(DataType cqlType, CodecRegistry registry) {
        try {
          return registry.codecFor(cqlType, javaType);
        } catch (CodecNotFoundException e) {
          throw mismatch(cqlType, e);
        }
      }
    };
  }

  /** Shorthand for {@link #of(GenericType)}. */
  public static <T> ValueType<T> of(Class<T> javaType) {
    return of(GenericType.of(javaType));
  }

  /** An enum stored by {@code name()} in a text column. */
  public static <E extends Enum<E>> ValueType<E> enumByName(Class<E> type) {
    return new ValueType<>(type.getName() + " (by name)") {
      @Override
      public TypeCodec<E> codecFor(DataType cqlType, CodecRegistry registry) {
        return require(cqlType, ExtraTypeCodecs.enumNamesOf(type));
      }
    };
  }

  /** An enum stored by {@code ordinal()} in an int column. */
  public static <E extends Enum<E>> ValueType<E> enumByOrdinal(Class<E> type) {
    return new ValueType<>(type.getName() + " (by ordinal)") {
      @Override
      public TypeCodec<E> codecFor(DataType cqlType, CodecRegistry registry) {
        return require(cqlType, ExtraTypeCodecs.enumOrdinalsOf(type));
      }
    };
  }

  /** A {@code byte[]} in a blob column. */
  public static ValueType<byte[]> byteArray() {
    return new ValueType<>("byte[]") {
      @Override
      public TypeCodec<byte[]> codecFor(DataType cqlType, CodecRegistry registry) {
        return require(cqlType, ExtraTypeCodecs.BLOB_TO_ARRAY);
      }
    };
  }

  /** An {@code Optional} of another type: empty for a null value. */
  public static <T> ValueType<java.util.Optional<T>> optional(ValueType<T> element) {
    return new ValueType<>("Optional<" + element + ">", concat(element)) {
      @Override
      public TypeCodec<java.util.Optional<T>> codecFor(DataType cqlType, CodecRegistry registry) {
        return ExtraTypeCodecs.optionalOf(element.codecFor(cqlType, registry));
      }
    };
  }

  /** A list whose elements need a composed codec (enums, UDT classes...). */
  public static <T> ValueType<java.util.List<T>> listOf(ValueType<T> element) {
    return new ValueType<>("List<" + element + ">", concat(element)) {
      @Override
      public TypeCodec<java.util.List<T>> codecFor(DataType cqlType, CodecRegistry registry) {
        if (!(cqlType instanceof ListType list)) {
          throw mismatch(cqlType, null);
        }
        return TypeCodecs.listOf(element.codecFor(list.getElementType(), registry));
      }
    };
  }

  /** A set whose elements need a composed codec. */
  public static <T> ValueType<java.util.Set<T>> setOf(ValueType<T> element) {
    return new ValueType<>("Set<" + element + ">", concat(element)) {
      @Override
      public TypeCodec<java.util.Set<T>> codecFor(DataType cqlType, CodecRegistry registry) {
        if (!(cqlType instanceof SetType set)) {
          throw mismatch(cqlType, null);
        }
        return TypeCodecs.setOf(element.codecFor(set.getElementType(), registry));
      }
    };
  }

  /** A map whose keys or values need a composed codec. */
  public static <K, V> ValueType<java.util.Map<K, V>> mapOf(ValueType<K> key, ValueType<V> value) {
    return new ValueType<>("Map<" + key + ", " + value + ">", concat(key, value)) {
      @Override
      public TypeCodec<java.util.Map<K, V>> codecFor(DataType cqlType, CodecRegistry registry) {
        if (!(cqlType instanceof MapType map)) {
          throw mismatch(cqlType, null);
        }
        return TypeCodecs.mapOf(
            key.codecFor(map.getKeyType(), registry), value.codecFor(map.getValueType(), registry));
      }
    };
  }

  /**
   * A {@code float[]} in a {@code vector<float, n>} column, read and written without boxing. A
   * value of another length than the column's fails to encode, before anything is sent.
   *
   * @param dimension the column's dimension, which the CQL type must have; 0 for whatever dimension
   *     it has (a parameter bound to a marker)
   */
  public static ValueType<float[]> floatVector(int dimension) {
    return new ValueType<>("float[] (vector" + dimensionLabel(dimension) + ")") {
      @Override
      public TypeCodec<float[]> codecFor(DataType cqlType, CodecRegistry registry) {
        VectorType vector = vectorType(cqlType, dimension);
        if (!vector.getElementType().equals(DataTypes.FLOAT)) {
          throw mismatch(cqlType, null);
        }
        int n = vector.getDimensions();
        return VectorCodecs.lengthChecked(
            ExtraTypeCodecs.floatVectorToArray(n), n, array -> array.length);
      }
    };
  }

  /**
   * The driver's {@code CqlVector} of another type's values, in a {@code vector<element, n>}
   * column; a value of another length than the column's fails to encode.
   *
   * @param dimension as for {@link #floatVector(int)}
   */
  public static <T> ValueType<CqlVector<T>> vector(int dimension, ValueType<T> element) {
    return new ValueType<>(
        "CqlVector<" + element + "> (vector" + dimensionLabel(dimension) + ")", concat(element)) {
      @Override
      public TypeCodec<CqlVector<T>> codecFor(DataType cqlType, CodecRegistry registry) {
        return vectorCodec(vectorType(cqlType, dimension), element, registry);
      }
    };
  }

  /**
   * A {@code List} of another type's values, in a {@code vector<element, n>} column; a value of
   * another length than the column's fails to encode.
   *
   * @param dimension as for {@link #floatVector(int)}
   */
  public static <T> ValueType<java.util.List<T>> vectorList(int dimension, ValueType<T> element) {
    return new ValueType<>(
        "List<" + element + "> (vector" + dimensionLabel(dimension) + ")", concat(element)) {
      @Override
      public TypeCodec<java.util.List<T>> codecFor(DataType cqlType, CodecRegistry registry) {
        VectorType vector = vectorType(cqlType, dimension);
        TypeCodec<T> elements = elementCodec(vector, element, registry);
        TypeCodec<java.util.List<T>> lists =
            VectorCodecs.asList(
                TypeCodecs.vectorOf(vector, elements), elements.getJavaType());
        return VectorCodecs.lengthChecked(lists, vector.getDimensions(), java.util.List::size);
      }
    };
  }

  /** The driver's vector codec over {@code element}'s, checking lengths. */
  <E> TypeCodec<CqlVector<E>> vectorCodec(
      VectorType vector, ValueType<E> element, CodecRegistry registry) {
    TypeCodec<E> elements = elementCodec(vector, element, registry);
    return VectorCodecs.lengthChecked(
        TypeCodecs.vectorOf(vector, elements), vector.getDimensions(), CqlVector::size);
  }

  /** The codec of a vector's elements; a mismatch names the whole vector type. */
  <E> TypeCodec<E> elementCodec(VectorType vector, ValueType<E> element, CodecRegistry registry) {
    try {
      return element.codecFor(vector.getElementType(), registry);
    } catch (IllegalArgumentException e) {
      throw mismatch(vector, e);
    }
  }

  /** {@code cqlType} as a vector, of {@code dimension} unless that is 0. */
  VectorType vectorType(DataType cqlType, int dimension) {
    if (!(cqlType instanceof VectorType vector)
        || (dimension != 0 && vector.getDimensions() != dimension)) {
      throw mismatch(cqlType, null);
    }
    return vector;
  }

  private static String dimensionLabel(int dimension) {
    return dimension == 0 ? "" : " of " + dimension;
  }

  /** A class or record mapped to a user-defined type by its generated {@link UdtMapper}. */
  public static <T> ValueType<T> udt(UdtMapper<T> mapper) {
    return new ValueType<>(
        mapper.javaName() + " (UDT " + mapper.typeName() + ")", mapper.nestedUdts()) {
      @Override
      public TypeCodec<T> codecFor(DataType cqlType, CodecRegistry registry) {
        if (!(cqlType instanceof UserDefinedType udt)) {
          throw mismatch(cqlType, null);
        }
        return mapper.codecFor(udt, registry);
      }
    };
  }

  /** A user-supplied codec, from {@code @Codec}. */
  public static <T> ValueType<T> codec(TypeCodec<T> codec) {
    Objects.requireNonNull(codec, "codec");
    return new ValueType<>(codec.getJavaType() + " (codec " + codec.getClass().getName() + ")") {
      @Override
      public TypeCodec<T> codecFor(DataType cqlType, CodecRegistry registry) {
        return require(cqlType, codec);
      }
    };
  }

  /** {@code codec}, if it handles {@code cqlType}. */
  <X> TypeCodec<X> require(DataType cqlType, TypeCodec<X> codec) {
    if (!codec.accepts(cqlType)) {
      throw mismatch(cqlType, null);
    }
    return codec;
  }

  IllegalArgumentException mismatch(DataType cqlType, Exception cause) {
    return new IllegalArgumentException(
        "CQL type " + cqlType.asCql(true, true) + " cannot be mapped to " + display, cause);
  }

  @Override
  public String toString() {
    return display;
  }
}
