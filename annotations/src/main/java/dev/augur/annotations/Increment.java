package dev.augur.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Adds to counters: {@code UPDATE table SET c = c + :c WHERE (primary key)}. The parameters are the
 * primary key columns in order, then one {@code long} per counter to change, named after the
 * counter's property (a negative value decrements). Returns {@code CompletionStage<Void>}.
 *
 * <p>Counter updates are never idempotent: the driver does not retry them.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Increment {
  /** The counter entity. */
  Class<?> entity();
}
