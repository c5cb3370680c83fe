package dev.augur.runtime;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.ColumnDefinitions;
import com.datastax.oss.driver.api.core.cql.ExecutionInfo;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Statement;
import com.datastax.oss.driver.api.core.metadata.Node;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs DAO calls for one session: admits each through the session's lifecycle (refused at once when
 * closing), completes it exactly once (normally, or with a {@link SessionClosedException} at the
 * close deadline), attaches a {@link DaoCallContext} to its failure, and reports it to the session's
 * {@link DaoObserver} and the slow-query log. Adds no thread: everything runs where the call's own completion runs.
 */
final class DaoCalls {
  /** The slow-query log: one WARN line per call slower than the session's threshold. */
  static final Logger SLOW_QUERIES = LoggerFactory.getLogger("dev.augur.runtime.SlowQueries");

  private final AugurSession session;
  private final SessionLifecycle lifecycle;
  private final DaoObserver observer;
  private final long slowNanos;
  private final boolean boundValues;

  DaoCalls(
      AugurSession session,
      SessionLifecycle lifecycle,
      DaoObserver observer,
      Duration slowThreshold,
      boolean boundValues) {
    this.session = session;
    this.lifecycle = lifecycle;
    this.observer = observer;
    this.slowNanos = slowThreshold == null ? 0 : slowThreshold.toNanos();
    this.boundValues = boundValues;
  }

  /** One prepared DAO statement: its method, its CQL and what observes its calls (or null). */
  record Site(String method, String cql, DaoObserver.Method observed) {}

  Site site(String method, PreparedStatement prepared) {
    String cql = prepared.getQuery();
    if (observer == null) {
      return new Site(method, cql, null);
    }
    ObservedStatement statement =
        new ObservedStatement(
            session.cqlSession().getName(),
            method,
            cql,
            operation(cql),
            keyspaceOf(prepared),
            tableOf(prepared));
    DaoObserver.Method observed;
    try {
      observed = observer.statement(statement);
    } catch (RuntimeException e) {
      DaoObservers.FAILURES.warn("{}: the observer failed; its calls are not observed", method, e);
      observed = null;
    }
    return new Site(method, cql, observed);
  }

  /** The observation of one call of {@code site} starting now, or null. */
  static DaoObserver.Observation start(Site site) {
    if (site.observed() == null) {
      return null;
    }
    try {
      return site.observed().start();
    } catch (RuntimeException e) {
      DaoObservers.FAILURES.warn("{}: the observer failed to start a call", site.method(), e);
      return null;
    }
  }

  /** Ends {@code observation} (null: nothing to end). */
  static void end(
      Site site,
      DaoObserver.Observation observation,
      long nanos,
      long rows,
      Throwable error,
      boolean slow) {
    if (observation == null) {
      return;
    }
    try {
      observation.end(nanos, rows, error, slow);
    } catch (RuntimeException e) {
      DaoObservers.FAILURES.warn("{}: the observer failed to end a call", site.method(), e);
    }
  }

  /** The rows a call's value holds, for its observer: -1 when it is not rows. */
  private static long rows(Object value) {
    if (value instanceof Collection<?> rows) {
      return rows.size();
    }
    if (value instanceof Page<?> page) {
      return page.rows().size();
    }
    if (value instanceof Optional<?> row) {
      return row.isPresent() ? 1 : 0;
    }
    return -1;
  }

  private static String operation(String cql) {
    String trimmed = cql.strip();
    int end = 0;
    while (end < trimmed.length() && Character.isLetter(trimmed.charAt(end))) {
      end++;
    }
    return trimmed.substring(0, end).toUpperCase(Locale.ROOT);
  }

  private String keyspaceOf(PreparedStatement prepared) {
    for (ColumnDefinitions columns :
        List.of(prepared.getVariableDefinitions(), prepared.getResultSetDefinitions())) {
      if (columns.size() > 0) {
        return columns.get(0).getKeyspace().asInternal();
      }
    }
    return session.cqlSession().getKeyspace().map(CqlIdentifier::asInternal).orElse(null);
  }

  private static String tableOf(PreparedStatement prepared) {
    for (ColumnDefinitions columns :
        List.of(prepared.getVariableDefinitions(), prepared.getResultSetDefinitions())) {
      if (columns.size() > 0) {
        return columns.get(0).getTable().asInternal();
      }
    }
    return null;
  }

