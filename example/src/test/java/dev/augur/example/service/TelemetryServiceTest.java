package dev.augur.example.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.CassandraExtension;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every endpoint over real HTTP, good and bad input alike, against a real node. */
@ExtendWith(CassandraExtension.class)
class TelemetryServiceTest {
  private static final String DAY = "2026-11-24";
  private static ServiceFixture fixture;

  @BeforeAll
  static void start(CassandraEndpoint endpoint) {
    fixture = ServiceFixture.start(endpoint, "example_service_test");
  }

  @AfterAll
  static void stop() {
    if (fixture != null) {
      fixture.close();
    }
  }

  @AfterEach
  void noEventLoopWasBlocked() {
    List<BlockedThreadWarnings.Warning> failures = fixture.warnings.failures();
    fixture.warnings.clear();
    assertThat(failures).as("event loops blocked or busy").isEmpty();
  }

  @Test
  void createsASensorAndReadsItBack() {
    UUID id = UUID.randomUUID();
    JsonObject sensor =
        new JsonObject()
            .put("id", id.toString())
            .put("name", "boiler")
            .put("location", "basement")
            .put("unit", "celsius")
            .put("installedAt", "2026-01-15T09:30:00Z");

    HttpResponse<Buffer> created = fixture.post("/sensors", sensor);
    HttpResponse<Buffer> read = fixture.get("/sensors/" + id);
    HttpResponse<Buffer> again = fixture.post("/sensors", sensor.copy().put("name", "other"));

    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.getHeader("location")).isEqualTo("/sensors/" + id);
    assertThat(created.bodyAsJsonObject()).isEqualTo(sensor);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.getHeader("content-type")).isEqualTo("application/json");
    assertThat(read.bodyAsJsonObject()).isEqualTo(sensor);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.bodyAsJsonObject().getString("error")).isEqualTo("sensor_exists");
    assertThat(fixture.get("/sensors/" + id).bodyAsJsonObject().getString("name"))
        .as("IF NOT EXISTS kept the first")
        .isEqualTo("boiler");
  }

  @Test
  void aSensorWithoutIdGetsOneAndIsInstalledNow() {
    Instant before = Instant.now().minusSeconds(1);

    HttpResponse<Buffer> created =
        fixture.post("/sensors", new JsonObject().put("name", "roof").put("unit", "celsius"));

    JsonObject body = created.bodyAsJsonObject();
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(UUID.fromString(body.getString("id"))).isNotNull();
    assertThat(Instant.parse(body.getString("installedAt"))).isAfter(before);
    assertThat(body.getValue("location")).isNull();
    assertThat(fixture.get(created.getHeader("location")).bodyAsJsonObject()).isEqualTo(body);
  }

  @Test
  void badSensorBodiesAreRejectedWithWhatIsWrong() {
    HttpResponse<Buffer> malformed = fixture.post("/sensors", "{\"name\": ");
    HttpResponse<Buffer> notAnObject = fixture.post("/sensors", "[1, 2]");
    HttpResponse<Buffer> invalid =
        fixture.post("/sensors", "{\"id\": \"nope\", \"name\": \" \", \"unit\": 3}");
    HttpResponse<Buffer> missing = fixture.post("/sensors", "{}");
    HttpResponse<Buffer> noBody = fixture.send(HttpMethod.POST, "/sensors");
    HttpResponse<Buffer> form =
        ServiceFixture.await(
            fixture
                .client
                .post("/sensors")
                .putHeader("content-type", "application/x-www-form-urlencoded")
                .sendBuffer(Buffer.buffer("name=boiler&unit=celsius")));
    HttpResponse<Buffer> huge =
        fixture.post(
            "/sensors",
            new JsonObject().put("name", "x".repeat(Api.BODY_LIMIT)).put("unit", "c").encode());

    assertError(malformed, 400, "malformed_json");
    assertThat(malformed.bodyAsJsonObject().getString("message"))
        .startsWith("the body is not valid JSON: ")
        .doesNotContain("\n");
    assertError(notAnObject, 400, "malformed_json");
    assertError(invalid, 400, "invalid_body");
    assertThat(invalid.bodyAsJsonObject().getJsonObject("fields"))
        .isEqualTo(
            new JsonObject()
                .put("id", "must be a UUID")
                .put("name", "must not be blank")
                .put("unit", "must be a string"));
    assertThat(invalid.bodyAsJsonObject().getString("message"))
        .isEqualTo("3 fields are missing or invalid");
    assertThat(missing.bodyAsJsonObject().getJsonObject("fields"))
        .isEqualTo(new JsonObject().put("name", "is required").put("unit", "is required"));
    assertError(noBody, 400, "missing_body");
    assertError(form, 415, "unsupported_media_type");
    assertError(huge, 413, "body_too_large");
  }

  @Test
  void aSensorIsLookedUpByAValidId() {
    assertError(fixture.get("/sensors/not-a-uuid"), 400, "invalid_parameter");
    assertError(fixture.get("/sensors/" + UUID.randomUUID()), 404, "unknown_sensor");
  }

  @Test
  void readingsAreRecordedOneOrManyAtATime() {
    UUID id = sensor();

    HttpResponse<Buffer> one =
        fixture.post(
            "/sensors/" + id + "/readings",
            new JsonObject().put("takenAt", "2026-11-24T08:00:00.123456Z").put("value", 21.5));
    HttpResponse<Buffer> many =
        fixture.post("/sensors/" + id + "/readings", readingsJson(0, 20).encode());
    HttpResponse<Buffer> now =
        fixture.post("/sensors/" + id + "/readings", new JsonObject().put("value", 3));

    assertThat(one.statusCode()).isEqualTo(201);
    assertThat(one.bodyAsJsonObject())
        .isEqualTo(
            new JsonObject()
                .put("takenAt", "2026-11-24T08:00:00.123Z") // Cassandra keeps milliseconds
                .put("value", 21.5)
                .put("sensorId", id.toString())
                .put("day", DAY));
    assertThat(many.statusCode()).isEqualTo(201);
    assertThat(many.bodyAsJsonObject().getInteger("written")).isEqualTo(20);
    assertThat(now.statusCode()).isEqualTo(201);
    assertThat(Instant.parse(now.bodyAsJsonObject().getString("takenAt")))
        .isAfter(Instant.now().minusSeconds(60));
    JsonObject counters = fixture.get("/sensors/" + id + "/counters?day=" + DAY).bodyAsJsonObject();
    boolean nowIsOnDay = now.bodyAsJsonObject().getString("day").equals(DAY);
    assertThat(counters.getJsonObject("counters").getLong("readings"))
        .isEqualTo(nowIsOnDay ? 22 : 21);
  }

  @Test
  void badReadingsAreRejected() {
    UUID id = sensor();
    String path = "/sensors/" + id + "/readings";

    HttpResponse<Buffer> badItems =
        fixture.post(path, "[{\"value\": \"warm\"}, 7, {\"value\": 1, \"takenAt\": \"noon\"}]");
    HttpResponse<Buffer> empty = fixture.post(path, "[]");
    HttpResponse<Buffer> tooMany =
        fixture.post(path, readingsJson(0, Inputs.MAX_READINGS + 1).encode());
    HttpResponse<Buffer> noValue = fixture.post(path, "{\"takenAt\": \"2026-11-24T08:00:00Z\"}");
    HttpResponse<Buffer> unknown =
        fixture.post("/sensors/" + UUID.randomUUID() + "/readings", "{\"value\": 1}");

    assertError(badItems, 400, "invalid_body");
    assertThat(badItems.bodyAsJsonObject().getJsonObject("fields"))
        .isEqualTo(
            new JsonObject()
                .put("[0].value", "must be a number")
                .put("[1]", "must be an object")
                .put("[2].takenAt", "must be an ISO-8601 instant, e.g. 2026-11-24T10:15:30Z"));
    assertError(empty, 400, "invalid_body");
    assertError(tooMany, 400, "invalid_body");
    assertThat(noValue.bodyAsJsonObject().getJsonObject("fields"))
        .isEqualTo(new JsonObject().put("value", "is required"));
    assertError(unknown, 404, "unknown_sensor");
  }

  @Test
  void nonFiniteReadingsAreRejectedAndNothingIsStored() {
    UUID id = sensor();
    String path = "/sensors/" + id + "/readings";
    String at = "\"takenAt\": \"" + DAY + "T08:00:00Z\"";

    HttpResponse<Buffer> huge = fixture.post(path, "{" + at + ", \"value\": 1e999}");
    HttpResponse<Buffer> hugeNegative = fixture.post(path, "{" + at + ", \"value\": -1e999}");
    HttpResponse<Buffer> hugeInteger =
        fixture.post(path, "{" + at + ", \"value\": 1" + "0".repeat(400) + "}");
    HttpResponse<Buffer> inArray =
        fixture.post(path, "[{" + at + ", \"value\": 1.5}, {" + at + ", \"value\": 1e999}]");
    HttpResponse<Buffer> nan = fixture.post(path, "{" + at + ", \"value\": NaN}");

    String finite = "must be a finite number, within the range of a double";
    for (HttpResponse<Buffer> single : List.of(huge, hugeNegative, hugeInteger)) {
      assertError(single, 400, "invalid_body");
      assertThat(single.bodyAsJsonObject().getJsonObject("fields"))
          .isEqualTo(new JsonObject().put("value", finite));
    }
    assertError(inArray, 400, "invalid_body");
    assertThat(inArray.bodyAsJsonObject().getJsonObject("fields"))
        .as("the array is refused whole, naming the bad item")
        .isEqualTo(new JsonObject().put("[1].value", finite));
    assertError(nan, 400, "malformed_json"); // JSON has no NaN
    HttpResponse<Buffer> stored = fixture.get(path + "?day=" + DAY);
    assertThat(stored.statusCode()).isEqualTo(200);
    assertThat(stored.bodyAsJsonObject().getJsonArray("readings")).isEmpty();
  }

  @Test
  void pagesWalkADayNewestFirstWithTokens() {
    UUID id = sensor();
    fixture.post("/sensors/" + id + "/readings", readingsJson(0, 7).encode());
    List<String> seen = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();

    String token = null;
    do {
      HttpResponse<Buffer> response =
          fixture.get(
              "/sensors/"
                  + id
                  + "/readings?day="
                  + DAY
                  + "&pageSize=3"
                  + (token == null ? "" : "&pageToken=" + token));
      assertThat(response.statusCode()).isEqualTo(200);
      JsonObject page = response.bodyAsJsonObject();
      assertThat(page.getString("sensorId")).isEqualTo(id.toString());
      assertThat(page.getString("day")).isEqualTo(DAY);
      JsonArray readings = page.getJsonArray("readings");
      sizes.add(readings.size());
      readings.forEach(r -> seen.add(((JsonObject) r).getString("takenAt")));
      token = page.getString("nextPageToken");
    } while (token != null);

    assertThat(sizes).containsExactly(3, 3, 1);
    assertThat(seen).containsExactlyElementsOf(expectedTimes(7));
  }

  @Test
  void badPageRequestsAreRejected() {
    UUID id = sensor();
    UUID other = sensor();
    fixture.post("/sensors/" + id + "/readings", readingsJson(0, 5).encode());
    String base = "/sensors/" + id + "/readings?day=" + DAY;
    String token = fixture.get(base + "&pageSize=2").bodyAsJsonObject().getString("nextPageToken");

    assertThat(fixture.get(base + "&pageSize=2&pageToken=" + token).statusCode()).isEqualTo(200);
    assertError(fixture.get(base + "&pageToken=garbage"), 400, "invalid_parameter");
    assertError(
        fixture.get("/sensors/" + other + "/readings?day=" + DAY + "&pageToken=" + token),
        400,
        "invalid_parameter");
    assertError(
        fixture.get("/sensors/" + id + "/readings?day=2026-11-25&pageToken=" + token),
        400,
        "invalid_parameter");
    HttpResponse<Buffer> altered =
        fixture.get(base + "&pageToken=" + token.substring(0, token.length() - 2) + "AA");
    assertError(altered, 400, "invalid_parameter");
    assertThat(altered.bodyAsJsonObject().getJsonObject("fields").containsKey("pageToken"))
        .isTrue();
    for (String size : List.of("0", "-1", "ten", "1001")) {
      assertError(fixture.get(base + "&pageSize=" + size), 400, "invalid_parameter");
    }
    assertError(
        fixture.get("/sensors/" + id + "/readings?day=24.11.2026"), 400, "invalid_parameter");
    assertError(fixture.get("/sensors/" + UUID.randomUUID() + "/readings"), 404, "unknown_sensor");
  }

  @Test
  void aDayStreamsAsNdjsonNewestFirst() {
    UUID id = sensor();
    fixture.post("/sensors/" + id + "/readings", readingsJson(0, 1_000).encode());
    fixture.post("/sensors/" + id + "/readings", readingsJson(1_000, 1_500).encode());

    HttpResponse<Buffer> all = fixture.get("/sensors/" + id + "/readings/stream?day=" + DAY);
    HttpResponse<Buffer> limited =
        fixture.get("/sensors/" + id + "/readings/stream?day=" + DAY + "&limit=10");
    HttpResponse<Buffer> otherDay =
        fixture.get("/sensors/" + id + "/readings/stream?day=2026-11-25");

    assertThat(all.statusCode()).isEqualTo(200);
    assertThat(all.getHeader("content-type")).isEqualTo("application/x-ndjson");
    assertThat(all.getHeader("transfer-encoding")).isEqualTo("chunked");
    List<String> lines = all.bodyAsString().lines().toList();
    assertThat(lines).hasSize(1_500);
    assertThat(lines.stream().map(l -> new JsonObject(l).getString("takenAt")))
        .containsExactlyElementsOf(expectedTimes(1_500));
    assertThat(new JsonObject(lines.get(0)).getDouble("value")).isEqualTo(1_499.0);
    assertThat(limited.bodyAsString().lines()).hasSize(10);
    assertThat(otherDay.statusCode()).isEqualTo(200);
    assertThat(otherDay.body()).isNull();
    assertError(
        fixture.get("/sensors/" + UUID.randomUUID() + "/readings/stream"), 404, "unknown_sensor");
    assertError(
        fixture.get("/sensors/" + id + "/readings/stream?limit=0"), 400, "invalid_parameter");
  }

  @Test
  void countersAreIncrementedAndReadPerDay() {
    UUID id = sensor();
    String counters = "/sensors/" + id + "/counters";

    HttpResponse<Buffer> byOne =
        fixture.send(HttpMethod.POST, counters + "/door_openings?day=" + DAY);
    fixture.post(counters + "/door_openings?day=" + DAY, "{\"by\": 4}");
    fixture.post(counters + "/alarms?day=" + DAY, "{\"by\": 2}");
    fixture.post(counters + "/alarms?day=" + DAY, "{\"by\": -1}");
    fixture.send(HttpMethod.POST, counters + "/door_openings?day=2026-11-25");

    assertThat(byOne.statusCode()).isEqualTo(204);
    assertThat(fixture.get(counters + "?day=" + DAY).bodyAsJsonObject())
        .isEqualTo(
            new JsonObject()
                .put("sensorId", id.toString())
                .put("day", DAY)
                .put("counters", new JsonObject().put("alarms", 1).put("door_openings", 5)));
    assertThat(
            fixture.get(counters + "?day=2026-11-26").bodyAsJsonObject().getJsonObject("counters"))
        .isEmpty();
    assertError(
        fixture.send(HttpMethod.POST, counters + "/Door-Openings"), 400, "invalid_parameter");
    assertError(fixture.post(counters + "/alarms", "{\"by\": 0}"), 400, "invalid_body");
    assertError(fixture.post(counters + "/alarms", "{\"by\": 1.5}"), 400, "invalid_body");
    assertError(
        fixture.send(HttpMethod.POST, "/sensors/" + UUID.randomUUID() + "/counters/alarms"),
        404,
        "unknown_sensor");
    assertError(fixture.get("/sensors/" + UUID.randomUUID() + "/counters"), 404, "unknown_sensor");
  }

  @Test
  void unknownRoutesAndMethodsAnswerJson() {
    assertError(fixture.get("/nothing/here"), 404, "not_found");
    assertError(
        fixture.send(HttpMethod.DELETE, "/sensors/" + UUID.randomUUID()),
        405,
        "method_not_allowed");
    HttpResponse<Buffer> health = fixture.get("/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.bodyAsJsonObject().getString("status")).isEqualTo("up");
  }

  @Test
  void metricsShowAugursDaoMethodsHttpRoutesTheDriverAndTheJvm() {
    UUID id = sensor();
    fixture.get("/sensors/" + id);
    fixture.get("/sensors/" + id + "/readings/stream?day=" + DAY);

    HttpResponse<Buffer> metrics = fixture.get("/metrics");

    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.getHeader("content-type")).startsWith("text/plain; version=0.0.4");
    List<String> lines = metrics.bodyAsString().lines().toList();
    assertThat(lines)
        .anyMatch(
            l ->
                l.startsWith(
                    "augur_dao_calls_total{method=\"SensorDao.find\",session=\"telemetry\"}"))
        .anyMatch(l -> l.startsWith("augur_dao_latency_seconds{method=\"SensorDao.create\""))
        .anyMatch(
            l ->
                l.startsWith("http_server_requests_seconds_count{")
                    && l.contains("route=\"/sensors/:id\"")
                    && l.contains("status=\"200\""))
        .anyMatch(l -> l.startsWith("cassandra_session_cql_requests_seconds_count{"))
        .anyMatch(l -> l.startsWith("cassandra_nodes_pool_open_connections{"))
        .anyMatch(l -> l.startsWith("telemetry_stream_rows_fetched_total "))
        .anyMatch(l -> l.startsWith("jvm_memory_used_bytes{"));
    assertThat(lines).noneMatch(l -> l.contains(id.toString()));
  }

  private static UUID sensor() {
    UUID id = UUID.randomUUID();
    HttpResponse<Buffer> created =
        fixture.post(
            "/sensors",
            new JsonObject().put("id", id.toString()).put("name", "s").put("unit", "celsius"));
    assertThat(created.statusCode()).isEqualTo(201);
    return id;
  }

  /** Readings n = from..to-1, taken at 10:00 + n s on {@link #DAY}, with value n. */
  static JsonArray readingsJson(int from, int to) {
    JsonArray readings = new JsonArray();
    IntStream.range(from, to)
        .forEach(
            n ->
                readings.add(
                    new JsonObject().put("takenAt", time(n).toString()).put("value", (double) n)));
    return readings;
  }

  /** The times of readings 0..count-1, newest first. */
  private static List<String> expectedTimes(int count) {
    return IntStream.range(0, count)
        .map(n -> count - 1 - n)
        .mapToObj(n -> time(n).toString())
        .toList();
  }

  static Instant time(int n) {
    return Instant.parse(DAY + "T10:00:00Z").plusSeconds(n);
  }

  private static void assertError(HttpResponse<Buffer> response, int status, String error) {
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(status);
    assertThat(response.getHeader("content-type")).isEqualTo("application/json");
    assertThat(response.bodyAsJsonObject().getString("error")).isEqualTo(error);
  }
}
