package dev.augur.example.service;

import dev.augur.example.Reading;
import dev.augur.example.Sensor;
import dev.augur.example.SensorCounter;
import dev.augur.runtime.Page;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the API answers: the entities as JSON, with instants and dates in ISO-8601. */
final class JsonViews {
  private JsonViews() {}

  static JsonObject sensor(Sensor sensor) {
    return new JsonObject()
        .put("id", sensor.id().toString())
        .put("name", sensor.name())
        .put("location", sensor.location())
        .put("unit", sensor.unit())
        .put("installedAt", sensor.installedAt() == null ? null : sensor.installedAt().toString());
  }

  /** A reading without its key: the sensor and day are those of the request. */
  static JsonObject reading(Reading reading) {
    return new JsonObject()
        .put("takenAt", reading.takenAt().toString())
        .put("value", reading.value());
  }

  /** A page of a sensor's day; {@code nextPageToken} is there only if more may follow. */
  static JsonObject page(UUID sensorId, LocalDate day, Page<Reading> page) {
    JsonArray readings = new JsonArray();
    page.rows().forEach(r -> readings.add(reading(r)));
    JsonObject json =
        new JsonObject()
            .put("sensorId", sensorId.toString())
            .put("day", day.toString())
            .put("readings", readings);
    page.nextToken().ifPresent(token -> json.put("nextPageToken", token));
    return json;
  }

  static JsonObject counters(UUID sensorId, LocalDate day, List<SensorCounter> counters) {
    JsonObject totals = new JsonObject();
    counters.forEach(c -> totals.put(c.name(), c.total()));
    return new JsonObject()
        .put("sensorId", sensorId.toString())
        .put("day", day.toString())
        .put("counters", totals);
  }
}
