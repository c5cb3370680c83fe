package dev.augur.it;

import com.datastax.oss.driver.api.core.context.DriverContext;
import com.datastax.oss.driver.api.core.session.throttling.RequestThrottler;
import com.datastax.oss.driver.api.core.session.throttling.Throttled;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A request throttler that lets everything through and counts, per session name: the driver
 * registers every request (a statement, a page, a preparation) with it the moment the request
 * starts, before sending it, and signals a cancelled one. So "nothing was sent" is a count that did
 * not change, and a request tracker told of as many statements as were started (less those
 * cancelled, which no tracker hears of) has seen them all ({@link PageCounter#settle}). Configure
 * it as {@code advanced.throttler.class}.
 */
public final class CountingThrottler implements RequestThrottler {
  private static final Map<String, Counts> BY_SESSION = new ConcurrentHashMap<>();

  /** What one session's driver started and cancelled. */
  public static final class Counts {
    final AtomicInteger started = new AtomicInteger();
    final AtomicInteger cancelled = new AtomicInteger();
    final AtomicInteger statementsStarted = new AtomicInteger();
    final AtomicInteger statementsCancelled = new AtomicInteger();
    volatile boolean configured;

    /** Requests of every kind started. */
    public int started() {
      return started.get();
    }

    /** Requests of every kind cancelled. */
    public int cancelled() {
      return cancelled.get();
    }

    /** Statements and pages started, less those cancelled: what request trackers will hear of. */
    int statementsAwaitingAnswer() {
      return statementsStarted.get() - statementsCancelled.get();
    }
  }

  private final Counts counts;

  /** The constructor the driver calls, once per session. */
  public CountingThrottler(DriverContext context) {
    this.counts = of(context.getSessionName());
    counts.configured = true;
  }

  /** The counts of the session named {@code session}. */
  public static Counts of(String session) {
    return BY_SESSION.computeIfAbsent(session, s -> new Counts());
  }

  @Override
  public void register(Throttled request) {
    counts.started.incrementAndGet();
    if (isStatement(request)) {
      counts.statementsStarted.incrementAndGet();
    }
    request.onThrottleReady(false);
  }

  @Override
  public void signalSuccess(Throttled request) {}

  @Override
  public void signalError(Throttled request, Throwable error) {}

  @Override
  public void signalTimeout(Throttled request) {}

  @Override
  public void signalCancel(Throttled request) {
    counts.cancelled.incrementAndGet();
    if (isStatement(request)) {
      counts.statementsCancelled.incrementAndGet();
    }
  }

  /** Statements, not preparations: request trackers hear only of statements. */
  private static boolean isStatement(Throttled request) {
    return request.getClass().getSimpleName().equals("CqlRequestHandler");
  }

  @Override
  public void close() {}
}
