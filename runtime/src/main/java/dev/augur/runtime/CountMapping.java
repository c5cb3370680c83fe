package dev.augur.runtime;

import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.cql.ColumnDefinitions;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.DataTypes;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import com.datastax.oss.driver.api.core.type.codec.registry.CodecRegistry;
import java.util.Set;

/**
 * Reads the first column of a row as a {@code long}: the mapping behind methods that return {@code
 * CompletionStage<Long>}, such as {@code SELECT count(*) ...}.
 */
public final class CountMapping implements RowMapping<Long> {
  /** The only instance; it holds no state. */
  public static final CountMapping INSTANCE = new CountMapping();

  private static final Set<DataType> INTEGER_TYPES =
      Set.of(
          DataTypes.BIGINT,
          DataTypes.COUNTER,
          DataTypes.INT,
          DataTypes.SMALLINT,
          DataTypes.TINYINT,
          DataTypes.VARINT);

  private CountMapping() {}

  @Override
  public Decoder<Long> bind(
      ColumnDefinitions definitions, CodecRegistry registry, ProtocolVersion version) {
    if (definitions.size() == 0) {
      throw new IllegalArgumentException(
          "the statement returns no columns, so it has no number to return as Long. Return"
              + " CompletionStage<Void> instead, or select a count.");
    }
    DataType type = definitions.get(0).getType();
    if (!INTEGER_TYPES.contains(type)) {
      throw new IllegalArgumentException(
          String.format(
              "the first column, %s, is of CQL type %s, not an integer type, so it cannot be"
                  + " returned as Long. Select a count (SELECT count(*) ...) or an integer column"
                  + " first.",
              definitions.get(0).getName().asCql(true), type.asCql(true, true)));
    }
    TypeCodec<Object> codec = registry.codecFor(type);
    return row -> {
      Object value = codec.decode(row.getBytesUnsafe(0), version);
      return value == null ? null : ((Number) value).longValue();
    };
  }
}
