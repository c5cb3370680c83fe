package dev.augur.example.service;

import static dev.augur.example.service.Backend.onEventLoop;

import dev.augur.example.Sensor;
import dev.augur.example.SensorCounter;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A sensor's counters of a day, in a counter table: {@code POST /sensors/:id/counters/:name}
 * increments one, {@code GET /sensors/:id/counters} reads them all. Handlers run on the request's
 * event loop and never wait.
 */
final class CounterRoutes {
  /** The counter that recording readings increments. */
  static final String READINGS = "readings";

  private final Backend backend;

  CounterRoutes(Backend backend) {
    this.backend = backend;
  }

  /** Adds {@code {"by": n}} (default 1) to a counter of {@code ?day=}: 204, 404, or 400. */
  void increment(RoutingContext rc) {
    UUID id = Params.sensorId(rc);
    String name = Params.counterName(rc);
    LocalDate day = Params.day(rc, backend.clock());
    long by = Inputs.increment(Inputs.json(rc));
    CompletionStage<Void> incremented =
        backend
            .sensors()
            .find(id)
            .thenCompose(
                sensor -> {
                  if (sensor.isEmpty()) {
                    throw ApiError.unknownSensor(id);
                  }
                  return backend.counters().increment(id, day, name, by);
                });
    onEventLoop(rc, incremented)
        .onSuccess(ignored -> rc.response().setStatusCode(204).end())
        .onFailure(rc::fail);
  }

  /** Every counter of a sensor's {@code ?day=}: 200 with {@code {"counters": {name: total}}}. */
  void list(RoutingContext rc) {
    UUID id = Params.sensorId(rc);
    LocalDate day = Params.day(rc, backend.clock());
    CompletableFuture<Optional<Sensor>> sensor = backend.sensors().find(id).toCompletableFuture();
    CompletableFuture<List<SensorCounter>> counters =
        backend.counters().ofDay(id, day).toCompletableFuture();
    onEventLoop(rc, sensor.thenCombine(counters, (found, all) -> found.isPresent() ? all : null))
        .onSuccess(
            all -> {
              if (all == null) {
                rc.fail(ApiError.unknownSensor(id));
              } else {
                Replies.json(rc, 200, JsonViews.counters(id, day, all));
              }
            })
        .onFailure(rc::fail);
  }
}
