package dev.augur.runtime;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.type.reflect.GenericType;
import java.util.Objects;

/**
 * One mapped column of an entity, as the processor found it.
 *
 * @param name the column's CQL identifier
 * @param property the Java field or record component, for error messages
 * @param javaType the Java type its codec must produce
 */
public record EntityColumn(CqlIdentifier name, String property, GenericType<?> javaType) {
  public EntityColumn {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(property, "property");
    Objects.requireNonNull(javaType, "javaType");
  }
}
