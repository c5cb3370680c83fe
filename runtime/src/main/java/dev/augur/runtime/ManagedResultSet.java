package dev.augur.runtime;

import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.ColumnDefinitions;
import com.datastax.oss.driver.api.core.cql.ExecutionInfo;
import com.datastax.oss.driver.api.core.cql.Row;
import java.util.concurrent.CompletionStage;

/**
 * A driver result set whose {@link #fetchNextPage()} goes through its Augur session: the request
 * limiter admits the fetch, and the next page is delivered on the callback executor. Only sessions
 * with an executor or a limit hand these out; everything else is the driver's page itself.
 */
final class ManagedResultSet implements AsyncResultSet {
  private final AugurSession session;
  private final AsyncResultSet page;

  ManagedResultSet(AugurSession session, AsyncResultSet page) {
    this.session = session;
    this.page = page;
  }

  @Override
  public ColumnDefinitions getColumnDefinitions() {
    return page.getColumnDefinitions();
  }

  @Override
  public ExecutionInfo getExecutionInfo() {
    return page.getExecutionInfo();
  }

  @Override
  public int remaining() {
    return page.remaining();
  }

  @Override
  public Iterable<Row> currentPage() {
    return page.currentPage();
  }

  @Override
  public Row one() {
    return page.one();
  }

  @Override
  public boolean hasMorePages() {
    return page.hasMorePages();
  }

  @Override
  public CompletionStage<AsyncResultSet> fetchNextPage() {
    if (!page.hasMorePages()) {
      throw new IllegalStateException(
          "No next page. Use #hasMorePages before calling this method to avoid this error.");
    }
    return session.managed(session.fetchNext(page));
  }

  @Override
  public boolean wasApplied() {
    return page.wasApplied();
  }
}
