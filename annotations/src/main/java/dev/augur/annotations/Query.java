package dev.augur.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A DAO method that runs the given CQL statement as a prepared statement.
 *
 * <p>Each named marker {@code :name} in the statement is bound from the method parameter of the
 * same name; every marker needs a parameter and every parameter a marker. Supported return types:
 *
 * <ul>
 *   <li>{@code CompletionStage<Void>}: completes when the statement has run;
 *   <li>{@code CompletionStage<E>}: the first row as entity {@code E} (a {@link Table} type), or
 *       {@code null} when there is none;
 *   <li>{@code CompletionStage<Optional<E>>}: the same, empty when there is no row;
 *   <li>{@code CompletionStage<List<E>>}: every row, all pages fetched without blocking;
 *   <li>{@code CompletionStage<Long>}: the first column of the first row as a number, as returned
 *       by {@code SELECT count(*)};
 *   <li>{@code CompletionStage<Boolean>}: whether a lightweight transaction ({@code IF ...}) was
 *       applied;
 *   <li>{@code java.util.concurrent.Flow.Publisher<E>}: rows streamed as the subscriber requests
 *       them, one page fetched at a time.
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Query {
  /** The CQL statement, with {@code :name} markers for the method's parameters. */
  String value();
}
