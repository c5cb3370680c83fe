package dev.augur.runtime;

import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One subscriber's run of a {@link RowStream}: a state machine driven by a work-in-progress counter
 * (the "drain loop"). Every event (a request, a cancel, a page or a failure from the driver, the
 * deadline) records itself in a volatile field and calls {@link #drain()}; whichever thread takes
 * the counter from zero runs the loop (or hands it to the callback executor) until no event is
 * left, so that signals never overlap and nothing ever waits for a lock.
 */
final class RowSubscription<T> implements Flow.Subscription {
  private final RowStream<T> stream;
  private final Executor executor;
  private final long maxRows;
  private final long maxPages;
  private final boolean prefetch;

  private final AtomicLong requested = new AtomicLong();
  private final AtomicInteger wip = new AtomicInteger();
  private volatile boolean cancelled;
  private volatile boolean timedOut;
  private volatile Throwable invalidRequest;
  private volatile RejectedExecutionException rejected;
  // Hand-off from the driver's callback to the drain loop.
  private volatile AsyncResultSet arrived;
  private volatile Throwable failed;
  private volatile ScheduledFuture<?> deadline;

  // Touched only inside the drain loop, which one thread runs at a time.
  private Flow.Subscriber<? super T> subscriber;
  private boolean subscribed;
  private boolean started;
  private boolean fetching;
  private boolean done;
  private AsyncResultSet current;
  private Iterator<Row> rows;
  private RowMapping.Decoder<T> decoder;
  private int pagesRequested;
  private int pagesReceived;
  private long delivered;

  RowSubscription(RowStream<T> stream, Flow.Subscriber<? super T> subscriber) {
    this.stream = stream;
    this.subscriber = subscriber;
    this.executor = stream.executor();
    StreamOptions options = stream.options();
    this.maxRows = options.maxRows() > 0 ? options.maxRows() : Long.MAX_VALUE;
    this.maxPages = options.maxPages() > 0 ? options.maxPages() : Long.MAX_VALUE;
    this.prefetch = stream.prefetch();
  }

  /** Arms the deadline, then delivers {@code onSubscribe} through the drain loop. */
  void start() {
    Duration timeout = stream.options().deadline();
    if (timeout != null) {
      deadline =
          Deadlines.schedule(
              () -> {
                timedOut = true;
                drain();
              },
              timeout);
    }
    drain();
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
    if (executor == null) {
      drainLoop();
      return;
    }
    try {
      executor.execute(this::drainLoop);
    } catch (RejectedExecutionException e) {
      rejected = e;
      drainLoop(); // delivers onError here, since the executor will not
    }
  }

  private void drainLoop() {
    int missed = 1;
    do {
      drainOnce();
      missed = wip.addAndGet(-missed);
    } while (missed != 0);
  }

  private void drainOnce() {
    if (done) {
      arrived = null; // a page that was in flight when the stream ended
      return;
    }
    if (!subscribed) {
      subscribed = true;
      try {
        subscriber.onSubscribe(this);
      } catch (RuntimeException e) {
        terminate(); // rule 2.13: a subscriber that throws is broken; treat it as cancelled
        return;
      }
      Throwable unavailable = stream.source().unavailable();
      if (unavailable != null && !cancelled) {
        fail(unavailable);
        return;
      }
    }
    if (cancelled) {
      terminate();
      return;
    }
    if (rejected != null) {
      fail(rejected);
      return;
    }
    Throwable invalid = invalidRequest;
    if (invalid != null) {
      fail(invalid);
      return;
    }
    if (timedOut) {
      fail(timeout());
      return;
    }
    long demand = requested.get();
    if (!started) {
      if (demand > 0) {
        started = true;
        fetching = true;
        pagesRequested = 1;
        stream.source().first().whenComplete(this::onPage);
      }
      return;
    }
    if (prefetch && current != null) {
      fetchAhead(demand); // more wanted than buffered: the next page's round trip overlaps these
    }
    long emitted = 0;
    while (true) {
      while (emitted < demand && delivered < maxRows && rows != null && rows.hasNext()) {
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
          terminate(); // rule 2.13
          return;
        }
        emitted++;
        delivered++;
        if (cancelled) {
          terminate();
          return;
        }
        if (timedOut) {
          // Checked per row: with pages fetched ahead, one pass of this loop may span many pages.
          fail(timeout());
          return;
        }
      }
      if (delivered >= maxRows) {
        complete();
        return;
      }
      if (rows != null && rows.hasNext()) {
        break; // demand exhausted, rows still buffered
      }
      AsyncResultSet ready = arrived;
      if (ready != null) {
        Throwable badRequest = invalidRequest;
        if (badRequest != null) {
          fail(badRequest); // rule 3.9, seen at the next page rather than after the whole result
          return;
        }
        arrived = null;
        fetching = false;
        if (!install(ready)) {
          return;
        }
        if (prefetch) {
          // Ask for the next page before delivering this one, so that its round trip overlaps
          // the delivery: the page after stays in `arrived` until this one is used up.
          fetchAhead(demand == Long.MAX_VALUE ? demand : demand - emitted);
        }
        continue;
      }
      Throwable error = failed;
      if (error != null) {
        fail(error);
        return;
      }
      if (!fetching && (!current.hasMorePages() || pagesRequested >= maxPages)) {
        complete();
        return;
      }
      break;
    }
    if (demand != Long.MAX_VALUE && emitted > 0) {
      demand = requested.addAndGet(-emitted);
    }
    if (current == null) {
      return; // the first page is still on its way
    }
    if (prefetch || current.remaining() == 0) {
      fetchAhead(demand);
    }
  }

  /**
   * Requests the page after the current one if {@code outstanding} demand (and maxRows) will
   * consume more than the current page still buffers, and no page is in flight or waiting: so never
   * more than one page ahead of the one being delivered.
   */
  private void fetchAhead(long outstanding) {
    int buffered = current.remaining();
    if (!fetching
        && current.hasMorePages()
        && pagesRequested < maxPages
        && outstanding > buffered
        && maxRows - delivered > buffered) {
      fetching = true;
      pagesRequested++;
      stream.source().next(current).whenComplete(this::onPage);
    }
  }

  /** Makes {@code page} the current one; false if the stream failed on it. */
  private boolean install(AsyncResultSet page) {
    try {
      decoder = stream.decoderFor(page.getColumnDefinitions());
      current = page;
      rows = page.currentPage().iterator();
      pagesReceived++;
      StreamOptions.PageListener listener = stream.options().onPage();
      if (listener != null) {
        listener.onPage(pagesReceived, page.remaining());
      }
      return true;
    } catch (RuntimeException e) {
      fail(e);
      return false;
    }
  }

  private StreamTimeoutException timeout() {
    return new StreamTimeoutException(
        String.format(
            "%s: the stream did not finish within its deadline of %s (%d rows delivered from %d"
                + " pages); it was cancelled and its buffered rows dropped. Raise"
                + " StreamOptions.deadline, read fewer rows (maxRows, maxPages), or consume them"
                + " faster.",
            stream.method(), stream.options().deadline(), delivered, pagesReceived));
  }

  private void complete() {
    Flow.Subscriber<? super T> target = subscriber;
    terminate();
    try {
      target.onComplete();
    } catch (RuntimeException e) {
      // rule 2.13: nothing is left to cancel
    }
  }

  private void fail(Throwable error) {
    Flow.Subscriber<? super T> target = subscriber;
    terminate();
    try {
      target.onError(error);
    } catch (RuntimeException e) {
      // rule 2.13: nothing is left to cancel
    }
  }

  /** Ends the subscription and lets go of everything it holds (rule 3.13). */
  private void terminate() {
    done = true;
    current = null;
    rows = null;
    decoder = null;
    arrived = null;
    subscriber = null;
    ScheduledFuture<?> timer = deadline;
    if (timer != null) {
      timer.cancel(false);
    }
  }
}
