package dev.augur.runtime;

import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import java.util.concurrent.CompletionStage;

/**
 * Where a stream's pages come from: the first by running the statement, each later one by fetching
 * the page after the last. In production, the session's {@link AugurSession#submit} and {@link
 * AugurSession#fetchNext}; in tests, pages made in memory, so that the stream's protocol can be
 * verified (the Reactive Streams TCK) without a server.
 */
interface PageSource {
  /**
   * Why no statement can run now (the session is closed), or null. Checked when a subscriber
   * subscribes, so that it gets {@code onError} at once rather than waiting to request (rule 1.9).
   */
  default Throwable unavailable() {
    return null;
  }

  /** Runs the statement; completes with its first page. */
  CompletionStage<AsyncResultSet> first();

  /** Fetches the page after {@code page}, which {@link AsyncResultSet#hasMorePages() has more}. */
  CompletionStage<AsyncResultSet> next(AsyncResultSet page);
}
