package dev.augur.processor.differential;

import com.datastax.oss.driver.api.core.data.CqlDuration;
import com.datastax.oss.driver.api.core.data.TupleValue;
import com.datastax.oss.driver.api.core.data.UdtValue;
import com.datastax.oss.driver.api.core.metadata.schema.ColumnMetadata;
import com.datastax.oss.driver.api.core.metadata.schema.TableMetadata;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.DataTypes;
import com.datastax.oss.driver.api.core.type.VectorType;
import com.datastax.oss.driver.api.core.type.ListType;
import com.datastax.oss.driver.api.core.type.MapType;
import com.datastax.oss.driver.api.core.type.SetType;
import com.datastax.oss.driver.api.core.type.TupleType;
import com.datastax.oss.driver.api.core.type.UserDefinedType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Values to bind when running a prepared statement of the corpus: valid for the marker's type,
 * deterministic, and two distinct elements in every collection, so that an IN marker names two
 * partitions or rows (some rules only apply then).
 */
final class SampleValues {
  private static final UUID[] UUIDS = {
    UUID.fromString("6ab09bec-e68e-48d9-a5f8-97e6fb4c9b47"),
    UUID.fromString("0f2b7ac4-44d5-4a32-9b36-1f8d7a0e5c21")
  };
  private static final UUID[] TIMEUUIDS = {
    UUID.fromString("50554d6e-29bb-11e5-b345-feff819cdc9f"),
    UUID.fromString("60554d6e-29bb-11e5-b345-feff819cdc9f")
  };

  private SampleValues() {}

  /** A JSON row for {@code table} that sets its primary key, for {@code INSERT ... JSON ?}. */
  static String json(TableMetadata table) {
    StringBuilder json = new StringBuilder("{");
    for (ColumnMetadata column : table.getPrimaryKey()) {
      Object value = of(column.getType(), 0);
      json.append(json.length() > 1 ? ", " : "")
          .append('"')
          .append(column.getName().asInternal())
          .append("\": ");
      json.append(value instanceof Number ? value.toString() : "\"" + value + "\"");
    }
    return json.append("}").toString();
  }

  /** The {@code index}-th sample value (0 or 1) of {@code type}. */
  static Object of(DataType type, int index) {
    if (type instanceof ListType list) {
      return List.of(of(list.getElementType(), 0), of(list.getElementType(), 1));
    }
    if (type instanceof SetType set) {
      LinkedHashSet<Object> values = new LinkedHashSet<>();
      values.add(of(set.getElementType(), 0));
      values.add(of(set.getElementType(), 1));
      return values;
    }
    if (type instanceof MapType map) {
      return Map.of(of(map.getKeyType(), 0), of(map.getValueType(), 0));
    }
    if (type instanceof TupleType tuple) {
      TupleValue value = tuple.newValue();
      for (int i = 0; i < tuple.getComponentTypes().size(); i++) {
        value =
            value.set(
                i,
                of(tuple.getComponentTypes().get(i), index),
                (Class<Object>) (Class<?>) of(tuple.getComponentTypes().get(i), index).getClass());
      }
      return value;
    }
    if (type instanceof VectorType vector) {
      List<Object> elements = new java.util.ArrayList<>();
      for (int i = 0; i < vector.getDimensions(); i++) {
        elements.add(of(vector.getElementType(), (index + i) % 2));
      }
      return com.datastax.oss.driver.api.core.data.CqlVector.newInstance(elements);
    }
    if (type instanceof UserDefinedType udt) {
      UdtValue value = udt.newValue();
      for (int i = 0; i < udt.getFieldTypes().size(); i++) {
        Object field = of(udt.getFieldTypes().get(i), index);
        value = value.set(i, field, (Class<Object>) (Class<?>) field.getClass());
      }
      return value;
    }
    return scalar(type, index);
  }

  private static Object scalar(DataType type, int index) {
    if (type.equals(DataTypes.INT)) {
      return 1 + index;
    }
    if (type.equals(DataTypes.BIGINT) || type.equals(DataTypes.COUNTER)) {
      return 1L + index;
    }
    if (type.equals(DataTypes.SMALLINT)) {
      return (short) (1 + index);
    }
    if (type.equals(DataTypes.TINYINT)) {
      return (byte) (1 + index);
    }
    if (type.equals(DataTypes.VARINT)) {
      return BigInteger.valueOf(1 + index);
    }
    if (type.equals(DataTypes.DECIMAL)) {
      return BigDecimal.valueOf(1 + index);
    }
    if (type.equals(DataTypes.DOUBLE)) {
      return 1.5 + index;
    }
    if (type.equals(DataTypes.FLOAT)) {
      return 1.5f + index;
    }
    if (type.equals(DataTypes.BOOLEAN)) {
      return index == 0;
    }
    if (type.equals(DataTypes.TEXT) || type.equals(DataTypes.ASCII)) {
      return index == 0 ? "a" : "b";
    }
    if (type.equals(DataTypes.UUID)) {
      return UUIDS[index];
    }
    if (type.equals(DataTypes.TIMEUUID)) {
      return TIMEUUIDS[index];
    }
    if (type.equals(DataTypes.TIMESTAMP)) {
      return Instant.parse("2024-05-01T10:00:00Z").plusSeconds(index);
    }
    if (type.equals(DataTypes.DATE)) {
      return LocalDate.of(2024, 5, 1 + index);
    }
    if (type.equals(DataTypes.TIME)) {
      return LocalTime.of(10, 30 + index);
    }
    if (type.equals(DataTypes.BLOB)) {
      return ByteBuffer.wrap(new byte[] {(byte) (1 + index)});
    }
    if (type.equals(DataTypes.INET)) {
      return InetAddress.getLoopbackAddress();
    }
    if (type.equals(DataTypes.DURATION)) {
      return CqlDuration.newInstance(0, 0, 3_600_000_000_000L * (1 + index));
    }
    throw new IllegalArgumentException("no sample value for " + type);
  }
}
