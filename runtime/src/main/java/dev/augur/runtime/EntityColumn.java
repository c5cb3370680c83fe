package dev.augur.runtime;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import java.util.Objects;

/**
 * One mapped column of an entity (or field of a UDT), as the processor found it.
 *
 * @param name the column's CQL identifier
 * @param property the Java field or record component, for error messages
 * @param type the Java type, which resolves to a codec against the column's CQL type
 * @param writable whether inserts and updates bind it: false for computed values
 */
public record EntityColumn(
    CqlIdentifier name, String property, ValueType<?> type, boolean writable) {
  public EntityColumn {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(property, "property");
    Objects.requireNonNull(type, "type");
  }
}
