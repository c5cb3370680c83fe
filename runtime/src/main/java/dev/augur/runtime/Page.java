package dev.augur.runtime;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * One page of a query's rows, and the way to the next: what a DAO method returning {@code
 * CompletionStage<Page<E>>} completes with. For web APIs, hand {@link #nextToken()} to the client
 * and read the following page later with {@code PageRequest.of(size, token)}; within one process,
 * {@link #next()} continues directly. Immutable.
 *
 * @param <E> what a row became
 */
public final class Page<E> {
  private final List<E> rows;
  private final String nextToken;
  private final Supplier<CompletionStage<Page<E>>> next;

  Page(List<E> rows, String nextToken, Supplier<CompletionStage<Page<E>>> next) {
    this.rows = List.copyOf(rows);
    this.nextToken = nextToken;
    this.next = next;
  }

  /** The rows of this page, in the query's order; at most the requested size, possibly none. */
  public List<E> rows() {
    return rows;
  }

  /**
   * An opaque, URL-safe token for the next page, or empty if this is the last. It is valid only for
   * the same query with the same parameters. The page after a full page may turn out empty.
   */
  public Optional<String> nextToken() {
    return Optional.ofNullable(nextToken);
  }

  /** Whether a next page may hold rows. */
  public boolean hasNext() {
    return nextToken != null;
  }

  /**
   * Fetches the following page, of the same size, without blocking: a call of the DAO method like
   * the first (on the session's callback executor, if it has one; counted in its metrics). On the
   * last page the stage fails with {@link NoSuchElementException}; once the session is closing,
   * with a {@link SessionClosedException}, without sending anything.
   */
  public CompletionStage<Page<E>> next() {
    if (nextToken == null) {
      return CompletableFuture.failedFuture(
          new NoSuchElementException("this is the last page; check hasNext() first"));
    }
    return next.get();
  }

  @Override
  public String toString() {
    return "Page[" + rows.size() + " rows" + (nextToken == null ? ", last]" : ", more]");
  }
}
