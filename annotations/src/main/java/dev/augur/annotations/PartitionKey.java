package dev.augur.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field or record component as (part of) the table's partition key.
 *
 * <p>For a composite partition key, give each component its position, starting at 0:
 *
 * <pre>{@code
 * @PartitionKey(0) String sensorId,
 * @PartitionKey(1) LocalDate day,
 * }</pre>
 *
 * <p>Positions must be distinct and form the sequence 0, 1, 2, ... without gaps.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface PartitionKey {
  /** The position of this column in the partition key, starting at 0. */
  int value() default 0;
}
