package dev.augur.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Inserts an entity: {@code INSERT INTO table (every column) VALUES (...)}.
 *
 * <p>The first parameter is the entity, or a collection of entities, which are written in one batch
 * (see {@link #batch()}). Further parameters may bind {@code :markers} of {@link #ttl()} and {@link
 * #timestamp()}. Return types: {@code CompletionStage<Void>}; with {@link #ifNotExists()}, {@code
 * CompletionStage<Boolean>} (applied) or {@code CompletionStage<LwtResult<E>>} (applied, and the
 * existing row when not).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Insert {
  /** Adds {@code IF NOT EXISTS}: a lightweight transaction. */
  boolean ifNotExists() default false;

  /** {@code USING TTL}: seconds as a literal ({@code "86400"}) or a marker ({@code ":ttl"}). */
  String ttl() default "";

  /** {@code USING TIMESTAMP}: microseconds as a literal or a marker. */
  String timestamp() default "";

  /** What a null property does. */
  NullSaving nullSaving() default NullSaving.DO_NOT_SET;

  /** For a collection of entities: the kind of batch that carries them. */
  BatchKind batch() default BatchKind.LOGGED;
}
