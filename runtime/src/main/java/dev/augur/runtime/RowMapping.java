package dev.augur.runtime;

import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.cql.ColumnDefinitions;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.type.codec.registry.CodecRegistry;

/**
 * How the rows of a result become Java values.
 *
 * <p>A mapping is bound to a result's column definitions once, which resolves every column's index
 * and codec; the {@link Decoder} it returns then reads each row by index, with no name lookup and
 * no registry lookup per cell.
 *
 * @param <T> what a row becomes
 */
public interface RowMapping<T> {

  /**
   * Resolves indexes and codecs against {@code columns}.
   *
   * @throws IllegalArgumentException when the result lacks a column the mapping needs, or a
   *     column's CQL type cannot be read as the Java type the mapping wants; the message says which
   */
  Decoder<T> bind(ColumnDefinitions columns, CodecRegistry registry, ProtocolVersion version);

  /** Reads rows of the result a mapping was bound to. Thread-safe and immutable. */
  @FunctionalInterface
  interface Decoder<T> {
    T decode(Row row);
  }
}