  /**
   * Runs one call of {@code site}: {@code execution} sends {@code statement} and maps its result.
   * The stage fails with the exception {@code execution}'s stage failed with, itself, carrying a
   * {@link DaoCallContext}; or with a {@link SessionClosedException} if the session is closing.
   */
  <R> CompletionStage<R> run(
      Site site, Statement<?> statement, Function<Statement<?>, CompletionStage<R>> execution) {
    Call<R> call = new Call<>(site, statement);
    if (!admit(call)) {
      return call.result;
    }
    CompletionStage<R> running;
    try {
      running = execution.apply(statement);
    } catch (RuntimeException e) {
      running = CompletableFuture.failedFuture(e);
    }
    call.result.sending(running);
    running.whenComplete(call::onResult);
    return call.result;
  }

  /**
   * Runs one call of {@code site} whose result is the first page alone: {@code reader} reads the
   * driver's result set into the call's value, on the callback executor if the session has one. The
   * same as {@link #run} with a stage that reads the page, without that stage.
   */
  <R> CompletionStage<R> read(
      Site site, Statement<?> statement, Function<AsyncResultSet, ? extends R> reader) {
    PageCall<R> call = new PageCall<>(site, statement, reader);
    if (admit(call)) {
      CompletionStage<AsyncResultSet> sent = session.sendForCall(statement);
      call.result.sending(sent);
      sent.whenComplete(call);
    }
    return call.result;
  }

  /** Admits {@code call}, or completes it at once with a {@link SessionClosedException}. */
  private boolean admit(Call<?> call) {
    Site site = call.site;
    call.observation = start(site); // before admission, so that an abort always finds it
    if (!lifecycle.enterCall(call)) {
      SessionClosedException refused =
          new SessionClosedException(
              site.method()
                  + ": refused without being sent: the Augur session is closing or closed"
                  + " (closeAsync was called). Create DAOs at startup and close the session only"
                  + " once the application stops calling them.");
      end(site, call.observation, 0, -1, refused, false);
      call.result.completeExceptionally(refused);
      return false;
    }
    return true;
  }

  /**
   * {@code stage}, whose failure carries a {@link DaoCallContext} for {@code site}: for the pages
   * of a stream, whose failures reach the subscriber's {@code onError}.
   */
  <T> CompletionStage<T> withContext(Site site, Statement<?> statement, CompletionStage<T> stage) {
    CompletableFuture<T> result = new CompletableFuture<>();
    stage.whenComplete(
        (value, error) -> {
          if (error == null) {
            result.complete(value);
          } else {
            result.completeExceptionally(context(site, statement, Futures.unwrap(error), 0, false));
          }
        });
    return result;
  }

  /**
   * {@code error}, carrying a {@link DaoCallContext} for {@code site}: a failure before sending.
   */
  Throwable withContext(Site site, Statement<?> statement, Throwable error) {
    return context(site, statement, error, 0, false);
  }

  /** One DAO call in flight. */
  private class Call<R> implements SessionLifecycle.InFlight {
    final CancellableCall<R> result = new CancellableCall<>();
    final Site site;
    final Statement<?> statement;
    private final long start;
    DaoObserver.Observation observation;

    Call(Site site, Statement<?> statement) {
      this.site = site;
      this.statement = statement;
      this.start = site.observed() != null || slowNanos > 0 ? System.nanoTime() : 0;
    }

    void onResult(R value, Throwable error) {
      if (!lifecycle.leave(this)) {
        return; // aborted when the close deadline passed; the late result has nowhere to go
      }
      long elapsed = elapsed();
      Throwable failure = error == null ? null : withContext(Futures.unwrap(error), elapsed);
      report(elapsed, observation == null ? -1 : rows(value), failure);
      if (failure == null) {
        result.complete(value);
      } else {
        result.completeExceptionally(failure);
      }
    }

    @Override
    public void abort(String why) {
      long elapsed = elapsed();
      SessionClosedException closed =
          new SessionClosedException(site.method() + ": did not complete: " + why);
      withContext(closed, elapsed);
      report(elapsed, -1, closed);
      session.deliver(result, null, closed);
    }

    private long elapsed() {
      return start == 0 ? 0 : System.nanoTime() - start;
    }

