package dev.augur.example.service;

import static dev.augur.example.service.Backend.onEventLoop;

import dev.augur.example.Sensor;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;

/**
 * {@code POST /sensors} and {@code GET /sensors/:id}: the lookup table, one partition per sensor.
 * Handlers run on the request's event loop and never wait: each DAO call returns a stage, and the
 * answer is written once it completes, back on that loop.
 */
final class SensorRoutes {
  private final Backend backend;

  SensorRoutes(Backend backend) {
    this.backend = backend;
  }

  /** Creates a sensor: 201 with it, 409 if its id is taken, 400 for a bad body. */
  void create(RoutingContext rc) {
    Sensor sensor = Inputs.sensor(Inputs.json(rc), backend.clock());
    onEventLoop(rc, backend.sensors().create(sensor))
        .onSuccess(
            created -> {
              if (!created) {
                rc.fail(
                    new ApiError(
                        409, "sensor_exists", "a sensor with id " + sensor.id() + " exists"));
                return;
              }
              rc.response().putHeader("location", "/sensors/" + sensor.id());
              Replies.json(rc, 201, JsonViews.sensor(sensor));
            })
        .onFailure(rc::fail);
  }

  /** A sensor by id: 200, or 404 if there is none. */
  void get(RoutingContext rc) {
    UUID id = Params.sensorId(rc);
    onEventLoop(rc, backend.sensors().find(id))
        .onSuccess(
            found ->
                found.ifPresentOrElse(
                    sensor -> Replies.json(rc, 200, JsonViews.sensor(sensor)),
                    () -> rc.fail(ApiError.unknownSensor(id))))
        .onFailure(rc::fail);
  }
}
