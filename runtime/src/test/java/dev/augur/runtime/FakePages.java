package dev.augur.runtime;

import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.ColumnDefinitions;
import com.datastax.oss.driver.api.core.cql.ExecutionInfo;
import com.datastax.oss.driver.api.core.cql.Row;
import java.lang.reflect.Proxy;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A result of {@code total} rows (row i holds the long i in column 0), served in pages of {@code
 * pageSize} rows made on demand, so that even {@code Long.MAX_VALUE} rows cost nothing up front.
 * Pages complete at once, or on {@code pageThread} when one is given, as the driver's I/O threads
 * would complete them.
 */
final class FakePages implements PageSource {
  private final long total;
  private final int pageSize;
  private final Executor pageThread;
  private final Supplier<RuntimeException> failure;
  private boolean closed;
  private final AtomicInteger fetched = new AtomicInteger();

  private FakePages(
      long total, int pageSize, Executor pageThread, Supplier<RuntimeException> failure) {
    this.total = total;
    this.pageSize = pageSize;
    this.pageThread = pageThread;
    this.failure = failure;
  }

  static FakePages of(long total, int pageSize) {
    return new FakePages(total, pageSize, null, null);
  }

  static FakePages async(long total, int pageSize, Executor pageThread) {
    return new FakePages(total, pageSize, pageThread, null);
  }

  static FakePages failing(Supplier<RuntimeException> failure) {
    return new FakePages(0, 1, null, failure);
  }

  /** A source that cannot serve at all, like a closed session: subscribers fail at once. */
  static FakePages closed() {
    FakePages pages = new FakePages(0, 1, null, null);
    pages.closed = true;
    return pages;
  }

  @Override
  public Throwable unavailable() {
    return closed ? new IllegalStateException("Fake.rows: the session is closed") : null;
  }

  /** A stream of these rows, each decoded as its long. */
  RowStream<Long> stream(StreamOptions options, Executor signals) {
    return new RowStream<>("Fake.rows", this, columns -> row -> row.getLong(0), options, signals);
  }

  /** Pages requested so far (the first included). */
  int fetched() {
    return fetched.get();
  }

  @Override
  public CompletionStage<AsyncResultSet> first() {
    return page(0);
  }

  @Override
  public CompletionStage<AsyncResultSet> next(AsyncResultSet page) {
    return page(((FakePage) page).end);
  }

  private CompletionStage<AsyncResultSet> page(long start) {
    fetched.incrementAndGet();
    if (failure != null) {
      return CompletableFuture.failedFuture(failure.get());
    }
    FakePage page = new FakePage(start, Math.min(total, start + pageSize), total);
    if (pageThread == null) {
      return CompletableFuture.completedFuture(page);
    }
    return CompletableFuture.supplyAsync(() -> page, pageThread);
  }

  static Row row(long value) {
    return (Row)
        Proxy.newProxyInstance(
            Row.class.getClassLoader(),
            new Class<?>[] {Row.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getLong") && args.length == 1) {
                return value;
              }
              if (method.getName().equals("toString")) {
                return "Row[" + value + "]";
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  /**
   * Rows [start, end) of a result of {@code total} rows; iterating consumes, as the driver's do.
   */
  static final class FakePage implements AsyncResultSet {
    private final long end;
    private final long total;
    private long next;

    FakePage(long start, long end, long total) {
      this.next = start;
      this.end = end;
      this.total = total;
    }

    @Override
    public ColumnDefinitions getColumnDefinitions() {
      return null;
    }

    @Override
    public ExecutionInfo getExecutionInfo() {
      throw new UnsupportedOperationException();
    }

    @Override
    public int remaining() {
      return (int) (end - next);
    }

    @Override
    public Iterable<Row> currentPage() {
      return () ->
          new Iterator<>() {
            @Override
            public boolean hasNext() {
              return next < end;
            }

            @Override
            public Row next() {
              if (next >= end) {
                throw new NoSuchElementException();
              }
              return row(next++);
            }
          };
    }

    @Override
    public boolean hasMorePages() {
      return end < total;
    }

    @Override
    public CompletionStage<AsyncResultSet> fetchNextPage() {
      throw new UnsupportedOperationException("streams fetch through their PageSource");
    }

    @Override
    public boolean wasApplied() {
      return true;
    }
  }
}
