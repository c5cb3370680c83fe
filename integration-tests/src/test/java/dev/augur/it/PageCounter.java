package dev.augur.it;

import com.datastax.oss.driver.api.core.config.DriverExecutionProfile;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.Statement;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.api.core.session.Request;
import com.datastax.oss.driver.api.core.session.Session;
import com.datastax.oss.driver.api.core.tracker.RequestTracker;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the requests (one per page) the driver completed, per prepared CQL string, on sessions
 * whose throttler is a {@link CountingThrottler}.
 */
public class PageCounter implements RequestTracker {
  private final Map<String, AtomicInteger> pages = new ConcurrentHashMap<>();
  private final AtomicInteger answered = new AtomicInteger();
  private final Set<String> sessions = ConcurrentHashMap.newKeySet();

  @Override
  public void onSessionReady(Session session) {
    sessions.add(session.getName());
  }

  @Override
  public void onSuccess(
      Request request,
      long latencyNanos,
      DriverExecutionProfile profile,
      Node node,
      String logPrefix) {
    if (request instanceof BoundStatement bound) {
      pages
          .computeIfAbsent(bound.getPreparedStatement().getQuery(), q -> new AtomicInteger())
          .incrementAndGet();
    }
    answered(request);
  }

  @Override
  public void onError(
      Request request,
      Throwable error,
      long latencyNanos,
      DriverExecutionProfile profile,
      Node node,
      String logPrefix) {
    answered(request);
  }

  private void answered(Request request) {
    if (request instanceof Statement<?>) {
      answered.incrementAndGet();
    }
  }

  public int pages(String cql) {
    AtomicInteger count = pages.get(cql);
    return count == null ? 0 : count.get();
  }

  /**
   * The count of {@code cql}'s pages once at least {@code expected} are counted and every request
   * the sessions started has been answered and counted (up to 10 s). Taken after a stream has
   * completed, failed or been cancelled, it is final: the stream starts no request after that, and
   * a request started while one was answered is seen by the throttler before the answer reaches
   * this tracker. (The driver tells its trackers of a page just after completing the page's future,
   * so a count taken at once may miss the page just read.)
   */
  public int settle(String cql, int expected) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!(pages(cql) >= expected && answered.get() >= awaitingAnswer())) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "after 10 s, "
                + pages(cql)
                + " pages of "
                + cql
                + " (expected at least "
                + expected
                + "), "
                + answered.get()
                + " of "
                + awaitingAnswer()
                + " requests answered");
      }
      Thread.sleep(1);
    }
    return pages(cql);
  }

  /** The count once every request started has been answered and counted. */
  public int settledCount(String cql) {
    try {
      return settle(cql, 0);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return pages(cql);
    }
  }

  private int awaitingAnswer() {
    int started = 0;
    for (String session : sessions) {
      CountingThrottler.Counts counts = CountingThrottler.of(session);
      if (!counts.configured) {
        throw new IllegalStateException(
            "session " + session + " has no CountingThrottler: configure advanced.throttler.class");
      }
      started += counts.statementsAwaitingAnswer();
    }
    return started;
  }

  @Override
  public void close() {}
}
