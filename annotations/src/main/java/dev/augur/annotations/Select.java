package dev.augur.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Selects entities by primary key. The parameters are the partition key columns, in order, followed
 * by any prefix of the clustering columns; each parameter binds the key column at its position
 * (names need not match). With no parameters, the whole table is read.
 *
 * <p>Return types: as for {@link Query}, with {@code E} the entity. {@link #customWhere()} replaces
 * the key restriction; its {@code :markers} bind parameters by name.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Select {
  /** A WHERE clause to use instead of the key restriction, without the {@code WHERE} keyword. */
  String customWhere() default "";

  /** {@code LIMIT}: a literal or a {@code :marker}. */
  String limit() default "";

  /** {@code PER PARTITION LIMIT}: a literal or a {@code :marker}. */
  String perPartitionLimit() default "";

  /** {@code ORDER BY} terms, e.g. {@code "taken_at DESC"}. */
  String[] orderBy() default {};

  /** Adds {@code ALLOW FILTERING}. */
  boolean allowFiltering() default false;
}
