package dev.augur.it;

import com.datastax.oss.driver.api.core.context.DriverContext;
import com.datastax.oss.driver.api.core.session.throttling.RequestThrottler;
import com.datastax.oss.driver.api.core.session.throttling.Throttled;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A request throttler that throttles nothing and counts the CQL requests (statements and further
 * pages) the driver starts, and those it cancels: the driver registers every request here before
 * sending it, so a request tracker that has been told of as many as were started has seen them all
 * ({@link PageCounter#settle}). Found by session name; configure it as {@code
 * advanced.throttler.class}.
 */
public final class CountingThrottler implements RequestThrottler {
  private static final Map<String, CountingThrottler> BY_SESSION = new ConcurrentHashMap<>();

  private final AtomicInteger started = new AtomicInteger();
  private final AtomicInteger cancelled = new AtomicInteger();

  /** The constructor the driver calls, once per session. */
  public CountingThrottler(DriverContext context) {
    BY_SESSION.put(context.getSessionName(), this);
  }

  /** The throttler of session {@code name}, or null if it has none. */
  static CountingThrottler of(String name) {
    return BY_SESSION.get(name);
  }

  /** Statements and pages started, less those cancelled (which no tracker hears of). */
  int awaitingAnswer() {
    return started.get() - cancelled.get();
  }

  @Override
  public void register(Throttled request) {
    if (isStatement(request)) {
      started.incrementAndGet();
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
    if (isStatement(request)) {
      cancelled.incrementAndGet();
    }
  }

  /** Statements, not preparations: request trackers hear only of statements. */
  private static boolean isStatement(Throttled request) {
    return request.getClass().getSimpleName().equals("CqlRequestHandler");
  }

  @Override
  public void close() {}
}
