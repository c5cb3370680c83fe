package dev.augur.example.service;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The HTTP API, as a Vert.x Web router:
 *
 * <pre>
 * POST /sensors                              create a sensor          201, 400, 409, 415
 * GET  /sensors/:id                          a sensor                 200, 400, 404
 * POST /sensors/:id/readings                 record readings          201, 400, 404
 * GET  /sensors/:id/readings                 a page of a day          200, 400, 404
 *        ?day=YYYY-MM-DD&amp;pageSize=&amp;pageToken=
 * GET  /sensors/:id/readings/stream          a whole day, NDJSON      200, 400, 404
 *        ?day=YYYY-MM-DD&amp;limit=
 * POST /sensors/:id/counters/:name?day=      increment a counter      204, 400, 404
 * GET  /sensors/:id/counters?day=            a day's counters         200, 400, 404
 * GET  /health                               up, or draining          200, 503
 * GET  /metrics                              Prometheus               200
 * </pre>
 *
 * <p>Errors are JSON: {@code {"error": code, "message": ..., "fields": {...}}}. Each event loop has
 * a router of its own; they share one {@link Backend}.
 */
final class Api {
  /** The largest request body: 1,000 readings fit. */
  static final int BODY_LIMIT = 256 * 1024;

  private Api() {}

  static Router router(Vertx vertx, Backend backend) {
    Router router = Router.router(vertx);
    router.route().handler(backend.inFlight());
    router.route().failureHandler(Failures::handle);
    for (int status : new int[] {404, 405, 500}) {
      router.errorHandler(status, Failures::handle);
    }

    SensorRoutes sensors = new SensorRoutes(backend);
    ReadingRoutes readings = new ReadingRoutes(backend);
    CounterRoutes counters = new CounterRoutes(backend);
    BodyHandler body = BodyHandler.create(false).setBodyLimit(BODY_LIMIT);

    on(router, HttpMethod.POST, "/sensors", body).handler(sensors::create);
    on(router, HttpMethod.GET, "/sensors/:id", null).handler(sensors::get);
    on(router, HttpMethod.POST, "/sensors/:id/readings", body).handler(readings::record);
    on(router, HttpMethod.GET, "/sensors/:id/readings", null).handler(readings::page);
    on(router, HttpMethod.GET, "/sensors/:id/readings/stream", null).handler(readings::stream);
    on(router, HttpMethod.POST, "/sensors/:id/counters/:name", body).handler(counters::increment);
    on(router, HttpMethod.GET, "/sensors/:id/counters", null).handler(counters::list);
    on(router, HttpMethod.GET, "/health", null).handler(Api::health);
    on(router, HttpMethod.GET, "/metrics", null).handler(metrics(backend.metrics()));
    return router;
  }

  /**
   * A route that reads the body first if {@code body} is given (Vert.x Web wants it first), then
   * records its template for the metrics.
   */
  static Route on(Router router, HttpMethod method, String path, BodyHandler body) {
    Route route = router.route(method, path);
    if (body != null) {
      route.handler(body);
    }
    return route.handler(
        rc -> {
          rc.put(InFlight.ROUTE, path);
          rc.next();
        });
  }

  private static void health(RoutingContext rc) {
    // While draining, InFlight answers 503 before this runs.
    Replies.json(rc, 200, new JsonObject().put("status", "up"));
  }

  private static Handler<RoutingContext> metrics(Metrics metrics) {
    // Formatting every meter is CPU work of milliseconds, more on a cold or busy JVM: it runs on
    // a worker thread, and the answer is written back on the event loop.
    return rc ->
        rc.vertx()
            .executeBlocking(metrics::scrape, false)
            .onSuccess(
                text ->
                    rc.response()
                        .putHeader("content-type", "text/plain; version=0.0.4; charset=utf-8")
                        .end(text))
            .onFailure(rc::fail);
  }
}
