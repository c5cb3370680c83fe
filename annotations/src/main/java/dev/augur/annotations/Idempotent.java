package dev.augur.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Overrides the idempotence Augur infers for a DAO method's statement. The driver retries and
 * speculatively executes only idempotent statements, so mark a statement idempotent only if running
 * it twice has the same effect as running it once.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Idempotent {
  /** Whether the statement may be retried and executed speculatively. */
  boolean value() default true;
}
