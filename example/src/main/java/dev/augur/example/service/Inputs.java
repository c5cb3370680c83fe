package dev.augur.example.service;

import dev.augur.example.Reading;
import dev.augur.example.Sensor;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Request bodies: parsed as JSON, checked field by field, and turned into entities. Every problem
 * of a body is reported at once, as a 400 whose {@code fields} name each bad field and say why.
 */
final class Inputs {
  /** At most this many readings in one request. */
  static final int MAX_READINGS = 1_000;

  private static final long MAX_INCREMENT = 1_000_000;

  private Inputs() {}

  /**
   * The body as JSON: a {@code JsonObject}, a {@code JsonArray}, or null if there is none. A body
   * of another content type is a 415, one that is not JSON a 400.
   */
  static Object json(RoutingContext rc) {
    Buffer body = rc.body().buffer();
    if (body == null || body.length() == 0) {
      return null;
    }
    String type = rc.request().getHeader("content-type");
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw new ApiError(
          415,
          "unsupported_media_type",
          "send the body as JSON, with content-type: application/json");
    }
    Object json;
    try {
      json = Json.decodeValue(body);
    } catch (DecodeException e) {
      // Jackson's first line says what and where; the rest describes its own settings.
      String detail =
          e.getMessage().replaceFirst("^Failed to decode:", "").lines().findFirst().orElse("");
      throw new ApiError(400, "malformed_json", "the body is not valid JSON: " + detail);
    }
    if (!(json instanceof JsonObject) && !(json instanceof JsonArray)) {
      throw new ApiError(400, "malformed_json", "the body must be a JSON object");
    }
    return json;
  }

  /**
   * A new sensor: {@code {"id"?: uuid, "name": text, "location"?: text, "unit": text,
   * "installedAt"?: instant}}; without an id one is made, without installedAt it is now.
   */
  static Sensor sensor(Object body, Clock clock) {
    JsonObject json = object(body);
    Fields fields = new Fields();
    UUID id = fields.uuid(json, "id");
    String name = fields.text(json, "name", true, 100);
    String location = fields.text(json, "location", false, 200);
    String unit = fields.text(json, "unit", true, 32);
    Instant installedAt = fields.instant(json, "installedAt");
    fields.check();
    return new Sensor(
        id != null ? id : UUID.randomUUID(),
        name,
        location,
        unit,
        millis(installedAt != null ? installedAt : clock.instant()));
  }

  /**
   * Readings of one sensor: {@code {"takenAt"?: instant, "value": number}}, or an array of up to
   * {@value #MAX_READINGS} of them; without takenAt a reading is taken now.
   */
  static List<Reading> readings(UUID sensorId, Object body, Clock clock) {
    if (body instanceof JsonArray array) {
      if (array.isEmpty() || array.size() > MAX_READINGS) {
        throw ApiError.invalidFields(
            Map.of("[]", "must hold 1 to " + MAX_READINGS + " readings, not " + array.size()));
      }
      Fields fields = new Fields();
      List<Reading> readings = new ArrayList<>(array.size());
      for (int i = 0; i < array.size(); i++) {
        Object item = array.getValue(i);
        if (item instanceof JsonObject json) {
          readings.add(reading(sensorId, json, fields.at("[" + i + "]."), clock));
        } else {
          fields.problem("[" + i + "]", "must be an object");
        }
      }
      fields.check();
      return readings;
    }
    Fields fields = new Fields();
    Reading reading = reading(sensorId, object(body), fields, clock);
    fields.check();
    return List.of(reading);
  }

  /** An increment, {@code {"by": n}} with n a non-zero whole number; no body means 1. */
  static long increment(Object body) {
    if (body == null) {
      return 1;
    }
    JsonObject json = object(body);
    Fields fields = new Fields();
    Object by = json.getValue("by");
    long value = 1;
    if (by != null) {
      if (by instanceof Integer || by instanceof Long) {
        value = ((Number) by).longValue();
        if (value == 0 || Math.abs(value) > MAX_INCREMENT) {
          fields.problem("by", "must be a non-zero whole number between -1000000 and 1000000");
        }
      } else {
        fields.problem("by", "must be a whole number");
      }
    }
    fields.check();
    return value;
  }

  private static Reading reading(UUID sensorId, JsonObject json, Fields fields, Clock clock) {
    Instant takenAt = fields.instant(json, "takenAt");
    Double value = fields.number(json, "value");
    Instant at = millis(takenAt != null ? takenAt : clock.instant());
    return new Reading(
        sensorId, at.atOffset(ZoneOffset.UTC).toLocalDate(), at, value == null ? 0 : value);
  }

  /** Cassandra's timestamps hold milliseconds: answer with what will be read back. */
  private static Instant millis(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MILLIS);
  }

  private static JsonObject object(Object body) {
    if (body == null) {
      throw new ApiError(400, "missing_body", "this endpoint needs a JSON object as its body");
    }
    if (!(body instanceof JsonObject json)) {
      throw new ApiError(400, "malformed_json", "the body must be a JSON object");
    }
    return json;
  }

  /** The problems found so far, by field name (prefixed with the item's index in an array). */
  private static final class Fields {
    private final Map<String, String> problems;
    private final String prefix;

    Fields() {
      this(new LinkedHashMap<>(), "");
    }

    private Fields(Map<String, String> problems, String prefix) {
      this.problems = problems;
      this.prefix = prefix;
    }

    /** The same collection of problems, for the fields of an item of an array. */
    Fields at(String itemPrefix) {
      return new Fields(problems, itemPrefix);
    }

    void problem(String field, String message) {
      problems.putIfAbsent(prefix + field, message);
    }

    void check() {
      if (!problems.isEmpty()) {
        throw ApiError.invalidFields(problems);
      }
    }

    String text(JsonObject json, String field, boolean required, int maxLength) {
      Object value = json.getValue(field);
      if (value == null) {
        if (required) {
          problem(field, "is required");
        }
        return null;
      }
      if (!(value instanceof String text)) {
        problem(field, "must be a string");
        return null;
      }
      if (required && text.isBlank()) {
        problem(field, "must not be blank");
      } else if (text.length() > maxLength) {
        problem(field, "must be at most " + maxLength + " characters");
      }
      return text;
    }

    UUID uuid(JsonObject json, String field) {
      Object value = json.getValue(field);
      if (value == null) {
        return null;
      }
      if (value instanceof String text) {
        try {
          return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
          // answered below
        }
      }
      problem(field, "must be a UUID");
      return null;
    }

    Instant instant(JsonObject json, String field) {
      Object value = json.getValue(field);
      if (value == null) {
        return null;
      }
      if (value instanceof String text) {
        try {
          return Instant.parse(text);
        } catch (DateTimeParseException e) {
          // answered below
        }
      }
      problem(field, "must be an ISO-8601 instant, e.g. 2026-11-24T10:15:30Z");
      return null;
    }

    Double number(JsonObject json, String field) {
      Object value = json.getValue(field);
      if (value == null) {
        problem(field, "is required");
        return null;
      }
      if (!(value instanceof Number number)) {
        problem(field, "must be a number");
        return null;
      }
      // JSON numbers too large for a double (1e999) parse as infinity; a reading must be finite.
      double parsed = number.doubleValue();
      if (!Double.isFinite(parsed)) {
        problem(field, "must be a finite number, within the range of a double");
        return null;
      }
      return parsed;
    }
  }
}
