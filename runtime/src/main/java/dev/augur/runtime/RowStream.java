package dev.augur.runtime;

import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.ColumnDefinitions;
import com.datastax.oss.driver.api.core.cql.Statement;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The rows of a statement as a stream: a {@link Flow.Publisher} that runs the statement once per
 * subscriber, and {@link #forEachAsync} for those who prefer a callback.
 *
 * <p>Each subscription runs the statement when it first sees demand. It requests a further page
 * as soon as the subscriber's outstanding demand exceeds the rows it still buffers, including the
 * moment a page arrives, so that with ample demand page n+1 is on its way while page n is
 * delivered; and never more than one page ahead, so memory is bounded by two pages whatever the
 * size of the result and the pace of the subscriber. {@link StreamOptions#prefetchPages(boolean)}
 * (or the session's setting) turns the fetching ahead off: the next page is then requested once
 * the current one has been delivered. No thread ever waits: pages arrive through the driver's
 * futures, and a subscriber that requests from inside {@code onNext} is served by the same loop,
 * not recursively.
 *
 * <ul>
 *   <li>Signals are serialized: never two at once, each visible to the next (Reactive Streams rule
 *       1.3). They run on the session's callback executor if it has one, else on whichever thread
 *       moved the stream on: a driver I/O thread when a page arrives, the subscriber's own thread
 *       when its {@code request} finds rows buffered, the caller of {@code subscribe} for {@code
 *       onSubscribe}, Augur's timer thread for a deadline's {@code onError}.
 *   <li>{@code cancel()} stops at once: no further signal, no further page; buffered rows and a
 *       page still in flight (one fetched ahead included) are dropped, and the subscriber is no
 *       longer referenced.
 *   <li>A page fetched ahead that fails fails the stream only after the rows buffered before it
 *       have been delivered (as demand allows), as it would had it been fetched later.
 *   <li>Failures arrive as {@code onError} with the driver's own exception ({@code
 *       ReadTimeoutException}, {@code InvalidQueryException}...), a {@link StreamTimeoutException}
 *       when the {@link StreamOptions#deadline} passes, a {@link RequestOverloadException} when the
 *       session's request limiter rejects the query, or an {@code IllegalArgumentException} for
 *       {@code request(n <= 0)}.
 *   <li>A subscriber whose {@code onNext} throws is treated as having cancelled (rule 2.13).
 * </ul>
 *
 * <p>It passes the Reactive Streams TCK for {@code Flow} publishers; use {@code
 * org.reactivestreams.FlowAdapters} to hand it to Reactor, RxJava or Akka.
 *
 * @param <T> what a row becomes
 */
public final class RowStream<T> implements Flow.Publisher<T> {
  private final String method;
  private final PageSource source;
  private final Function<ColumnDefinitions, RowMapping.Decoder<T>> decoders;
  private final StreamOptions options;
  private final Executor executor;
  private final DaoCalls.Site site;
  private final boolean prefetch;

  /** A stream that prefetches unless {@code options} turn it off. */
  RowStream(
      String method,
      PageSource source,
      Function<ColumnDefinitions, RowMapping.Decoder<T>> decoders,
      StreamOptions options,
      Executor executor) {
    this(method, source, decoders, options, executor, null, true);
  }

  /**
   * A stream each of whose subscriptions is a call of {@code site} for the session's observer (null:
   * not observed), fetching ahead as {@code options} say, else as {@code sessionPrefetch} does.
   */
  RowStream(
      String method,
      PageSource source,
      Function<ColumnDefinitions, RowMapping.Decoder<T>> decoders,
      StreamOptions options,
      Executor executor,
      DaoCalls.Site site,
      boolean sessionPrefetch) {
    this.method = method;
    this.source = source;
    this.decoders = decoders;
    this.options = options;
    this.executor = executor;
    this.site = site;
    this.prefetch = options.prefetchPages().orElse(sessionPrefetch);
  }

  /**
   * The stream of {@code statement}'s rows; {@code options} has already set its page size. A {@code
   * refused} statement (null: none) fails every subscriber at once, sending nothing.
   */
  static <T> RowStream<T> of(
      PreparedQuery<T> query,
      Statement<?> statement,
      StreamOptions options,
      RuntimeException refused) {
    AugurSession session = query.session();
    PageSource source =
        new PageSource() {
          @Override
          public Throwable unavailable() {
            if (refused != null) {
              return session.calls().withContext(query.site(), statement, refused);
            }
            return session.isClosing() || session.cqlSession().isClosed()
                ? new SessionClosedException(
                    query.spec().method() + ": the session is closed; no statement can run on it")
                : null;
          }

          @Override
          public CompletionStage<AsyncResultSet> first() {
            return session.calls().withContext(query.site(), statement, session.submit(statement));
          }

          @Override
          public CompletionStage<AsyncResultSet> next(AsyncResultSet page) {
            return session.calls().withContext(query.site(), statement, session.fetchNext(page));
          }
        };
    return new RowStream<>(
        query.spec().method(),
        source,
        query::decoderFor,
        options,
        session.callbackExecutor(),
        query.site(),
        session.prefetchPages());
  }

  @Override
  public void subscribe(Flow.Subscriber<? super T> subscriber) {
    Objects.requireNonNull(subscriber, "subscriber"); // rule 1.9
    new RowSubscription<>(
            this,
            site == null || site.observed() == null
                ? subscriber
                : new ObservedSubscriber<>(subscriber, site))
        .start();
  }

  /**
   * Runs the statement and calls {@code action} with every row, in order, fetching pages as it
   * goes; completes with the number of rows seen. Never blocks. {@code action} runs where the
   * stream's signals run (see above), one row at a time. If it throws, the stream is cancelled and
   * the stage fails with that exception; other failures are those of the stream.
   *
   * <p>The demand is unbounded, so page n+1 is requested as soon as page n arrives, and fetching
   * overlaps the time {@code action} spends on page n's rows; the stream holds at most two pages.
   * With {@link StreamOptions#prefetchPages(boolean) prefetching off} it holds one page at a time:
   * it requests page n+1 only once {@code action} has returned for the last row of page n, and
   * takes about the sum of each page's round trip and the time {@code action} spends on its rows.
   */
  public CompletionStage<Long> forEachAsync(Consumer<? super T> action) {
    Objects.requireNonNull(action, "action");
    CompletableFuture<Long> result = new CompletableFuture<>();
    subscribe(
        new Flow.Subscriber<T>() {
          private Flow.Subscription subscription;
          private long seen;

          @Override
          public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
          }

          @Override
          public void onNext(T item) {
            if (result.isDone()) {
              return;
            }
            try {
              action.accept(item);
              seen++;
            } catch (RuntimeException | Error e) {
              subscription.cancel();
              result.completeExceptionally(e);
            }
          }

          @Override
          public void onError(Throwable error) {
            result.completeExceptionally(error);
          }

          @Override
          public void onComplete() {
            result.complete(seen);
          }
        });
    return result;
  }

  /** The options this stream runs with. */
  public StreamOptions options() {
    return options;
  }

  String method() {
    return method;
  }

  PageSource source() {
    return source;
  }

  RowMapping.Decoder<T> decoderFor(ColumnDefinitions columns) {
    return decoders.apply(columns);
  }

  Executor executor() {
    return executor;
  }

  boolean prefetch() {
    return prefetch;
  }

  @Override
  public String toString() {
    return "RowStream[" + method + ", " + options + "]";
  }
}
