package dev.augur.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Updates an entity: {@code UPDATE table SET (every non-key column) WHERE (primary key)}.
 *
 * <p>The first parameter is the entity (or a collection, written in one batch); further parameters
 * bind {@code :markers} of {@link #customIfClause()}, {@link #ttl()} and {@link #timestamp()}.
 * Return types: {@code CompletionStage<Void>}, or with a condition {@code CompletionStage<Boolean>}
 * or {@code CompletionStage<LwtResult<E>>}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Update {
  /** Adds {@code IF EXISTS}. */
  boolean ifExists() default false;

  /** An {@code IF} condition, without the keyword, e.g. {@code "version = :expected"}. */
  String customIfClause() default "";

  /** {@code USING TTL}: a literal or a marker. */
  String ttl() default "";

  /** {@code USING TIMESTAMP}: a literal or a marker. */
  String timestamp() default "";

  /** What a null property does. */
  NullSaving nullSaving() default NullSaving.DO_NOT_SET;

  /** For a collection of entities: the kind of batch that carries them. */
  BatchKind batch() default BatchKind.LOGGED;
}
