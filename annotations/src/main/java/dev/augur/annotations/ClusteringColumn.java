package dev.augur.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field or record component as a clustering column of the table.
 *
 * <p>With several clustering columns, give each its position, starting at 0; positions must be
 * distinct and form the sequence 0, 1, 2, ... without gaps. The order matters: Cassandra only
 * allows restricting a prefix of the clustering columns, in this order.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface ClusteringColumn {
  /** The position of this column among the clustering columns, starting at 0. */
  int value() default 0;

  /**
   * Whether rows are stored in descending order of this column ({@code WITH CLUSTERING ORDER BY
   * (col DESC)}), which makes "latest first" reads cheap. Used by the DDL Augur generates and by
   * its schema check.
   */
  boolean descending() default false;
}
