package dev.augur.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class or record as the Java form of one row of a Cassandra table.
 *
 * <p>Augur's processor generates a mapper for each {@code @Table} type that reads rows by column
 * index and binds values with codecs resolved once per prepared statement.
 *
 * <p>How the type is built from a row:
 *
 * <ul>
 *   <li>a <b>record</b> through its canonical constructor, one column per component;
 *   <li>a <b>class</b> with a public constructor whose parameters are exactly the mapped fields (in
 *       declaration order): through that constructor;
 *   <li>otherwise a <b>class</b> with a public no-argument constructor: through a public setter
 *       {@code setX} for each mapped field.
 * </ul>
 *
 * <p>Every non-static field (record component) is a column unless it is marked {@link Transient}.
 * At least one of them must be a {@link PartitionKey}.
 *
 * <pre>{@code
 * @Table(keyspace = "shop")
 * public record Order(
 *     @PartitionKey UUID customerId,
 *     @ClusteringColumn Instant placedAt,
 *     BigDecimal total) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Table {
  /**
   * The table's name. Empty (the default) means the snake_case form of the type's simple name:
   * {@code SensorReading} maps to {@code sensor_reading}.
   */
  String value() default "";

  /**
   * The keyspace of the table. Empty (the default) means the session's keyspace, so that the same
   * entity works in every keyspace a session is connected to.
   */
  String keyspace() default "";

  /** How field names become column names when {@link Column} does not say. */
  Naming naming() default Naming.SNAKE_CASE;
}
