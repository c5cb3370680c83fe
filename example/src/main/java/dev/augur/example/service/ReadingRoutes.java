package dev.augur.example.service;

import static dev.augur.example.service.Backend.onEventLoop;

import dev.augur.example.BoundedWrites;
import dev.augur.example.Reading;
import dev.augur.example.Sensor;
import dev.augur.runtime.Page;
import dev.augur.runtime.PageRequest;
import dev.augur.runtime.StreamOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

/**
 * The time series: readings partitioned by (sensor, day), newest first. Recording, a page at a time
 * with page tokens, and the whole day as an NDJSON stream.
 *
 * <p>Handlers run on the request's event loop. Stages chained with {@code thenCompose} run their
 * next step on the driver thread that completed the previous one, which only starts another
 * asynchronous call; the answer is written back on the event loop ({@link Backend#onEventLoop}).
 */
final class ReadingRoutes {
  /** Writes one request's readings with at most this many in flight. */
  private static final int WRITES_IN_FLIGHT = 16;

  /** Rows per page a stream fetches from Cassandra. */
  private static final int STREAM_PAGE_SIZE = 1_000;

  private final Backend backend;

  ReadingRoutes(Backend backend) {
    this.backend = backend;
  }

  /**
   * Records one reading or an array of them: 201, or 404 for an unknown sensor. Each day's
   * "readings" counter is incremented by the readings written to it.
   */
  void record(RoutingContext rc) {
    UUID id = Params.sensorId(rc);
    List<Reading> readings = Inputs.readings(id, Inputs.json(rc), backend.clock());
    CompletionStage<Integer> written =
        backend
            .sensors()
            .find(id)
            .thenCompose(
                sensor -> {
                  if (sensor.isEmpty()) {
                    throw ApiError.unknownSensor(id);
                  }
                  return BoundedWrites.run(
                      readings.size(),
                      WRITES_IN_FLIGHT,
                      i -> backend.readings().save(readings.get(i)));
                })
            // Counters only after the readings: a failed write is retried by the client, and
            // counter increments are not idempotent.
            .thenCompose(count -> countPerDay(id, readings).thenApply(ignored -> count));
    onEventLoop(rc, written)
        .onSuccess(
            count -> {
              JsonObject body =
                  readings.size() == 1
                      ? JsonViews.reading(readings.get(0))
                          .put("sensorId", id.toString())
                          .put("day", readings.get(0).day().toString())
                      : new JsonObject().put("sensorId", id.toString()).put("written", count);
              Replies.json(rc, 201, body);
            })
        .onFailure(rc::fail);
  }

  /**
   * A page of a sensor's day: {@code ?day=&pageSize=&pageToken=}; the answer's {@code
   * nextPageToken} asks for the next page. 400 for a token of another sensor or day, or an altered
   * one; 404 for an unknown sensor. The sensor and the page are read concurrently.
   */
  void page(RoutingContext rc) {
    UUID id = Params.sensorId(rc);
    LocalDate day = Params.day(rc, backend.clock());
    PageRequest request = PageRequest.of(Params.pageSize(rc), Params.pageToken(rc));
    CompletableFuture<Optional<Sensor>> sensor = backend.sensors().find(id).toCompletableFuture();
    CompletableFuture<Page<Reading>> page =
        backend.readings().page(id, day, request).toCompletableFuture();
    onEventLoop(rc, sensor.thenCombine(page, (found, rows) -> found.isPresent() ? rows : null))
        .onSuccess(
            rows -> {
              if (rows == null) {
                rc.fail(ApiError.unknownSensor(id));
              } else {
                Replies.json(rc, 200, JsonViews.page(id, day, rows));
              }
            })
        .onFailure(rc::fail);
  }

  /**
   * A sensor's whole day, newest first, as NDJSON: {@code ?day=&limit=}. Written at the client's
   * pace (see {@link NdjsonResponse}); 404 for an unknown sensor, before any row.
   */
  void stream(RoutingContext rc) {
    UUID id = Params.sensorId(rc);
    LocalDate day = Params.day(rc, backend.clock());
    long limit = Params.limit(rc);
    StreamOptions options =
        StreamOptions.DEFAULTS
            .pageSize(STREAM_PAGE_SIZE)
            .deadline(backend.streamDeadline())
            .onPage((number, rows) -> backend.metrics().rowsFetched(rows));
    StreamOptions bounded = limit > 0 ? options.maxRows(limit) : options;
    onEventLoop(rc, backend.sensors().find(id))
        .onSuccess(
            sensor -> {
              if (sensor.isEmpty()) {
                rc.fail(ApiError.unknownSensor(id));
              } else {
                NdjsonResponse.write(
                    rc, backend.readings().stream(id, day, bounded), backend.metrics());
              }
            })
        .onFailure(rc::fail);
  }

  private CompletionStage<Void> countPerDay(UUID id, List<Reading> readings) {
    Map<LocalDate, Long> perDay =
        readings.stream()
            .collect(Collectors.groupingBy(Reading::day, TreeMap::new, Collectors.counting()));
    return CompletableFuture.allOf(
        perDay.entrySet().stream()
            .map(
                e ->
                    backend
                        .counters()
                        .increment(id, e.getKey(), CounterRoutes.READINGS, e.getValue())
                        .toCompletableFuture())
            .toArray(CompletableFuture[]::new));
  }
}
