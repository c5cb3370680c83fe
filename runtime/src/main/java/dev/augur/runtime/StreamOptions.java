package dev.augur.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How one stream of rows runs: its page size, when to stop early, a callback per page and a
 * deadline for the whole stream. Unset values leave the stream unbounded and the page size to the
 * statement (its {@code @StatementAttributes}, else the driver's {@code basic.request.page-size}).
 * Immutable; each setter returns a copy.
 *
 * <pre>{@code
 * readings.day(sensor, day, StreamOptions.DEFAULTS
 *     .pageSize(1_000)
 *     .maxRows(50_000)
 *     .onPage((page, rows) -> log.debug("page {}: {} rows", page, rows))
 *     .deadline(Duration.ofSeconds(30)));
 * }</pre>
 *
 * <p>Reaching {@link #maxPages} or {@link #maxRows} ends the stream normally ({@code onComplete},
 * or the row count for {@code forEachAsync}) without fetching further pages. Passing the {@link
 * #deadline} ends it with a {@link StreamTimeoutException}.
 */
public final class StreamOptions {
  /** No limits, no callback, the statement's page size. */
  public static final StreamOptions DEFAULTS = new StreamOptions(0, 0, 0, null, null, null);

  private final int pageSize;
  private final long maxPages;
  private final long maxRows;
  private final PageListener onPage;
  private final Duration deadline;
  private final Boolean prefetchPages;

  private StreamOptions(
      int pageSize,
      long maxPages,
      long maxRows,
      PageListener onPage,
      Duration deadline,
      Boolean prefetchPages) {
    this.pageSize = pageSize;
    this.maxPages = maxPages;
    this.maxRows = maxRows;
    this.onPage = onPage;
    this.deadline = deadline;
    this.prefetchPages = prefetchPages;
  }

  /** Rows per page requested from Cassandra. */
  public StreamOptions pageSize(int rows) {
    if (rows <= 0) {
      throw new IllegalArgumentException("page size must be positive, got " + rows);
    }
    return new StreamOptions(rows, maxPages, maxRows, onPage, deadline, prefetchPages);
  }

  /** Ends the stream after this many pages, fetching no more. */
  public StreamOptions maxPages(long pages) {
    if (pages <= 0) {
      throw new IllegalArgumentException("maxPages must be positive, got " + pages);
    }
    return new StreamOptions(pageSize, pages, maxRows, onPage, deadline, prefetchPages);
  }

  /** Ends the stream after this many rows, fetching no page it would not need. */
  public StreamOptions maxRows(long rows) {
    if (rows <= 0) {
      throw new IllegalArgumentException("maxRows must be positive, got " + rows);
    }
    return new StreamOptions(pageSize, maxPages, rows, onPage, deadline, prefetchPages);
  }

  /**
   * Called once per page as it arrives, before its rows are delivered, on the thread that delivers
   * them. If it throws, the stream fails with that exception.
   */
  public StreamOptions onPage(PageListener listener) {
    return new StreamOptions(
        pageSize,
        maxPages,
        maxRows,
        Objects.requireNonNull(listener, "listener"),
        deadline,
        prefetchPages);
  }

  /**
   * Fails the stream with a {@link StreamTimeoutException} if it has not ended this long after it
   * was subscribed to (for {@code forEachAsync}, after the call), whatever the pace of the pages or
   * of the consumer. Fetching stops and buffered rows are dropped.
   */
  public StreamOptions deadline(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("deadline must be positive, got " + timeout);
    }
    return new StreamOptions(pageSize, maxPages, maxRows, onPage, timeout, prefetchPages);
  }

  /**
   * Whether this stream fetches a page ahead; unset, it follows the session's {@link
   * AugurSession.Builder#prefetchPages} (on by default).
   *
   * <p>On, the stream requests the next page as soon as the subscriber's outstanding demand
   * exceeds the rows it buffers, including the moment a page arrives: with unbounded demand (as
   * {@code forEachAsync} has), page n+1 is on its way while page n's rows are delivered, so the
   * round trip overlaps the consumer's work. It never requests a page while one is in flight or
   * waiting, so it holds at most two pages: the one being delivered and the next.
   *
   * <p>Off, it requests the next page only once every row of the current one has been delivered
   * and the subscriber still wants more: one page held at a time, one round trip waited per page.
   */
  public StreamOptions prefetchPages(boolean enabled) {
    return new StreamOptions(pageSize, maxPages, maxRows, onPage, deadline, enabled);
  }

  /** The page size, or 0 when the statement's applies. */
  public int pageSize() {
    return pageSize;
  }

  /** The maximum number of pages, or 0 for no limit. */
  public long maxPages() {
    return maxPages;
  }

  /** The maximum number of rows, or 0 for no limit. */
  public long maxRows() {
    return maxRows;
  }

  /** The page callback, or null. */
  public PageListener onPage() {
    return onPage;
  }

  /** The deadline of the whole stream, or null for none. */
  public Duration deadline() {
    return deadline;
  }

  /** Whether the stream fetches a page ahead, or empty when the session's setting applies. */
  public Optional<Boolean> prefetchPages() {
    return Optional.ofNullable(prefetchPages);
  }

  @Override
  public String toString() {
    return "StreamOptions[pageSize="
        + pageSize
        + ", maxPages="
        + maxPages
        + ", maxRows="
        + maxRows
        + ", onPage="
        + (onPage != null)
        + ", deadline="
        + deadline
        + (prefetchPages == null ? "" : ", prefetchPages=" + prefetchPages)
        + "]";
  }

  /** Told about each page of a stream as it arrives. */
  @FunctionalInterface
  public interface PageListener {
    /**
     * @param pageNumber 1 for the first page of the stream, then 2, 3...
     * @param rowsInPage the rows the page holds (a last page may hold none)
     */
    void onPage(int pageNumber, int rowsInPage);
  }
}
