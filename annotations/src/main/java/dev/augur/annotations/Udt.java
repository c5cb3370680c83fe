package dev.augur.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class or record as the Java form of a Cassandra user-defined type. Entities (and other
 * UDTs) may then have fields of this type, directly or inside collections.
 *
 * <p>It is built like an entity: a record through its canonical constructor, a class through an
 * all-fields constructor or a no-argument constructor and setters. Field names map to UDT field
 * names by the same naming convention, and {@link Column} overrides them.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Udt {
  /** The type's CQL name. Empty means the snake_case form of the simple name. */
  String value() default "";

  /** The keyspace of the type; empty for the session's (or the DAO's) keyspace. */
  String keyspace() default "";

  /** How Java names become CQL field names when {@link Column} does not say. */
  Naming naming() default Naming.SNAKE_CASE;
}
