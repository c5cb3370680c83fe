package dev.augur.runtime;

import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.cql.ColumnDefinitions;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.codec.CodecNotFoundException;
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

  static ResultColumns resolve(
      String entityName,
      List<EntityColumn> columns,
      ColumnDefinitions definitions,
      CodecRegistry registry,
      ProtocolVersion version) {
    int[] indexes = new int[columns.size()];
    TypeCodec<?>[] codecs = new TypeCodec<?>[columns.size()];
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      EntityColumn column = columns.get(i);
      int index = definitions.firstIndexOf(column.name());
      if (index < 0) {
        missing.add(column.name().asCql(true));
        continue;
      }
      DataType cqlType = definitions.get(index).getType();
      try {
        codecs[i] = registry.codecFor(cqlType, column.javaType());
      } catch (CodecNotFoundException e) {
        throw new IllegalArgumentException(
            String.format(
                "%s.%s: column %s is of CQL type %s, which cannot be read as %s. Change the"
                    + " property's type, or register a codec for the pair.",
                entityName,
                column.property(),
                column.name().asCql(true),
                cqlType.asCql(true, true),
                column.javaType()),
            e);
      }
      indexes[i] = index;
    }
    if (!missing.isEmpty()) {
      List<String> present = new ArrayList<>();
      definitions.forEach(d -> present.add(d.getName().asCql(true)));
      throw new IllegalArgumentException(
          String.format(
              "the result has no column %s for entity %s (it has %s). Select every column of"
                  + " the entity, e.g. SELECT *.",
              String.join(", ", missing), entityName, String.join(", ", present)));
    }
    return new ResultColumns(indexes, codecs, version);
  }

  private ByteBuffer bytes(Row row, int column) {
    return row.getBytesUnsafe(indexes[column]);
  }

  /** Column {@code column} decoded to its Java type; null for a null cell. */
  @SuppressWarnings("unchecked")
  public <T> T get(Row row, int column) {
    return (T) codecs[column].decode(bytes(row, column), version);
  }

  public int getInt(Row row, int column) {
    TypeCodec<?> codec = codecs[column];
    if (codec instanceof PrimitiveIntCodec primitive) {
      return primitive.decodePrimitive(bytes(row, column), version);
    }
    Number value = (Number) codec.decode(bytes(row, column), version);
    return value == null ? 0 : value.intValue();
  }

  public long getLong(Row row, int column) {
    TypeCodec<?> codec = codecs[column];
    if (codec instanceof PrimitiveLongCodec primitive) {
      return primitive.decodePrimitive(bytes(row, column), version);
    }
    Number value = (Number) codec.decode(bytes(row, column), version);
    return value == null ? 0L : value.longValue();
  }

  public boolean getBoolean(Row row, int column) {
    TypeCodec<?> codec = codecs[column];
    if (codec instanceof PrimitiveBooleanCodec primitive) {
      return primitive.decodePrimitive(bytes(row, column), version);
    }
    Boolean value = (Boolean) codec.decode(bytes(row, column), version);
    return value != null && value;
  }

  public double getDouble(Row row, int column) {
    TypeCodec<?> codec = codecs[column];
    if (codec instanceof PrimitiveDoubleCodec primitive) {
      return primitive.decodePrimitive(bytes(row, column), version);
    }
    Number value = (Number) codec.decode(bytes(row, column), version);
    return value == null ? 0.0 : value.doubleValue();
  }

  public float getFloat(Row row, int column) {
    TypeCodec<?> codec = codecs[column];
    if (codec instanceof PrimitiveFloatCodec primitive) {
      return primitive.decodePrimitive(bytes(row, column), version);
    }
    Number value = (Number) codec.decode(bytes(row, column), version);
    return value == null ? 0.0f : value.floatValue();
  }

  public short getShort(Row row, int column) {
    TypeCodec<?> codec = codecs[column];
    if (codec instanceof PrimitiveShortCodec primitive) {
      return primitive.decodePrimitive(bytes(row, column), version);
    }
    Number value = (Number) codec.decode(bytes(row, column), version);
    return value == null ? 0 : value.shortValue();
  }

  public byte getByte(Row row, int column) {
    TypeCodec<?> codec = codecs[column];
    if (codec instanceof PrimitiveByteCodec primitive) {
      return primitive.decodePrimitive(bytes(row, column), version);
    }
    Number value = (Number) codec.decode(bytes(row, column), version);
    return value == null ? 0 : value.byteValue();
  }
}