    private void report(long elapsed, long rows, Throwable failure) {
      boolean slow = slowNanos > 0 && elapsed >= slowNanos;
      end(site, observation, elapsed, rows, failure, slow);
      if (slow && SLOW_QUERIES.isWarnEnabled()) {
        SLOW_QUERIES.warn(
            "{} took {} ms (slow-query threshold {} ms) and {}: {}{}",
            site.method(),
            TimeUnit.NANOSECONDS.toMillis(elapsed),
            TimeUnit.NANOSECONDS.toMillis(slowNanos),
            failure == null ? "succeeded" : "failed with " + failure.getClass().getSimpleName(),
            site.cql(),
            boundValues ? "; values: " + values() : "");
      }
    }

    private Throwable withContext(Throwable error, long elapsed) {
      return context(site, statement, error, elapsed, start != 0);
    }

    private String values() {
      return BoundValues.describe(statement, session.codecRegistry(), session.protocolVersion());
    }
  }

  /** A call that reads its value from the first page: it is the page's callback itself. */
  private final class PageCall<R> extends Call<R> implements BiConsumer<AsyncResultSet, Throwable> {
    private final Function<AsyncResultSet, ? extends R> reader;

    PageCall(Site site, Statement<?> statement, Function<AsyncResultSet, ? extends R> reader) {
      super(site, statement);
      this.reader = reader;
    }

    @Override
    public void accept(AsyncResultSet page, Throwable error) {
      if (session.callbackExecutor() == null) {
        complete(page, error);
      } else {
        session.onCallbackThread(() -> complete(page, error), rejected -> onResult(null, rejected));
      }
    }

    private void complete(AsyncResultSet page, Throwable error) {
      if (error != null) {
        onResult(null, error);
        return;
      }
      R value;
      try {
        value = reader.apply(page);
      } catch (RuntimeException e) {
        onResult(null, e);
        return;
      }
      onResult(value, null);
    }
  }

  /** Adds a {@link DaoCallContext} to {@code error}, unless it has one; returns {@code error}. */
  private Throwable context(
      Site site, Statement<?> statement, Throwable error, long elapsed, boolean timed) {
    if (DaoCallContext.of(error).isPresent()) {
      return error;
    }
    StringBuilder message = new StringBuilder(site.method()).append(" failed");
    if (timed) {
      message.append(" after ").append(TimeUnit.NANOSECONDS.toMillis(elapsed)).append(" ms");
    }
    message.append(": ").append(site.cql());
    attempts(error, message);
    if (boundValues) {
      message
          .append("; values: ")
          .append(
              BoundValues.describe(statement, session.codecRegistry(), session.protocolVersion()));
    }
    error.addSuppressed(new DaoCallContext(site.method(), site.cql(), message.toString()));
    return error;
  }

  /** Where the driver sent the request, and what went wrong on earlier attempts. */
  private static void attempts(Throwable error, StringBuilder message) {
    if (error instanceof AllNodesFailedException all) {
      List<String> tried = new ArrayList<>();
      for (Map.Entry<Node, List<Throwable>> node : all.getAllErrors().entrySet()) {
        for (Throwable attempt : node.getValue()) {
          tried.add(node.getKey().getEndPoint() + " " + attempt.getClass().getSimpleName());
        }
      }
      if (!tried.isEmpty()) {
        message.append("; tried ").append(String.join(", ", tried));
      }
      return;
    }
    if (!(error instanceof DriverException driverError)) {
      return;
    }
    ExecutionInfo info = driverError.getExecutionInfo();
    if (info == null) {
      return;
    }
    if (info.getCoordinator() != null) {
      message.append("; coordinator ").append(info.getCoordinator().getEndPoint());
    }
    if (!info.getErrors().isEmpty()) {
      List<String> earlier = new ArrayList<>();
      for (Map.Entry<Node, Throwable> attempt : info.getErrors()) {
        earlier.add(
            attempt.getKey().getEndPoint() + " " + attempt.getValue().getClass().getSimpleName());
      }
      message.append("; earlier attempts: ").append(String.join(", ", earlier));
    }
    if (info.getSpeculativeExecutionCount() > 0) {
      message.append("; speculative executions: ").append(info.getSpeculativeExecutionCount());
    }
  }
}
