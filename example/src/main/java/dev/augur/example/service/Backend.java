package dev.augur.example.service;

import dev.augur.example.ReadingDao;
import dev.augur.example.SensorCounterDao;
import dev.augur.example.SensorDao;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletionStage;

/**
 * What the handlers share, created once at startup: the DAOs (their statements prepared), the
 * metrics, the request counter. Every part is thread-safe; each event loop's router uses the same.
 *
 * @param sensors sensors by id
 * @param readings readings by sensor and day
 * @param counters counters by sensor and day
 * @param metrics the registry behind {@code GET /metrics}
 * @param inFlight requests in flight, and the drain at shutdown
 * @param clock what "now" and "today" are
 * @param streamDeadline how long one NDJSON stream may run
 */
record Backend(
    SensorDao sensors,
    ReadingDao readings,
    SensorCounterDao counters,
    Metrics metrics,
    InFlight inFlight,
    Clock clock,
    Duration streamDeadline) {

  /**
   * Continues on the request's event loop once {@code stage} completes. DAO stages complete on the
   * driver's I/O threads (the session has no callback executor, since requests arrive on several
   * event loops and each must be answered on its own); this hop is what makes it safe to touch the
   * response in {@code onSuccess}/{@code onFailure}.
   */
  static <T> Future<T> onEventLoop(RoutingContext rc, CompletionStage<T> stage) {
    return Future.fromCompletionStage(stage, rc.vertx().getOrCreateContext());
  }
}
