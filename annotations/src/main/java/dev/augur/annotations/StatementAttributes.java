package dev.augur.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Execution settings of a DAO method's statement. Empty values and {@code -1} keep the driver's
 * configured defaults. A trailing {@code StatementOptions} parameter overrides them per call.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface StatementAttributes {
  /** A consistency level name, e.g. {@code "LOCAL_QUORUM"}. */
  String consistency() default "";

  /**
   * The serial consistency of a lightweight transaction, {@code "SERIAL"} or {@code
   * "LOCAL_SERIAL"}.
   */
  String serialConsistency() default "";

  /** Rows per page; -1 for the configured default. */
  int pageSize() default -1;

  /** A timeout such as {@code "500ms"} or {@code "2s"}. */
  String timeout() default "";

  /** The name of an execution profile of the driver's configuration. */
  String executionProfile() default "";

  /** Whether the driver traces the statement. */
  boolean tracing() default false;
}
