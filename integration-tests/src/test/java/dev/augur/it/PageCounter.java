package dev.augur.it;

import com.datastax.oss.driver.api.core.config.DriverExecutionProfile;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.api.core.session.Request;
import com.datastax.oss.driver.api.core.tracker.RequestTracker;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts the requests (one per page) the driver completed, per prepared CQL string. */
final class PageCounter implements RequestTracker {
  private final Map<String, AtomicInteger> pages = new ConcurrentHashMap<>();

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
  }

  int pages(String cql) {
    AtomicInteger count = pages.get(cql);
    return count == null ? 0 : count.get();
  }

  /** Waits (up to 10 s) for {@code expected} pages, then a little more to see that no more come. */
  int settle(String cql, int expected) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (pages(cql) < expected && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    Thread.sleep(150);
    return pages(cql);
  }

  @Override
  public void close() {}
}
