package dev.augur.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives the CQL name of the column a field or record component maps to, when it is not the
 * snake_case form of the Java name ({@code createdAt} maps to {@code created_at} by default).
 *
 * <p>The name is used as Cassandra sees it: an unquoted name is case-insensitive and stored in
 * lower case; to map a case-sensitive column, write it quoted: {@code @Column("\"userId\"")}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Column {
  /** The column's CQL name. */
  String value();
}
