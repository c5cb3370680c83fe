package dev.augur.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A read-only value computed by the query, such as {@code writetime(name)} or {@code ttl(name)}.
 * Generated selects compute it under an alias; inserts and updates leave it out. A {@code @Query}
 * that returns the entity must select it with the alias, e.g. {@code writetime(name) AS
 * name_written}.
 *
 * <pre>{@code
 * @Computed("writetime(name)") @Column("name_written") Long nameWritten;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Computed {
  /** The CQL selector, e.g. {@code writetime(name)}. */
  String value();
}
