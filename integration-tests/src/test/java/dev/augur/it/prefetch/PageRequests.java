package dev.augur.it.prefetch;

import com.datastax.oss.driver.api.core.RequestThrottlingException;
import com.datastax.oss.driver.api.core.context.DriverContext;
import com.datastax.oss.driver.api.core.session.throttling.RequestThrottler;
import com.datastax.oss.driver.api.core.session.throttling.Throttled;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A request throttler (configured as {@code advanced.throttler.class}) that counts, per session,
 * every request the driver starts, at the moment it starts and before it is sent, and that can
 * refuse one chosen request: the driver then fails that request's future with the {@link
 * RequestThrottlingException}, as it does when a real throttler gives up.
 */
public final class PageRequests implements RequestThrottler {
  private static final Map<String, PageRequests> BY_SESSION = new ConcurrentHashMap<>();
  private final AtomicInteger started = new AtomicInteger();
  private final AtomicInteger refuse = new AtomicInteger();

  /** The constructor the driver calls, once per session. */
  public PageRequests(DriverContext context) {
    BY_SESSION.put(context.getSessionName(), this);
  }

  static PageRequests of(String session) {
    PageRequests requests = BY_SESSION.get(session);
    if (requests == null) {
      throw new IllegalStateException("session " + session + " has no PageRequests throttler");
    }
    return requests;
  }

  /** Requests started so far. */
  int started() {
    return started.get();
  }

  /** Refuses the request that will make {@link #started} reach {@code count}. */
  void refuse(int count) {
    refuse.set(count);
  }

  @Override
  public void register(Throttled request) {
    int count = started.incrementAndGet();
    if (refuse.compareAndSet(count, 0)) {
      request.onThrottleFailure(new RequestThrottlingException("refused request " + count));
    } else {
      request.onThrottleReady(false);
    }
  }

  @Override
  public void signalSuccess(Throttled request) {}

  @Override
  public void signalError(Throttled request, Throwable error) {}

  @Override
  public void signalTimeout(Throttled request) {}

  @Override
  public void signalCancel(Throttled request) {}

  @Override
  public void close() {}
}
