package dev.augur.runtime;

import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.Statement;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Streams the rows of a statement to each subscriber, at the subscriber's pace.
 *
 * <p>Each subscription runs the statement when it first sees demand. A further page is fetched only
 * when the outstanding demand exceeds the rows still buffered, and never more than one page ahead,
 * so memory stays bounded by two pages whatever the size of the result. Signals are serialized by a
 * work-in-progress counter (no locks, no thread ever waits); cancellation drops every buffered row
 * and ignores a page still in flight; failures arrive as {@code onError} with the driver's own
 * exception.
 */
final class RowPublisher<T> implements Flow.Publisher<T> {
  private final PreparedQuery<T> query;
  private final Statement<?> statement;

  RowPublisher(PreparedQuery<T> query, Statement<?> statement) {
    this.query = query;
    this.statement = statement;
  }

  @Override
  public void subscribe(Flow.Subscriber<? super T> subscriber) {
    Objects.requireNonNull(subscriber, "subscriber");
    RowSubscription<T> subscription = new RowSubscription<>(query, statement, subscriber);
    subscriber.onSubscribe(subscription);
  }

  private static final class RowSubscription<T> implements Flow.Subscription {
    private final PreparedQuery<T> query;
    private final Statement<?> statement;
    private final Flow.Subscriber<? super T> subscriber;

    private final AtomicLong requested = new AtomicLong();
    private final AtomicInteger wip = new AtomicInteger();
    private volatile boolean cancelled;
    private volatile Throwable invalidRequest;
    // Hand-off from the driver's callback to the drain loop.
    private volatile AsyncResultSet arrived;
    private volatile Throwable failed;

    // Touched only inside the drain loop, which one thread runs at a time.
    private boolean started;
    private boolean fetching;
    private boolean done;
    private AsyncResultSet current;
    private Iterator<Row> rows;
    private RowMapping.Decoder<T> decoder;

    RowSubscription(
        PreparedQuery<T> query, Statement<?> statement, Flow.Subscriber<? super T> subscriber) {
      this.query = query;
      this.statement = statement;
      this.subscriber = subscriber;
    }

    @Override
    public void request(long n) {
      if (n <= 0) {
        invalidRequest =
            new IllegalArgumentException(
                "Reactive Streams rule 3.9: request(n) needs n > 0, got " + n);
      } else {
        requested.getAndUpdate(r -> r + n < 0 ? Long.MAX_VALUE : r + n);
      }
      drain();
    }

    @Override
    public void cancel() {
      cancelled = true;
      drain();
    }

    private void onPage(AsyncResultSet page, Throwable error) {
      if (error != null) {
        failed = Futures.unwrap(error);
      } else {
        arrived = page;
      }
      drain();
    }

    private void drain() {
      if (wip.getAndIncrement() != 0) {
        return;
      }
      int missed = 1;
      do {
        drainOnce();
        missed = wip.addAndGet(-missed);
      } while (missed != 0);
    }

    private void drainOnce() {
      if (done) {
        return;
      }
      if (cancelled) {
        terminate();
        return;
      }
      Throwable invalid = invalidRequest;
      if (invalid != null) {
        fail(invalid);
        return;
      }
      long demand = requested.get();
      if (!started) {
        if (demand > 0) {
          started = true;
          fetching = true;
          query.session().executeAsync(statement).whenComplete(this::onPage);
        }
        return;
      }
      long emitted = 0;
      while (true) {
        while (emitted < demand && rows != null && rows.hasNext()) {
          T value;
          try {
            value = decoder.decode(rows.next());
          } catch (RuntimeException e) {
            fail(e);
            return;
          }
          try {
            subscriber.onNext(value);
          } catch (RuntimeException e) {
            // Rule 2.13: a subscriber that throws is broken; treat it as cancelled.
            terminate();
            return;
          }
          emitted++;
          if (cancelled) {
            terminate();
            return;
          }
        }
        if (rows != null && rows.hasNext()) {
          break; // demand exhausted, rows still buffered
        }
        AsyncResultSet ready = arrived;
        if (ready != null) {
          arrived = null;
          fetching = false;
          try {
            decoder = query.decoderFor(ready.getColumnDefinitions());
          } catch (RuntimeException e) {
            fail(e);
            return;
          }
          current = ready;
          rows = ready.currentPage().iterator();
          continue;
        }
        Throwable error = failed;
        if (error != null) {
          fail(error);
          return;
        }
        if (!fetching && current != null && !current.hasMorePages()) {
          done = true;
          release();
          subscriber.onComplete();
          return;
        }
        break;
      }
      if (demand != Long.MAX_VALUE && emitted > 0) {
        demand = requested.addAndGet(-emitted);
      }
      // Fetch ahead only what outstanding demand will consume, and at most one page.
      if (!fetching
          && arrived == null
          && current != null
          && current.hasMorePages()
          && demand > current.remaining()) {
        fetching = true;
        current.fetchNextPage().whenComplete(this::onPage);
      }
    }

    private void fail(Throwable error) {
      done = true;
      release();
      subscriber.onError(error);
    }

    private void terminate() {
      done = true;
      release();
    }

    private void release() {
      current = null;
      rows = null;
      decoder = null;
      arrived = null;
    }
  }
}
