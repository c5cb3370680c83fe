package dev.augur.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How a Java enum is stored. Without this annotation an enum is stored by name in a {@code text}
 * column, which survives reordering the constants; {@link Format#ORDINAL} stores the position in an
 * {@code int} column.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
public @interface Enumerated {
  Format value();

  /** The stored form of an enum constant. */
  enum Format {
    /** {@code name()}, in a text column. */
    NAME,
    /** {@code ordinal()}, in an int column. */
    ORDINAL
  }
}
