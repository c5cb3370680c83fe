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
 *
 * <p>{@link #orderByAnn()} makes it a vector search: the rows nearest to the query vector, which is
 * the last parameter that no marker of the clauses names (after the key parameters), and a {@link
 * #limit()} of at most 1000 is required:
 *
 * <pre>{@code
 * @Select(orderByAnn = "embedding", limit = ":k")
 * CompletionStage<List<Passage>> nearest(float[] query, int k);
 * // SELECT ... FROM passages ORDER BY embedding ANN OF :query LIMIT :k
 * }</pre>
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

  /**
   * The {@code @Vector} property to order by approximate nearest neighbour ({@code ORDER BY column
   * ANN OF :vector}) of the query vector parameter, a {@code float[]}, {@code List<Float>} or
   * {@code CqlVector<Float>}. The property needs a storage-attached index ({@code @Indexed(using =
   * "sai")}), the select a {@link #limit()}, and no other {@link #orderBy()}; the statement is
   * checked at compile time as a {@code @Query} is.
   */
  String orderByAnn() default "";

  /** {@code ORDER BY} terms, e.g. {@code "taken_at DESC"}. */
  String[] orderBy() default {};

  /** Adds {@code ALLOW FILTERING}. */
  boolean allowFiltering() default false;
}
