package dev.augur.it.reactive;

import com.datastax.oss.driver.api.core.context.DriverContext;
import com.datastax.oss.driver.api.core.session.throttling.RequestThrottler;
import com.datastax.oss.driver.api.core.session.throttling.Throttled;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A request throttler that lets everything through and counts, per session name: the driver
 * registers every request (a statement, a page, a preparation) with it the moment the request
 * starts, and signals a cancelled one. So "nothing was sent" is a count that did not change.
 */
public final class CountingThrottler implements RequestThrottler {
  private static final Map<String, Counts> BY_SESSION = new ConcurrentHashMap<>();

  /** What one session's driver started and cancelled. */
  public static final class Counts {
    final AtomicInteger started = new AtomicInteger();
    final AtomicInteger cancelled = new AtomicInteger();

    public int started() {
      return started.get();
    }

    public int cancelled() {
      return cancelled.get();
    }
  }

  private final Counts counts;

  public CountingThrottler(DriverContext context) {
    this.counts = of(context.getSessionName());
  }

  /** The counts of the session named {@code session}. */
  public static Counts of(String session) {
    return BY_SESSION.computeIfAbsent(session, s -> new Counts());
  }

  @Override
  public void register(Throttled request) {
    counts.started.incrementAndGet();
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
  }

  @Override
  public void close() {}
}
