package dev.augur.runtime;

import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.cql.ColumnDefinitions;
import com.datastax.oss.driver.api.core.type.DataTypes;
import com.datastax.oss.driver.api.core.type.codec.TypeCodecs;
import com.datastax.oss.driver.api.core.type.codec.registry.CodecRegistry;

/**
 * Reads the row of {@code SELECT count(*) ...} as whether anything matched: what derived {@code
 * existsBy...} methods return. A count always returns a row, so "nothing" reads as {@code false}
 * rather than as a missing row.
 */
public final class ExistsMapping implements RowMapping<Boolean> {
  /** The only instance; it holds no state. */
  public static final ExistsMapping INSTANCE = new ExistsMapping();

  private ExistsMapping() {}

  @Override
  public Decoder<Boolean> bind(
      ColumnDefinitions definitions, CodecRegistry registry, ProtocolVersion version) {
    if (definitions.size() == 0 || !definitions.get(0).getType().equals(DataTypes.BIGINT)) {
      throw new IllegalArgumentException(
          "an exists query must select count(*) first, which is a bigint; the statement selects "
              + (definitions.size() == 0
                  ? "nothing"
                  : definitions.get(0).getType().asCql(true, true))
              + ".");
    }
    return row -> {
      Long count = TypeCodecs.BIGINT.decode(row.getBytesUnsafe(0), version);
      return count != null && count > 0;
    };
  }
}
