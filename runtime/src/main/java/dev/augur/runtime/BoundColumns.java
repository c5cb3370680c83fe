package dev.augur.runtime;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.data.SettableByIndex;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.codec.PrimitiveBooleanCodec;
import com.datastax.oss.driver.api.core.type.codec.PrimitiveDoubleCodec;
import com.datastax.oss.driver.api.core.type.codec.PrimitiveFloatCodec;
import com.datastax.oss.driver.api.core.type.codec.PrimitiveIntCodec;
import com.datastax.oss.driver.api.core.type.codec.PrimitiveLongCodec;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import com.datastax.oss.driver.api.core.type.codec.registry.CodecRegistry;
import dev.augur.annotations.NullSaving;
import com.datastax.oss.driver.api.core.cql.BoundStatementBuilder;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * An entity's columns resolved against the markers of one statement (or a UDT's fields against its
 * type), for writing: for each column the marker index it binds, or -1 when the statement does not
 * use it, and its codec. Generated {@code write} methods call these setters by column position;
 * each is an array load and a direct {@code encode}. Targets are changed in place, so they are
 * builders and UDT values, never a {@code BoundStatement} (whose setters return copies).
 *
 * <p>With {@link NullSaving#DO_NOT_SET} a null (or empty {@code Optional}) value leaves the marker
 * unset, so the column is not touched and no tombstone is written.
 */
public final class BoundColumns {
  private final List<EntityColumn> columns;
  private final int[] indexes;
  private final TypeCodec<?>[] codecs;
  private final ProtocolVersion version;
  private final boolean skipNulls;
  // The primary-key columns the statement binds, and their markers.
  private final List<EntityColumn> keys;
  private final int[] keyIndexes;

  private BoundColumns(
      List<EntityColumn> columns,
      int[] indexes,
      TypeCodec<?>[] codecs,
      ProtocolVersion version,
      boolean skipNulls,
      List<EntityColumn> keys,
      int[] keyIndexes) {
    this.columns = columns;
    this.indexes = indexes;
    this.codecs = codecs;
    this.version = version;
    this.skipNulls = skipNulls;
    this.keys = keys;
    this.keyIndexes = keyIndexes;
  }

  static BoundColumns resolve(
      String owner,
      List<EntityColumn> columns,
      ToIntFunction<CqlIdentifier> indexOf,
      IntFunction<DataType> typeAt,
      CodecRegistry registry,
      ProtocolVersion version,
      NullSaving nullSaving) {
    int[] indexes = new int[columns.size()];
    TypeCodec<?>[] codecs = new TypeCodec<?>[columns.size()];
    List<EntityColumn> keys = new ArrayList<>();
    List<Integer> keyIndexes = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      EntityColumn column = columns.get(i);
      int index = column.writable() ? indexOf.applyAsInt(column.name()) : -1;
      indexes[i] = index;
      if (index >= 0
          && (column.kind() == EntityColumn.Kind.PARTITION_KEY
              || column.kind() == EntityColumn.Kind.CLUSTERING_COLUMN)) {
        keys.add(column);
        keyIndexes.add(index);
      }
      if (index >= 0) {
        try {
          codecs[i] = column.type().codecFor(typeAt.apply(index), registry);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              String.format(
                  "%s.%s: marker :%s: %s",
                  owner, column.property(), column.name().asCql(true), e.getMessage()),
              e);
        }
      }
    }
    return new BoundColumns(
        List.copyOf(columns),
        indexes,
        codecs,
        version,
        nullSaving == NullSaving.DO_NOT_SET,
        List.copyOf(keys),
        keyIndexes.stream().mapToInt(Integer::intValue).toArray());
  }

  /**
   * The first primary-key column whose marker {@code target} leaves null or unset, or null if the
   * key is whole: the statement would fail on the server, so callers fail it before sending.
   */
  EntityColumn nullKey(BoundStatementBuilder target) {
    for (int k = 0; k < keyIndexes.length; k++) {
      int index = keyIndexes[k];
      if (!target.isSet(index) || target.getBytesUnsafe(index) == null) {
        return keys.get(k);
      }
    }
    return null;
  }

  /** Marks the statement's markers that entity columns bind. */
  void markBound(java.util.BitSet bound) {
    for (int index : indexes) {
      if (index >= 0) {
        bound.set(index);
      }
    }
  }

  @SuppressWarnings("unchecked")
  public void set(SettableByIndex<?> target, int column, Object value) {
    int index = indexes[column];
    if (index < 0) {
      return;
    }
    if (skipNulls && (value == null || (value instanceof Optional<?> o && o.isEmpty()))) {
      return;
    }
    target.setBytesUnsafe(index, encode(column, value));
  }

  public void setInt(SettableByIndex<?> target, int column, int value) {
    int index = indexes[column];
    if (index >= 0) {
      target.setBytesUnsafe(
          index,
          codecs[column] instanceof PrimitiveIntCodec primitive
              ? primitive.encodePrimitive(value, version)
              : encode(column, value));
    }
  }

  public void setLong(SettableByIndex<?> target, int column, long value) {
    int index = indexes[column];
    if (index >= 0) {
      target.setBytesUnsafe(
          index,
          codecs[column] instanceof PrimitiveLongCodec primitive
              ? primitive.encodePrimitive(value, version)
              : encode(column, value));
    }
  }

  public void setBoolean(SettableByIndex<?> target, int column, boolean value) {
    int index = indexes[column];
    if (index >= 0) {
      target.setBytesUnsafe(
          index,
          codecs[column] instanceof PrimitiveBooleanCodec primitive
              ? primitive.encodePrimitive(value, version)
              : encode(column, value));
    }
  }

  public void setDouble(SettableByIndex<?> target, int column, double value) {
    int index = indexes[column];
    if (index >= 0) {
      target.setBytesUnsafe(
          index,
          codecs[column] instanceof PrimitiveDoubleCodec primitive
              ? primitive.encodePrimitive(value, version)
              : encode(column, value));
    }
  }

  public void setFloat(SettableByIndex<?> target, int column, float value) {
    int index = indexes[column];
    if (index >= 0) {
      target.setBytesUnsafe(
          index,
          codecs[column] instanceof PrimitiveFloatCodec primitive
              ? primitive.encodePrimitive(value, version)
              : encode(column, value));
    }
  }

  public void setShort(SettableByIndex<?> target, int column, short value) {
    set(target, column, value);
  }

  public void setByte(SettableByIndex<?> target, int column, byte value) {
    set(target, column, value);
  }

  @SuppressWarnings("unchecked")
  private ByteBuffer encode(int column, Object value) {
    try {
      return ((TypeCodec<Object>) codecs[column]).encode(value, version);
    } catch (RuntimeException e) {
      EntityColumn refused = columns.get(column);
      throw new IllegalArgumentException(
          String.format(
              "%s (column %s): %s",
              refused.property(), refused.name().asCql(true), e.getMessage()),
          e);
    }
  }
}
