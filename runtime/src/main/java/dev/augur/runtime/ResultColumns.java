package dev.augur.runtime;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.cql.ColumnDefinitions;
import com.datastax.oss.driver.api.core.data.GettableByIndex;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.UserDefinedType;
import com.datastax.oss.driver.api.core.type.codec.PrimitiveBooleanCodec;
import com.datastax.oss.driver.api.core.type.codec.PrimitiveByteCodec;
import com.datastax.oss.driver.api.core.type.codec.PrimitiveDoubleCodec;
import com.datastax.oss.driver.api.core.type.codec.PrimitiveFloatCodec;
import com.datastax.oss.driver.api.core.type.codec.PrimitiveIntCodec;
import com.datastax.oss.driver.api.core.type.codec.PrimitiveLongCodec;
import com.datastax.oss.driver.api.core.type.codec.PrimitiveShortCodec;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import com.datastax.oss.driver.api.core.type.codec.registry.CodecRegistry;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * An entity's columns resolved against one result: for each mapped column, its index in the row and
 * the codec that decodes it. Generated {@code read} methods call these getters by position; each
 * call is an array load and a direct {@code decode}, never a name or registry lookup.
 *
 * <p>A null cell read into a primitive gives 0 or {@code false}, as the driver's own getters do.
 */
public final class ResultColumns {
  private final int[] indexes;
  private final TypeCodec<?>[] codecs;
  private final ProtocolVersion version;

  private ResultColumns(int[] indexes, TypeCodec<?>[] codecs, ProtocolVersion version) {
    this.indexes = indexes;
    this.codecs = codecs;
    this.version = version;
  }

  /** Resolves against a result's columns; a missing column fails unless {@code lenient}. */
  static ResultColumns resolve(
      String owner,
      List<EntityColumn> columns,
      ColumnDefinitions definitions,
      CodecRegistry registry,
      ProtocolVersion version,
      boolean lenient) {
    return resolve(
        owner,
        columns,
        definitions::firstIndexOf,
        i -> definitions.get(i).getType(),
        () -> {
          List<String> present = new ArrayList<>();
          definitions.forEach(d -> present.add(d.getName().asCql(true)));
          return "the result has no column %s for entity %s (it has "
              + String.join(", ", present)
              + "). Select every column of the entity, e.g. SELECT *.";
        },
        registry,
        version,
        lenient);
  }

  /** Resolves against the fields of a user-defined type. */
  static ResultColumns resolve(
      String owner,
      List<EntityColumn> fields,
      UserDefinedType udt,
      CodecRegistry registry,
      ProtocolVersion version) {
    return resolve(
        owner,
        fields,
        udt::firstIndexOf,
        i -> udt.getFieldTypes().get(i),
        () ->
            "user-defined type "
                + udt.getName().asCql(true)
                + " has no field %s for %s (it has "
                + String.join(", ", udt.getFieldNames().stream().map(n -> n.asCql(true)).toList())
                + "). Add the field to the type, or rename the Java field with @Column.",
        registry,
        version,
        false);
  }

  private static ResultColumns resolve(
      String owner,
      List<EntityColumn> columns,
      ToIntFunction<CqlIdentifier> indexOf,
      IntFunction<DataType> typeAt,
      Supplier<String> missingMessage,
      CodecRegistry registry,
      ProtocolVersion version,
      boolean lenient) {
    int[] indexes = new int[columns.size()];
    TypeCodec<?>[] codecs = new TypeCodec<?>[columns.size()];
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      EntityColumn column = columns.get(i);
      int index = indexOf.applyAsInt(column.name());
      indexes[i] = index;
      if (index < 0) {
        missing.add(column.name().asCql(true));
        continue;
      }
      DataType cqlType = typeAt.apply(index);
      try {
        codecs[i] = column.type().codecFor(cqlType, registry);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            String.format(
                "%s.%s: column %s: %s. Change the property's type, or register a codec for the"
                    + " pair.",
                owner, column.property(), column.name().asCql(true), e.getMessage()),
            e);
      }
    }
    if (!missing.isEmpty() && !lenient) {
      throw new IllegalArgumentException(
          String.format(missingMessage.get(), String.join(", ", missing), owner));
    }
    return new ResultColumns(indexes, codecs, version);
  }

  private ByteBuffer bytes(GettableByIndex row, int column) {
    int index = indexes[column];
    return index < 0 ? null : row.getBytesUnsafe(index);
  }

  /** Column {@code column} decoded to its Java type; null for a null cell. */
  @SuppressWarnings("unchecked")
  public <T> T get(GettableByIndex row, int column) {
    TypeCodec<?> codec = codecs[column];
    // A column a lenient mapping did not find reads as null.
    return codec == null ? null : (T) codec.decode(bytes(row, column), version);
  }

  public int getInt(GettableByIndex row, int column) {
    TypeCodec<?> codec = codecs[column];
    if (codec == null) {
      return 0;
    }
    if (codec instanceof PrimitiveIntCodec primitive) {
      return primitive.decodePrimitive(bytes(row, column), version);
    }
    Number value = (Number) codec.decode(bytes(row, column), version);
    return value == null ? 0 : value.intValue();
  }

  public long getLong(GettableByIndex row, int column) {
    TypeCodec<?> codec = codecs[column];
    if (codec == null) {
      return 0;
    }
    if (codec instanceof PrimitiveLongCodec primitive) {
      return primitive.decodePrimitive(bytes(row, column), version);
    }
    Number value = (Number) codec.decode(bytes(row, column), version);
    return value == null ? 0L : value.longValue();
  }

  public boolean getBoolean(GettableByIndex row, int column) {
    TypeCodec<?> codec = codecs[column];
    if (codec == null) {
      return false;
    }
    if (codec instanceof PrimitiveBooleanCodec primitive) {
      return primitive.decodePrimitive(bytes(row, column), version);
    }
    Boolean value = (Boolean) codec.decode(bytes(row, column), version);
    return value != null && value;
  }

  public double getDouble(GettableByIndex row, int column) {
    TypeCodec<?> codec = codecs[column];
    if (codec == null) {
      return 0;
    }
    if (codec instanceof PrimitiveDoubleCodec primitive) {
      return primitive.decodePrimitive(bytes(row, column), version);
    }
    Number value = (Number) codec.decode(bytes(row, column), version);
    return value == null ? 0.0 : value.doubleValue();
  }

  public float getFloat(GettableByIndex row, int column) {
    TypeCodec<?> codec = codecs[column];
    if (codec == null) {
      return 0;
    }
    if (codec instanceof PrimitiveFloatCodec primitive) {
      return primitive.decodePrimitive(bytes(row, column), version);
    }
    Number value = (Number) codec.decode(bytes(row, column), version);
    return value == null ? 0.0f : value.floatValue();
  }

  public short getShort(GettableByIndex row, int column) {
    TypeCodec<?> codec = codecs[column];
    if (codec == null) {
      return 0;
    }
    if (codec instanceof PrimitiveShortCodec primitive) {
      return primitive.decodePrimitive(bytes(row, column), version);
    }
    Number value = (Number) codec.decode(bytes(row, column), version);
    return value == null ? 0 : value.shortValue();
  }

  public byte getByte(GettableByIndex row, int column) {
    TypeCodec<?> codec = codecs[column];
    if (codec == null) {
      return 0;
    }
    if (codec instanceof PrimitiveByteCodec primitive) {
      return primitive.decodePrimitive(bytes(row, column), version);
    }
    Number value = (Number) codec.decode(bytes(row, column), version);
    return value == null ? 0 : value.byteValue();
  }
}
