package dev.augur.bench.jmh;

import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.ColumnDefinitions;
import com.datastax.oss.driver.api.core.cql.ExecutionInfo;
import com.datastax.oss.driver.api.core.cql.Row;
import java.nio.ByteBuffer;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * One page of a result, served from memory. Like the driver's own {@code DefaultAsyncResultSet}, it
 * creates each {@link Row} as it is iterated, and iterating consumes the page.
 */
final class OfflineResultSet implements AsyncResultSet {
  private final ColumnDefinitions columns;
  private final List<List<ByteBuffer>> rows;
  private final int pagesLeft;
  private int next;

  /**
   * @param columns the result's columns
   * @param rows this page's cells
   * @param pagesLeft how many more pages of the same rows follow this one
   */
  OfflineResultSet(ColumnDefinitions columns, List<List<ByteBuffer>> rows, int pagesLeft) {
    this.columns = columns;
    this.rows = rows;
    this.pagesLeft = pagesLeft;
  }

  @Override
  public ColumnDefinitions getColumnDefinitions() {
    return columns;
  }

  @Override
  public ExecutionInfo getExecutionInfo() {
    throw new UnsupportedOperationException("no execution info offline");
  }

  @Override
  public int remaining() {
    return rows.size() - next;
  }

  @Override
  public Iterable<Row> currentPage() {
    return () ->
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return next < rows.size();
          }

          @Override
          public Row next() {
            if (next >= rows.size()) {
              throw new NoSuchElementException();
            }
            return OfflineData.row(columns, rows.get(next++));
          }
        };
  }

  @Override
  public boolean hasMorePages() {
    return pagesLeft > 0;
  }

  @Override
  public CompletionStage<AsyncResultSet> fetchNextPage() {
    if (pagesLeft == 0) {
      throw new IllegalStateException("no next page");
    }
    return CompletableFuture.completedFuture(new OfflineResultSet(columns, rows, pagesLeft - 1));
  }

  @Override
  public boolean wasApplied() {
    return true;
  }
}
