package dev.augur.runtime;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.ExecutionInfo;
import com.datastax.oss.driver.api.core.cql.Statement;
import com.datastax.oss.driver.api.core.metadata.Node;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * close deadline), attaches a {@link DaoCallContext} to its failure, and reports it to the metrics
 * and the slow-query log. Adds no thread: everything runs where the call's own completion runs.
 */
final class DaoCalls {
  /** The slow-query log: one WARN line per call slower than the session's threshold. */
  static final Logger SLOW_QUERIES = LoggerFactory.getLogger("dev.augur.runtime.SlowQueries");

  private final AugurSession session;
  private final SessionLifecycle lifecycle;
  private final DaoMetrics metrics;
  private final long slowNanos;
  private final boolean boundValues;

  DaoCalls(
      AugurSession session,
      SessionLifecycle lifecycle,
      DaoMetrics metrics,
      Duration slowThreshold,
      boolean boundValues) {
    this.session = session;
    this.lifecycle = lifecycle;
    this.metrics = metrics;
    this.slowNanos = slowThreshold == null ? 0 : slowThreshold.toNanos();
    this.boundValues = boundValues;
  }

  /** One prepared DAO statement: its method, its CQL and its method's meters. */
  record Site(String method, String cql, DaoMetrics.MethodMeters meters) {}

  Site site(String method, String cql) {
    return new Site(method, cql, metrics == null ? null : metrics.method(method));
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
    if (!lifecycle.enterCall(call)) {
      SessionClosedException refused =
          new SessionClosedException(
              site.method()
                  + ": refused without being sent: the Augur session is closing or closed"
                  + " (closeAsync was called). Create DAOs at startup and close the session only"
                  + " once the application stops calling them.");
      if (site.meters() != null) {
        site.meters().started();
        site.meters().finished(0, refused, false);
      }
      call.result.completeExceptionally(refused);
      return false;
    }
    if (site.meters() != null) {
      site.meters().started();
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

    Call(Site site, Statement<?> statement) {
      this.site = site;
      this.statement = statement;
      this.start = metrics != null || slowNanos > 0 ? System.nanoTime() : 0;
    }

    void onResult(R value, Throwable error) {
      if (!lifecycle.leave(this)) {
        return; // aborted when the close deadline passed; the late result has nowhere to go
      }
      long elapsed = elapsed();
      Throwable failure = error == null ? null : withContext(Futures.unwrap(error), elapsed);
      report(elapsed, failure);
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
      report(elapsed, closed);
      session.deliver(result, null, closed);
    }

    private long elapsed() {
      return start == 0 ? 0 : System.nanoTime() - start;
    }

    private void report(long elapsed, Throwable failure) {
      boolean slow = slowNanos > 0 && elapsed >= slowNanos;
      if (site.meters() != null) {
        site.meters().finished(elapsed, failure, slow);
      }
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
