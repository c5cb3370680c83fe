package dev.augur.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Deletes rows: by entity (its primary key), by the full primary key given as parameters, or by a
 * prefix of it (a partition, or a range of clustering columns), parameters in key order.
 *
 * <p>{@link #entity()} names the table when the parameters are key columns. Return types: {@code
 * CompletionStage<Void>}, or with a condition {@code CompletionStage<Boolean>} or {@code
 * CompletionStage<LwtResult<E>>}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Delete {
  /** The entity whose table rows are deleted from, when the parameters are key columns. */
  Class<?> entity() default Void.class;

  /** Adds {@code IF EXISTS}. */
  boolean ifExists() default false;

  /** An {@code IF} condition, without the keyword. */
  String customIfClause() default "";

  /** {@code USING TIMESTAMP}: a literal or a marker. */
  String timestamp() default "";

  /** For a collection of entities: the kind of batch that carries them. */
  BatchKind batch() default BatchKind.LOGGED;
}
