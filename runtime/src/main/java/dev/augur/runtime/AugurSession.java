package dev.augur.runtime;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.cql.Statement;
import com.datastax.oss.driver.api.core.type.codec.registry.CodecRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The session generated DAOs run on: a {@link CqlSession} plus a cache of prepared statements.
 *
 * <p>Create one per application at startup, create the DAOs from it, and close it at shutdown:
 *
 * <pre>{@code
 * AugurSession.connectAsync(CqlSession.builder().withKeyspace("shop"))
 *     .thenCompose(session -> AugurOrderDao.create(session))
 *     .thenAccept(orders -> ...);
 * }</pre>
 *
 * <p>Every method is non-blocking except {@link #close()}. The session is thread-safe.
 *
 * <p>{@link #builder()} configures where completions run and how many requests may be in flight:
 *
 * <pre>{@code
 * AugurSession.builder()
 *     .callbackExecutor(appExecutor)      // completions and publisher signals run here
 *     .maxRequestsInFlight(256)           // at most 256 requests sent and not yet answered,
 *     .maxQueuedRequests(1024)            // 1024 more waiting in order; beyond: fail fast
 *     .connectAsync(CqlSession.builder().withKeyspace("shop"));
 * }</pre>
 *
 * <p>Without a callback executor, every stage Augur returns completes, and every publisher signal
 * is delivered, on a driver I/O thread (the fastest; keep callbacks short and never block in them).
 * With one, they run on that executor instead; decoding rows into entities runs there too. A stage
 * that is already complete when a dependent is added runs that dependent on the adding thread, as
 * {@code CompletableFuture} always does. If the executor rejects a task, the stage fails with its
 * {@code RejectedExecutionException}, on the thread that had the result.
 *
 * <p>For production, the builder also sets how long {@link #closeAsync()} waits for calls in flight
 * ({@code closeTimeout}), observers of every call such as metrics ({@code augur-micrometer}) and
 * tracing ({@code augur-opentelemetry}) ({@code observer}), a
 * slow-query log ({@code slowQueryThreshold}), whether bound values may appear in messages and logs
 * ({@code logBoundValues}, off by default), and whether creating a DAO checks the live schema
 * against its entities ({@code verifySchemaOnDaoCreation}, on by default).
 */
public final class AugurSession implements AutoCloseable {
  private final CqlSession session;
  private final boolean ownsSession;
  private final Executor callbackExecutor;
  private final RequestLimiter limiter;
  private final PageTokens pageTokens;
  private final ConcurrentMap<PrepareKey, CompletableFuture<PreparedStatement>> prepared =
      new ConcurrentHashMap<>();
  private final ConcurrentMap<DaoKey, CompletableFuture<?>> daos = new ConcurrentHashMap<>();
  private final SessionLifecycle lifecycle = new SessionLifecycle();
  private final DaoCalls calls;
  private final Duration closeTimeout;
  private final boolean verifySchema;
  private final boolean prefetchPages;
  private final AtomicBoolean closeFinished = new AtomicBoolean();
  private final CompletableFuture<Void> closed = new CompletableFuture<>();

  private AugurSession(CqlSession session, boolean ownsSession, Builder config) {
    this.session = Objects.requireNonNull(session, "session");
    this.ownsSession = ownsSession;
    this.callbackExecutor = config.callbackExecutor;
    this.closeTimeout = config.closeTimeout;
    this.verifySchema = config.verifySchemaOnDaoCreation;
    this.prefetchPages = config.prefetchPages;
    DaoObserver observer = DaoObservers.of(config.observers);
    if (observer != null) {
      observer.sessionStarted(session.getName(), lifecycle::inFlightCount);
    }
    this.calls =
        new DaoCalls(this, lifecycle, observer, config.slowQueryThreshold, config.logBoundValues);
    this.limiter =
        config.maxRequestsInFlight > 0
            ? new RequestLimiter(
                config.maxRequestsInFlight,
                config.maxQueuedRequests >= 0
                    ? config.maxQueuedRequests
                    : config.maxRequestsInFlight)
            : null;
    this.pageTokens = new PageTokens(config.pageTokenSecret);
  }

  /**
   * Connects without blocking, with the defaults (completions on driver threads, no request limit):
   * the stage completes once the driver session is ready.
   */
  public static CompletionStage<AugurSession> connectAsync(CqlSessionBuilder builder) {
    return builder().connectAsync(builder);
  }

  /**
   * Wraps a session the application already has, with the defaults. The Augur session takes
   * ownership: closing it closes {@code session}. Use {@link #borrow} instead when something else
   * (a framework, a test fixture, other code of the application) closes it.
   */
  public static AugurSession wrap(CqlSession session) {
    return builder().wrap(session);
  }

  /**
   * Uses a session that something else owns, with the defaults: {@link #closeAsync()} drains
   * Augur's calls (and, at its deadline, fails those left) but leaves {@code session} open, for its
   * owner to close after this one. Tests over a shared session, and frameworks that create the
   * {@code CqlSession} themselves, borrow it.
   */
  public static AugurSession borrow(CqlSession session) {
    return builder().borrow(session);
  }

  /** Configures a session: its callback executor, its request limits, its page-token secret. */
  public static Builder builder() {
    return new Builder();
  }

  /** The driver session underneath, for what Augur does not cover. */
  public CqlSession cqlSession() {
    return session;
  }

  /** The protocol version negotiated with the cluster; codecs encode and decode with it. */
  public ProtocolVersion protocolVersion() {
    return session.getContext().getProtocolVersion();
  }

  /** The registry codecs are resolved from, once per prepared statement. */
  public CodecRegistry codecRegistry() {
    return session.getContext().getCodecRegistry();
  }

  /**
   * Prepares {@code cql} without blocking. Concurrent and later calls for the same statement share
   * one future, so a statement is prepared once per session however many DAOs use it. A failed
   * preparation is not cached: the next call tries again.
   */
  public CompletionStage<PreparedStatement> prepareAsync(String cql, boolean idempotent) {
    if (!lifecycle.isOpen()) {
      return CompletableFuture.failedFuture(
          new SessionClosedException(
              "cannot prepare \"" + cql + "\": the Augur session is closing or closed"));
    }
    PrepareKey key = new PrepareKey(cql, idempotent);
    CompletableFuture<PreparedStatement> existing = prepared.get(key);
    if (existing != null) {
      return existing;
    }
    CompletableFuture<PreparedStatement> created = new CompletableFuture<>();
    existing = prepared.putIfAbsent(key, created);
    if (existing != null) {
      return existing;
    }
    // Bound statements inherit the idempotence of the statement they were prepared from.
    SimpleStatement statement = SimpleStatement.builder(cql).setIdempotence(idempotent).build();
    tracked(() -> session.prepareAsync(statement))
        .whenComplete(
            (ps, error) -> {
              if (error != null) {
                prepared.remove(key, created);
              }
              deliver(created, ps, error);
            });
    return created;
  }

  /**
   * The DAO {@code factory} creates for {@code keyspace} (null: the session's), created once per
   * session and keyspace; later calls share the same instance. A failed creation is not kept, so
   * the next call tries again. Generated {@code create} methods call this.
   *
   * <p>Once {@link #closeAsync()} has begun, the stage fails at once with a {@link
   * SessionClosedException}, as every call does, even for a DAO created before; a creation that
   * the close interrupts fails with one too, not with a {@link DaoCreationException}.
   */
  public <D> CompletionStage<D> dao(
      Class<?> type, String keyspace, Function<DaoContext, CompletionStage<D>> factory) {
    return dao(type, keyspace, null, null, factory);
  }

  /**
   * The DAO {@code factory} creates for {@code table} in {@code keyspace}: its statements on {@code
   * entity}'s table run on {@code table} instead (null: the entity's own). Created once per
   * session, keyspace and table. Generated {@code create(session, keyspace, table)} methods call
   * this. Once the session is closing, fails with a {@link SessionClosedException}, as the other
   * {@code dao} does.
   */
  @SuppressWarnings("unchecked")
  public <D> CompletionStage<D> dao(
      Class<?> type,
      String keyspace,
      String table,
      EntityMapper<?> entity,
      Function<DaoContext, CompletionStage<D>> factory) {
    if (!lifecycle.isOpen()) {
      return CompletableFuture.failedFuture(
          new SessionClosedException(
              type.getSimpleName()
                  + ": cannot be created: the Augur session is closing or closed (closeAsync was"
                  + " called). Create DAOs at startup, before the session closes."));
    }
    CqlIdentifier keyspaceId;
    CqlIdentifier tableId;
    try {
      keyspaceId = keyspace == null ? null : CqlIdentifier.fromCql(keyspace);
      tableId = table == null ? null : CqlIdentifier.fromCql(table);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(
          new DaoCreationException(
              type.getSimpleName() + ": invalid keyspace or table name: " + e.getMessage(), e));
    }
    DaoKey key = new DaoKey(type, keyspaceId, tableId);
    CompletableFuture<D> existing = (CompletableFuture<D>) daos.get(key);
    if (existing != null) {
      return existing;
    }
    CompletableFuture<D> created = new CompletableFuture<>();
    existing = (CompletableFuture<D>) daos.putIfAbsent(key, created);
    if (existing != null) {
      return existing;
    }
    CompletionStage<D> building;
    DaoContext context = new DaoContext(this, keyspaceId, tableId, entity);
    try {
      building = factory.apply(context);
    } catch (RuntimeException e) {
      building = CompletableFuture.failedFuture(e);
    }
    if (verifySchema) {
      building =
          building.thenCompose(
              dao -> EntitySchema.verifyForDao(this, type, context).thenApply(ok -> dao));
    }
    // Statements complete on the callback executor, but a schema refresh on a driver thread.
    building.whenComplete(
        (dao, error) -> {
          if (error != null) {
            daos.remove(key, created);
          }
          deliver(created, dao, error);
        });
    return created;
  }

  /**
   * Runs a statement without blocking; the stage fails with the driver's own exception, or with a
   * {@link RequestOverloadException} if the request limiter is full. With a callback executor or a
   * request limit, the result set's {@code fetchNextPage()} goes through them too.
   */
  public CompletionStage<AsyncResultSet> executeAsync(Statement<?> statement) {
    if (callbackExecutor == null && limiter == null) {
      return tracked(() -> invoke(() -> session.executeAsync(statement)));
    }
    return managed(submit(statement));
  }

  /**
   * Closes the session without blocking, waiting at most the builder's {@code closeTimeout}
   * (default 10 s) for calls in flight; see {@link #closeAsync(Duration)}.
   */
  public CompletionStage<Void> closeAsync() {
    return closeAsync(closeTimeout);
  }

  /**
   * Closes the session without blocking, in order:
   *
   * <ol>
   *   <li>From now on every new DAO call, statement preparation, DAO creation and stream
   *       subscription fails at once with a {@link SessionClosedException}, without being sent.
   *   <li>Calls in flight go on, including the further pages they fetch, for up to {@code timeout}.
   *   <li>Once none is left, the driver session closes. If {@code timeout} passes first, every call
   *       and request still in flight fails with a {@link SessionClosedException}, requests waiting
   *       for the request limiter are dropped, and the driver session is closed at once ({@code
   *       forceCloseAsync}).
   * </ol>
   *
   * <p>A {@linkplain #borrow borrowed} driver session is not closed: its owner closes it. Requests
   * that the deadline cut short may still be answered by the server; their results are dropped.
   *
   * <p>No stage Augur returned is ever left incomplete. The stage this returns completes when the
   * driver session has closed (for a borrowed one, once Augur's calls are done), on the callback
   * executor if the session has one (or, if it no longer accepts tasks, on the driver's thread);
   * calling this again returns a stage that completes at the same time (the first call's timeout
   * applies).
   *
   * <p>After close has begun, every entry point fails with a {@link SessionClosedException} (an
   * {@code IllegalStateException}), never wrapped: DAO calls and {@link Page#next()}, stream
   * subscriptions and {@code forEachAsync}, {@link #prepareAsync}, DAO creation, and {@link
   * EntitySchema}'s {@code createAsync} and {@code verifyAsync}. Check {@code instanceof
   * SessionClosedException} to recognise it.
   */
  public CompletionStage<Void> closeAsync(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (lifecycle.beginClose()) {
      ScheduledFuture<?> deadline =
          Deadlines.schedule(
              () ->
                  finishClose(
                      "the Augur session closed, and its close deadline of "
                          + timeout.toMillis()
                          + " ms passed before this completed"),
              timeout);
      lifecycle
          .drained()
          .whenComplete(
              (ignored, error) -> {
                deadline.cancel(false);
                finishClose(null);
              });
    }
    return closedOnCallbackThread();
  }

  /**
   * Closes the session and waits for it: {@link #closeAsync()}, blocking. It refuses to run on a
   * driver I/O thread, where it would wait for itself; use {@code closeAsync()} there.
   *
   * @throws IllegalStateException on a driver I/O thread
   */
  @Override
  public void close() {
    if (DriverThreads.isDriverThread(session)) {
      throw new IllegalStateException(
          "AugurSession.close() blocks until the session has closed, so it must not run on a"
              + " driver I/O thread ("
              + Thread.currentThread().getName()
              + "), which it would wait for. Use closeAsync() there.");
    }
    closeAsync();
    try {
      // Not the stage closeAsync returns: that one may wait for the callback executor, which
      // could be the thread blocked here.
      closed.copy().join();
    } catch (CompletionException e) {
      Throwable cause = Futures.unwrap(e);
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("closing the session failed", cause);
    }
  }

  /** Whether {@link #closeAsync()} was called: new calls are refused. */
  public boolean isClosing() {
    return !lifecycle.isOpen();
  }

  /**
   * Ends a close, once: refuses everything, aborts what is left (only when the deadline passed, or
   * a request raced with the close), then closes the driver session.
   */
  private void finishClose(String deadlinePassed) {
    if (!closeFinished.compareAndSet(false, true)) {
      return;
    }
    boolean forced = deadlinePassed != null;
    lifecycle.closeAndAbort(forced ? deadlinePassed : "the Augur session closed");
    if (limiter != null) {
      limiter.close();
    }
    CompletionStage<Void> driverClose;
    try {
      driverClose =
          !ownsSession
              ? CompletableFuture.completedFuture(null)
              : forced ? session.forceCloseAsync() : session.closeAsync();
    } catch (RuntimeException e) {
      driverClose = CompletableFuture.failedFuture(e);
    }
    driverClose.whenComplete(
        (ignored, error) -> {
          lifecycle.abortAll("the Augur session closed");
          completeNow(closed, null, error);
        });
  }

  /**
   * A stage that completes with {@link #closed}, on the callback executor: the driver completes its
   * close on its own event thread. An executor that no longer takes tasks does not make a close
   * fail: the stage then completes on that thread.
   */
  private CompletionStage<Void> closedOnCallbackThread() {
    if (callbackExecutor == null) {
      return closed.copy();
    }
    CompletableFuture<Void> result = new CompletableFuture<>();
    closed.whenComplete(
        (ignored, error) ->
            onCallbackThread(
                () -> completeNow(result, null, error),
                rejected -> completeNow(result, null, error)));
    return result;
  }

  /** The calls of this session: admission, completion, context, metrics. */
  DaoCalls calls() {
    return calls;
  }

  /** The executor completions run on, or null for the driver's I/O threads. */
  Executor callbackExecutor() {
    return callbackExecutor;
  }

  PageTokens pageTokens() {
    return pageTokens;
  }

  /** Whether streams and multi-page lists fetch a page ahead: see {@link Builder#prefetchPages}. */
  boolean prefetchPages() {
    return prefetchPages;
  }

  /** The limiter's counts, for tests: requests in flight and queued, or zeros without a limit. */
  int[] limiterLoad() {
    return limiter == null ? new int[2] : new int[] {limiter.inFlight(), limiter.queued()};
  }

  /**
   * Sends {@code statement} through the limiter; the stage completes on the driver's thread with
   * the driver's own result set. For streams, which deliver their signals themselves.
   */
  CompletionStage<AsyncResultSet> submit(Statement<?> statement) {
    return tracked(() -> admit(() -> session.executeAsync(statement), false));
  }

  /** Fetches the page after {@code page} (a driver result set) through the limiter. */
  CompletionStage<AsyncResultSet> fetchNext(AsyncResultSet page) {
    return tracked(() -> admit(page::fetchNextPage, true));
  }

  /**
   * Sends the request of a DAO call, through the limiter. The call itself is what the lifecycle
   * counts, waits for and aborts at the close deadline, so its requests are not tracked again. The
   * stage completes on the driver's thread with the driver's own result set; see {@link
   * #onCallbackThread}.
   */
  CompletionStage<AsyncResultSet> sendForCall(Statement<?> statement) {
    if (limiter != null) {
      return admit(() -> session.executeAsync(statement), false);
    }
    try {
      return session.executeAsync(statement);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** Fetches the page after {@code page} for a DAO call: see {@link #sendForCall}. */
  CompletionStage<AsyncResultSet> fetchNextForCall(AsyncResultSet page) {
    if (limiter != null) {
      return admit(page::fetchNextPage, true);
    }
    try {
      return page.fetchNextPage();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * Runs {@code task} on the callback executor, or at once without one; if the executor rejects it,
   * hands the rejection to {@code rejected}, which fails what {@code task} would have completed.
   * Callers on a hot path test {@link #callbackExecutor()} first and run their work directly
   * without one, so that no task is allocated.
   */
  void onCallbackThread(Runnable task, Consumer<RejectedExecutionException> rejected) {
    Executor executor = callbackExecutor;
    if (executor == null) {
      task.run();
      return;
    }
    try {
      executor.execute(task);
    } catch (RejectedExecutionException e) {
      rejected.accept(e);
    }
  }

  /**
   * Sends a request as part of the session's lifecycle: refused once the session is closed, counted
   * in flight until it completes, and failed with a {@link SessionClosedException} if it is still
   * in flight when the close deadline passes.
   */
  private <T> CompletionStage<T> tracked(Supplier<? extends CompletionStage<T>> send) {
    Request<T> request = new Request<>();
    if (!lifecycle.enterRequest(request)) {
      return CompletableFuture.failedFuture(
          new SessionClosedException("the Augur session is closed; the request was not sent"));
    }
    CompletionStage<T> sent;
    try {
      sent = send.get();
    } catch (RuntimeException e) {
      sent = CompletableFuture.failedFuture(e);
    }
    request.result.sending(sent);
    sent.whenComplete(request::onResult);
    return request.result;
  }

  /** One request in flight: a statement, a page, or a preparation. */
  private final class Request<T> implements SessionLifecycle.InFlight {
    final CancellableCall<T> result = new CancellableCall<>();

    void onResult(T page, Throwable error) {
      if (!lifecycle.leave(this)) {
        return;
      }
      if (error != null) {
        result.completeExceptionally(Futures.unwrap(error));
      } else {
        result.complete(page);
      }
    }

    @Override
    public void abort(String why) {
      result.completeExceptionally(new SessionClosedException("request did not complete: " + why));
    }
  }

  /** Delivers the result of a {@link #submit} or {@link #fetchNext} on the callback executor. */
  CompletionStage<AsyncResultSet> managed(CompletionStage<AsyncResultSet> raw) {
    CancellableCall<AsyncResultSet> result = new CancellableCall<>();
    result.sending(raw);
    raw.whenComplete(
        (page, error) ->
            deliver(result, page == null ? null : new ManagedResultSet(this, page), error));
    return result;
  }

  private CompletionStage<AsyncResultSet> admit(
      Supplier<CompletionStage<AsyncResultSet>> request, boolean continuation) {
    if (limiter == null) {
      return invoke(request);
    }
    CancellableCall<AsyncResultSet> result = new CancellableCall<>();
    limiter.submit(
        new RequestLimiter.Waiter() {
          @Override
          public void start() {
            if (result.isCancelled()) {
              limiter.release(); // cancelled while it waited: never sent
              return;
            }
            CompletionStage<AsyncResultSet> sent = invoke(request);
            result.sending(sent);
            sent.whenComplete(
                    (page, error) -> {
                      limiter.release();
                      if (error != null) {
                        result.completeExceptionally(Futures.unwrap(error));
                      } else {
                        result.complete(page);
                      }
                    });
          }

          @Override
          public void reject(RuntimeException reason) {
            result.completeExceptionally(reason);
          }
        },
        continuation);
    return result;
  }

  private static CompletionStage<AsyncResultSet> invoke(
      Supplier<CompletionStage<AsyncResultSet>> request) {
    try {
      return request.get();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * A stage that completes like {@code stage} (failing with the exception itself, not a {@code
   * CompletionException}), on the callback executor: for stages of the driver's that Augur returns.
   */
  <V> CompletionStage<V> delivered(CompletionStage<V> stage) {
    CompletableFuture<V> result = new CompletableFuture<>();
    stage.whenComplete((value, error) -> deliver(result, value, error));
    return result;
  }

  /** Completes {@code target} on the callback executor, or at once without one. */
  <V> void deliver(CompletableFuture<V> target, V value, Throwable error) {
    if (callbackExecutor == null) {
      completeNow(target, value, error);
    } else {
      onCallbackThread(() -> completeNow(target, value, error), target::completeExceptionally);
    }
  }

  private static <V> void completeNow(CompletableFuture<V> target, V value, Throwable error) {
    if (error != null) {
      target.completeExceptionally(Futures.unwrap(error));
    } else {
      target.complete(value);
    }
  }

  /**
   * How a session runs requests and delivers results. Defaults: completions on the driver's I/O
   * threads, no request limit.
   */
  public static final class Builder {
    private Executor callbackExecutor;
    private int maxRequestsInFlight;
    private int maxQueuedRequests = -1;
    private byte[] pageTokenSecret;
    private Duration closeTimeout = Duration.ofSeconds(10);
    private final List<DaoObserver> observers = new ArrayList<>();
    private Duration slowQueryThreshold;
    private boolean logBoundValues;
    private boolean verifySchemaOnDaoCreation = true;
    private boolean prefetchPages = true;

    private Builder() {}

    /**
     * How long {@link AugurSession#closeAsync()} waits for calls in flight before it fails them
     * with a {@link SessionClosedException} and closes the driver session at once. Default 10 s.
     */
    public Builder closeTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isNegative()) {
        throw new IllegalArgumentException("closeTimeout must not be negative, got " + timeout);
      }
      this.closeTimeout = timeout;
      return this;
    }

    /**
     * Tells {@code observer} of every DAO call and stream of the session: its statement when the DAO
     * is created, then each call's start and end (see {@link DaoObserver}). Each call adds one;
     * observers are told in the order they were added. {@code augur-micrometer}'s metrics and
     * {@code augur-opentelemetry}'s tracing are observers.
     */
    public Builder observer(DaoObserver observer) {
      observers.add(Objects.requireNonNull(observer, "observer"));
      return this;
    }

    /**
     * Logs a WARN line on the logger {@code dev.augur.runtime.SlowQueries} for every DAO call that
     * takes {@code threshold} or longer: the method, the time, the outcome and the CQL (values only
     * with {@link #logBoundValues}). Null, the default, turns the log off.
     */
    public Builder slowQueryThreshold(Duration threshold) {
      if (threshold != null && (threshold.isNegative() || threshold.isZero())) {
        throw new IllegalArgumentException("slowQueryThreshold must be positive, got " + threshold);
      }
      this.slowQueryThreshold = threshold;
      return this;
    }

    /**
     * Whether the values bound to a statement may appear in the context of a failed call and in the
     * slow-query log. Off by default: values are often personal data, and logs travel further than
     * databases.
     */
    public Builder logBoundValues(boolean enabled) {
      this.logBoundValues = enabled;
      return this;
    }

    /**
     * Whether creating a DAO checks the live schema of the tables its statements are written for
     * (CRUD methods and {@code ${table}} placeholders) against their entities, failing the creation
     * with a {@link DaoCreationException} that lists every difference, column by column. On by
     * default; see {@link EntitySchema#verifyAsync} for what is compared.
     */
    public Builder verifySchemaOnDaoCreation(boolean enabled) {
      this.verifySchemaOnDaoCreation = enabled;
      return this;
    }

    /**
     * Whether reads of several pages fetch the next page while the current one is consumed: streams
     * ({@code Flow.Publisher}, {@code RowStream}, {@code forEachAsync}, the reactive types) whose
     * subscriber wants more rows than the stream buffers, and {@code List} results. Never more than
     * one page ahead, so a stream holds at most two pages. On by default; a stream's {@link
     * StreamOptions#prefetchPages} overrides it. Off, the next page is requested only once the
     * current one has been read.
     */
    public Builder prefetchPages(boolean enabled) {
      this.prefetchPages = enabled;
      return this;
    }

    /**
     * Runs every completion of the stages this session's DAOs return, and every publisher signal,
     * on {@code executor}: an application's event loop, a virtual-thread-per-task executor, a pool.
     * Null restores the default, the driver's I/O threads.
     */
    public Builder callbackExecutor(Executor executor) {
      this.callbackExecutor = executor;
      return this;
    }

    /**
     * Allows at most {@code requests} requests (statements and further pages) sent and not yet
     * answered at once; others wait in a queue, and are sent in the order they came as answers
     * arrive. 0, the default, means no limit.
     */
    public Builder maxRequestsInFlight(int requests) {
      if (requests < 0) {
        throw new IllegalArgumentException("maxRequestsInFlight must be >= 0, got " + requests);
      }
      this.maxRequestsInFlight = requests;
      return this;
    }

    /**
     * How many requests may wait when {@link #maxRequestsInFlight} are in flight; a request beyond
     * fails at once with a {@link RequestOverloadException}. Default: as many as may be in flight.
     * The next page of a stream already being read waits even when the queue is full.
     */
    public Builder maxQueuedRequests(int requests) {
      if (requests < 0) {
        throw new IllegalArgumentException("maxQueuedRequests must be >= 0, got " + requests);
      }
      this.maxQueuedRequests = requests;
      return this;
    }

    /**
     * Signs page tokens with this secret (HMAC-SHA256), so that a client cannot forge one. Every
     * instance of the application that reads another's tokens needs the same secret. By default
     * tokens carry a keyless checksum: they detect corruption and misuse, not a deliberate forger.
     */
    public Builder pageTokenSecret(byte[] secret) {
      if (secret != null && secret.length == 0) {
        throw new IllegalArgumentException("pageTokenSecret must not be empty");
      }
      this.pageTokenSecret = secret == null ? null : secret.clone();
      return this;
    }

    /** Connects without blocking: the stage completes once the driver session is ready. */
    public CompletionStage<AugurSession> connectAsync(CqlSessionBuilder builder) {
      Builder config = copy();
      CompletableFuture<AugurSession> result = new CompletableFuture<>();
      builder
          .buildAsync()
          .whenComplete(
              (session, error) -> {
                if (error != null) {
                  // No session to deliver through; the failure still runs where stages run.
                  Throwable failure = Futures.unwrap(error);
                  Executor executor = config.callbackExecutor;
                  if (executor == null) {
                    result.completeExceptionally(failure);
                    return;
                  }
                  try {
                    executor.execute(() -> result.completeExceptionally(failure));
                  } catch (RejectedExecutionException rejected) {
                    result.completeExceptionally(failure);
                  }
                  return;
                }
                AugurSession augur;
                try {
                  augur = new AugurSession(session, true, config);
                } catch (RuntimeException e) {
                  session.closeAsync();
                  result.completeExceptionally(e);
                  return;
                }
                augur.deliver(result, augur, null);
              });
      return result;
    }

    /**
     * Wraps a session the application already has. The Augur session takes ownership: closing it
     * closes {@code session}.
     */
    public AugurSession wrap(CqlSession session) {
      return new AugurSession(session, true, copy());
    }

    /**
     * Uses a session something else owns: closing the Augur session drains its calls and leaves
     * {@code session} open. See {@link AugurSession#borrow}.
     */
    public AugurSession borrow(CqlSession session) {
      return new AugurSession(session, false, copy());
    }

    private Builder copy() {
      Builder copy = new Builder();
      copy.callbackExecutor = callbackExecutor;
      copy.maxRequestsInFlight = maxRequestsInFlight;
      copy.maxQueuedRequests = maxQueuedRequests;
      copy.pageTokenSecret = pageTokenSecret;
      copy.closeTimeout = closeTimeout;
      copy.observers.addAll(observers);
      copy.slowQueryThreshold = slowQueryThreshold;
      copy.logBoundValues = logBoundValues;
      copy.verifySchemaOnDaoCreation = verifySchemaOnDaoCreation;
      copy.prefetchPages = prefetchPages;
      return copy;
    }
  }

  private record PrepareKey(String cql, boolean idempotent) {}

  private record DaoKey(Class<?> type, CqlIdentifier keyspace, CqlIdentifier table) {}
}
