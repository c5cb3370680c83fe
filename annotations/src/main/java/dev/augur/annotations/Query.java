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
 * same name; every marker needs a parameter and every parameter a marker. A parameter of a {@link
 * Table} type binds the markers named after its columns ({@link #nullSaving()} says what its null
 * properties do). A trailing {@code StatementOptions} parameter sets per-call options.
 *
 * <p>A table named without a keyspace is the table of the DAO's keyspace: a DAO created for a
 * keyspace ({@code create(session, "ks")}) runs the statement there, never in the session's. Write
 * {@code ${table}} or {@code ${qualifiedTable}} for the table of the method's entity, so that a DAO
 * created for another table of the same shape follows it.
 *
 * <p>Supported return types ({@code E} is a {@link Table} type):
 *
 * <ul>
 *   <li>{@code CompletionStage<Void>}: completes when the statement has run;
 *   <li>{@code CompletionStage<E>}: the first row as entity {@code E}, or {@code null} when there
 *       is none;
 *   <li>{@code CompletionStage<Optional<E>>}: the same, empty when there is no row;
 *   <li>{@code CompletionStage<List<E>>}: every row, all pages fetched without blocking;
 *   <li>{@code CompletionStage<Long>}: the first column of the first row as a number, as returned
 *       by {@code SELECT count(*)};
 *   <li>{@code CompletionStage<Boolean>}: whether a lightweight transaction ({@code IF ...}) was
 *       applied;
 *   <li>{@code CompletionStage<LwtResult<E>>}: whether a lightweight transaction was applied and,
 *       when it was not, the current row as {@code E};
 *   <li>{@code CompletionStage<Page<E>>}: one page of rows and a token for the next, for a method
 *       taking a {@code PageRequest} (web APIs that page across requests);
 *   <li>{@code java.util.concurrent.Flow.Publisher<E>}: rows streamed as the subscriber requests
 *       them, one page fetched at a time;
 *   <li>{@code RowStream<E>}: the same stream, with {@code forEachAsync}, {@code collectAsync} and
 *       per-stream {@code StreamOptions} (a trailing {@code StreamOptions} parameter).
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Query {
  /** The CQL statement, with {@code :name} markers for the method's parameters. */
  String value();

  /**
   * What a null property of an entity parameter does: left unset (the default, nothing is written
   * for it) or bound as null (a tombstone for an upsert).
   */
  NullSaving nullSaving() default NullSaving.DO_NOT_SET;
}
