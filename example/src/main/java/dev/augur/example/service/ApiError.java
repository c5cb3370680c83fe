package dev.augur.example.service;

import io.vertx.core.json.JsonObject;
import java.util.Map;

/**
 * A failure the client caused or must know about, answered as {@code {"error": code, "message":
 * ..., "fields": {...}}} with its HTTP status. Handlers fail their request with one; {@link
 * Failures} writes it.
 */
final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final Map<String, String> fields;

  ApiError(int status, String code, String message, Map<String, String> fields) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.fields = Map.copyOf(fields);
  }

  ApiError(int status, String code, String message) {
    this(status, code, message, Map.of());
  }

  /** 400: the named fields of the body are missing or invalid; {@code fields} says how. */
  static ApiError invalidFields(Map<String, String> fields) {
    return new ApiError(
        400,
        "invalid_body",
        fields.size() == 1
            ? "1 field is missing or invalid"
            : fields.size() + " fields are missing or invalid",
        fields);
  }

  /** 400: a path or query parameter is not what the endpoint accepts. */
  static ApiError invalidParameter(String name, String problem) {
    return new ApiError(
        400, "invalid_parameter", "parameter " + name + " " + problem, Map.of(name, problem));
  }

  /** 404: no sensor has this id. */
  static ApiError unknownSensor(Object id) {
    return new ApiError(404, "unknown_sensor", "no sensor has id " + id);
  }

  int status() {
    return status;
  }

  JsonObject toJson() {
    JsonObject json = new JsonObject().put("error", code).put("message", getMessage());
    if (!fields.isEmpty()) {
      JsonObject details = new JsonObject();
      fields.entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(e -> details.put(e.getKey(), e.getValue()));
      json.put("fields", details);
    }
    return json;
  }
}
