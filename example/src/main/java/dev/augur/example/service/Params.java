package dev.augur.example.service;

import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.regex.Pattern;

/** Path and query parameters, parsed or rejected with a 400 that names the parameter. */
final class Params {
  static final int DEFAULT_PAGE_SIZE = 100;
  static final int MAX_PAGE_SIZE = 1_000;
  private static final Pattern COUNTER_NAME = Pattern.compile("[a-z0-9_]{1,48}");

  private Params() {}

  /** The {@code :id} of the path, a UUID. */
  static UUID sensorId(RoutingContext rc) {
    String value = rc.pathParam("id");
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw ApiError.invalidParameter(
          "id", "must be a UUID, e.g. 2b5c4d9e-8f1a-4c3b-9d2e-7a6b5c4d3e2f");
    }
  }

  /** {@code ?day=YYYY-MM-DD}, by default today in UTC: readings are partitioned by UTC day. */
  static LocalDate day(RoutingContext rc, Clock clock) {
    String value = rc.queryParams().get("day");
    if (value == null || value.isEmpty()) {
      return LocalDate.now(clock);
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw ApiError.invalidParameter("day", "must be a date written YYYY-MM-DD");
    }
  }

  /** {@code ?pageSize=}, 1 to {@value #MAX_PAGE_SIZE}, by default {@value #DEFAULT_PAGE_SIZE}. */
  static int pageSize(RoutingContext rc) {
    long size = positive(rc, "pageSize", DEFAULT_PAGE_SIZE);
    if (size > MAX_PAGE_SIZE) {
      throw ApiError.invalidParameter("pageSize", "must be at most " + MAX_PAGE_SIZE);
    }
    return (int) size;
  }

  /** {@code ?pageToken=}, the {@code nextPageToken} of the previous page, or null for the first. */
  static String pageToken(RoutingContext rc) {
    String token = rc.queryParams().get("pageToken");
    return token == null || token.isEmpty() ? null : token;
  }

  /** {@code ?limit=}: at most this many rows; 0 (absent) for all. */
  static long limit(RoutingContext rc) {
    return positive(rc, "limit", 0);
  }

  /** The {@code :name} of a counter: lower-case letters, digits and underscores. */
  static String counterName(RoutingContext rc) {
    String name = rc.pathParam("name");
    if (name == null || !COUNTER_NAME.matcher(name).matches()) {
      throw ApiError.invalidParameter(
          "name", "must be 1 to 48 lower-case letters, digits or underscores");
    }
    return name;
  }

  private static long positive(RoutingContext rc, String name, long otherwise) {
    String value = rc.queryParams().get(name);
    if (value == null || value.isEmpty()) {
      return otherwise;
    }
    try {
      long parsed = Long.parseLong(value);
      if (parsed > 0) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // answered below, as for zero or a negative number
    }
    throw ApiError.invalidParameter(name, "must be a positive whole number");
  }
}
