package dev.augur.example.service;

import io.vertx.core.Handler;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The first handler of every request: counts the requests in flight, times them into the metrics,
 * and once the service is draining turns new requests away with 503 and {@code connection: close},
 * so that a load balancer moves on while the requests already admitted finish.
 *
 * <p>Runs on the event loop of the request's connection; the counts are shared by all event loops.
 */
final class InFlight implements Handler<RoutingContext> {
  /** The key under which a route records its template, for the metrics' {@code route} tag. */
  static final String ROUTE = "telemetry.route";

  private final Metrics metrics;
  private final AtomicInteger current = new AtomicInteger();
  private final AtomicInteger peak = new AtomicInteger();
  private final CompletableFuture<Void> idle = new CompletableFuture<>();
  private volatile boolean draining;

  InFlight(Metrics metrics) {
    this.metrics = metrics;
  }

  @Override
  public void handle(RoutingContext rc) {
    if (draining) {
      rc.response().putHeader("connection", "close");
      Replies.json(
          rc,
          503,
          new JsonObject()
              .put("error", "shutting_down")
              .put("message", "this instance is stopping"));
      return;
    }
    long start = System.nanoTime();
    peak.accumulateAndGet(current.incrementAndGet(), Math::max);
    // Called once the response has ended, or the connection closed before it did.
    rc.addEndHandler(
        ended -> {
          String route = rc.get(ROUTE);
          metrics.request(
              rc.request().method().name(),
              route != null ? route : "unmatched",
              rc.response().getStatusCode(),
              System.nanoTime() - start);
          if (current.decrementAndGet() == 0 && draining) {
            idle.complete(null);
          }
        });
    rc.next();
  }

  /**
   * Turns new requests away from now on; the stage completes when the last request admitted before
   * has ended.
   */
  CompletionStage<Void> drain() {
    draining = true;
    if (current.get() == 0) {
      idle.complete(null);
    }
    return idle;
  }

  boolean draining() {
    return draining;
  }

  /** Requests admitted and not yet ended. */
  int current() {
    return current.get();
  }

  /** The most requests that were in flight at once since the start. */
  int peak() {
    return peak.get();
  }
}
