package dev.augur.example.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.CassandraExtension;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The promise of the example: under load, no event loop is ever blocked. Thousands of concurrent
 * requests on loopback, reads, writes and streams mixed, while Vert.x's blocked-thread checker
 * warns of any event-loop task longer than 100 ms ({@link ServiceFixture#BLOCKED_THRESHOLD}). Any
 * warning of a thread that waited or computed fails the test, and so does one the watch cannot
 * judge; a thread that was ready to run and got no core (two cores, shared) is reported as starved
 * ({@link EventLoopWatch}). In the middle of the load, two controls prove the judging works where
 * it matters, on a saturated machine: a route that sleeps on its event loop must be caught as
 * blocking, one that spins as busy.
 */
@ExtendWith(CassandraExtension.class)
class EventLoopLoadTest {
  /** Requests in flight at once: each has a connection of its own. */
  private static final int CONCURRENCY = 2_000;

  /** Requests in all; each completion starts the next until this many were sent. */
  private static final int REQUESTS = 6_000;

  private static final Duration TIME_LIMIT = Duration.ofSeconds(60);
  private static final String DAY = "2026-11-24";
  private static final int SENSORS = 20;
  private static final int READINGS_PER_SENSOR = 200;

  /** How long the deliberately blocking handler sleeps: past the threshold, by a margin. */
  private static final long BLOCK_MS =
      Math.max(300, ServiceFixture.BLOCKED_THRESHOLD.toMillis() * 3 / 2 + 100);

  /** How long the deliberately computing handler spins. */
  private static final long SPIN_MS = Math.max(2_000, BLOCK_MS);

  private static ServiceFixture fixture;
  private static final List<UUID> sensors = new ArrayList<>();

  /** When and where a control handler broke the rule. */
  private record Injected(String route, Thread thread, long start, long end) {
    /** Whether {@code warning} is about this control's task: its window overlaps the control's. */
    boolean explains(BlockedThreadWarnings.Warning warning) {
      EventLoopWatch.Verdict verdict = warning.verdict();
      return warning.thread() == thread
          && verdict.taskStart() != 0
          && verdict.taskStart() <= end
          && verdict.taskEnd() >= start;
    }
  }

  private static final List<Injected> injected = new java.util.concurrent.CopyOnWriteArrayList<>();

  @BeforeAll
  static void start(CassandraEndpoint endpoint) {
    fixture =
        ServiceFixture.start(
            endpoint,
            "example_service_load",
            Map.of(),
            router -> {
              // Two handlers that break the rule: one waits on its event loop, one computes.
              router
                  .get("/test/block")
                  .handler(
                      rc -> {
                        long start = System.nanoTime();
                        try {
                          Thread.sleep(BLOCK_MS);
                        } catch (InterruptedException e) {
                          Thread.currentThread().interrupt();
                        }
                        injected.add(
                            new Injected("block", Thread.currentThread(), start, System.nanoTime()));
                        rc.response().end("slept");
                      });
              router
                  .get("/test/spin")
                  .handler(
                      rc -> {
                        // Long enough to burn half the threshold's CPU even with little share
                        // of a core.
                        long start = System.nanoTime();
                        long end = start + SPIN_MS * 1_000_000;
                        long spins = 0;
                        while (System.nanoTime() < end) {
                          spins++;
                        }
                        injected.add(
                            new Injected("spin", Thread.currentThread(), start, System.nanoTime()));
                        rc.response().end("spun " + spins);
                      });
            },
            server -> {});
    for (int s = 0; s < SENSORS; s++) {
      UUID id = UUID.randomUUID();
      fixture.post(
          "/sensors",
          new JsonObject().put("id", id.toString()).put("name", "s" + s).put("unit", "c"));
      fixture.post(
          "/sensors/" + id + "/readings",
          TelemetryServiceTest.readingsJson(0, READINGS_PER_SENSOR).encode());
      sensors.add(id);
    }
    fixture.warnings.clear();
  }

  @AfterAll
  static void stop() {
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  void thousandsOfConcurrentRequestsNeverBlockAnEventLoopAndABlockAmongThemIsCaught()
      throws InterruptedException {
    WebClient client =
        WebClient.create(
            fixture.clientVertx,
            new WebClientOptions()
                .setDefaultHost("127.0.0.1")
                .setDefaultPort(fixture.service.port())
                .setMaxPoolSize(CONCURRENCY)
                // Connections spread over the client's event loops, not all on the caller's.
                .setPoolEventLoopSize(2)
                .setConnectTimeout(30_000));
    long[] latencies = new long[REQUESTS];
    Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    AtomicInteger next = new AtomicInteger();
    AtomicInteger finished = new AtomicInteger();
    List<Future<HttpResponse<Buffer>>> controls = new java.util.concurrent.CopyOnWriteArrayList<>();
    Promise<Void> done = Promise.promise();
    long start = System.nanoTime();

    // Runs on the client's event loops: each completion starts the next request.
    Runnable[] launch = new Runnable[1];
    launch[0] =
        () -> {
          int i = next.getAndIncrement();
          if (i >= REQUESTS) {
            return;
          }
          long sent = System.nanoTime();
          request(client, i)
              .onComplete(
                  result -> {
                    latencies[i] = System.nanoTime() - sent;
                    outcomes
                        .computeIfAbsent(
                            result.succeeded()
                                ? result.result()
                                : "client error: " + result.cause(),
                            k -> new AtomicInteger())
                        .incrementAndGet();
                    int count = finished.incrementAndGet();
                    // The controls, with the load at full concurrency: a third in, a block; two
                    // thirds in, a spin. Each on a connection of its own, outside the load's pool.
                    if (count == REQUESTS / 3) {
                      controls.add(fixture.client.get("/test/block").send());
                    } else if (count == REQUESTS * 2 / 3) {
                      controls.add(fixture.client.get("/test/spin").send());
                    }
                    if (count == REQUESTS) {
                      done.tryComplete();
                    } else {
                      launch[0].run();
                    }
                  });
        };
    fixture.clientVertx.runOnContext(
        v -> IntStream.range(0, CONCURRENCY).forEach(n -> launch[0].run()));
    ServiceFixture.await(
        done.future()
            .toCompletionStage()
            .toCompletableFuture()
            .orTimeout(TIME_LIMIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS));
    double seconds = (System.nanoTime() - start) / 1e9;
    client.close();
    List<String> answers =
        controls.stream().map(c -> ServiceFixture.await(c).bodyAsString()).toList();
    await(() -> injected.size() == 2);
    Thread.sleep(100); // the checker looks every 20 ms: its last warning of the spin

    long[] sorted = latencies.clone();
    Arrays.sort(sorted);
    List<BlockedThreadWarnings.Warning> warnings = fixture.warnings.warnings();
    Injected block = injected("block");
    Injected spin = injected("spin");
    List<BlockedThreadWarnings.Warning> ofBlock =
        warnings.stream().filter(block::explains).toList();
    List<BlockedThreadWarnings.Warning> ofSpin = warnings.stream().filter(spin::explains).toList();
    List<BlockedThreadWarnings.Warning> ofLoad =
        warnings.stream().filter(w -> !block.explains(w) && !spin.explains(w)).toList();
    System.out.printf(
        "load: %,d requests, %,d in flight at the client on %,d connections (peak open at the"
            + " server), peak %,d in flight at the server, in"
            + " %.1f s: %,.0f requests/s; latency p50 %.0f ms, p99 %.0f ms, max %.0f ms;"
            + " outcomes %s%n"
            + "blocked-thread warnings (limit %d ms): %d; the watch %s%n"
            + "  of the load itself: %s%n"
            + "  of the control that sleeps %d ms (%s in): %s%n"
            + "  of the control that spins %d ms (%s in): %s%n",
        REQUESTS,
        CONCURRENCY,
        fixture.service.metrics().peakConnections(),
        fixture.service.inFlight().peak(),
        seconds,
        REQUESTS / seconds,
        sorted[REQUESTS / 2] / 1e6,
        sorted[(int) (REQUESTS * 0.99)] / 1e6,
        sorted[REQUESTS - 1] / 1e6,
        outcomes,
        ServiceFixture.BLOCKED_THRESHOLD.toMillis(),
        warnings.size(),
        BlockedThreadWarnings.summary(warnings),
        BlockedThreadWarnings.summary(ofLoad),
        BLOCK_MS,
        block.thread().getName(),
        BlockedThreadWarnings.summary(ofBlock),
        SPIN_MS,
        spin.thread().getName(),
        BlockedThreadWarnings.summary(ofSpin));
    warnings.forEach(System.out::println);

    assertThat(answers.get(0)).isEqualTo("slept");
    assertThat(answers.get(1)).startsWith("spun ");
    // The block in the middle of the load fails the run: the watch judges its task blocking, and
    // never lets one of its warnings pass as starved.
    assertThat(ofBlock)
        .as("warnings of the handler that sleeps")
        .anySatisfy(
            warning -> {
              assertThat(warning.verdict().kind()).isEqualTo(EventLoopWatch.Kind.BLOCKING);
              // Where it waited: as the watch sampled it, or as the checker's stack shows it if
              // the checker looked while it still slept.
              assertThat(warning.verdict().detail() + warning.text())
                  .contains("java.lang.Thread.sleep", "EventLoopLoadTest");
            })
        .allSatisfy(warning -> assertThat(warning.verdict().isFailure()).isTrue());
    assertThat(ofSpin)
        .as("warnings of the handler that spins")
        .anySatisfy(
            warning -> assertThat(warning.verdict().kind()).isEqualTo(EventLoopWatch.Kind.BUSY));
    // And the load itself blocks nothing: every other warning is a thread judged starved.
    assertThat(ofLoad).as("event loops blocked, busy, or not judged, by the load").allSatisfy(
        warning -> assertThat(warning.verdict().kind()).isEqualTo(EventLoopWatch.Kind.STARVED));
    // On a machine this busy Cassandra may time out; the service then answers 504 (or 503 when
    // overloaded), as it should. Anything else is wrong, and so is more than 1% of those.
    assertThat(outcomes.keySet())
        .as("answers")
        .allMatch(o -> o.equals("ok") || o.startsWith("status 503") || o.startsWith("status 504"));
    assertThat(outcomes.get("ok").get())
        .as("answered 2xx")
        .isGreaterThanOrEqualTo(REQUESTS * 99 / 100);
    assertThat(fixture.service.metrics().peakConnections())
        .as("connections open at once at the server, one per request in flight")
        .isGreaterThanOrEqualTo(CONCURRENCY * 9 / 10);
  }

  private static Injected injected(String route) {
    return injected.stream().filter(i -> i.route().equals(route)).findFirst().orElseThrow();
  }

  private static void await(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + TIME_LIMIT.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waiting for the controls").isLessThan(deadline);
      Thread.sleep(10);
    }
  }

  /**
   * Request {@code i} of the mix: 30% a sensor by id, 20% a page of readings, 20% a new reading,
   * 10% a counter increment, 10% a day's counters, 10% a whole day streamed (200 rows). Completes
   * with "ok" if the answer is the expected one, else with what went wrong.
   */
  private static Future<String> request(WebClient client, int i) {
    UUID sensor = sensors.get(i % SENSORS);
    String base = "/sensors/" + sensor;
    return switch (i % 10) {
      case 0, 1, 2 -> expect(client.get(base), 200, body -> body.contains(sensor.toString()));
      case 3, 4 ->
          expect(
              client.get(base + "/readings?day=" + DAY + "&pageSize=50"),
              200,
              body -> new JsonObject(body).getJsonArray("readings").size() == 50);
      case 5, 6 ->
          expect(
              client.post(base + "/readings").putHeader("content-type", "application/json"),
              // The next day: the streams and pages of DAY stay the same size.
              new JsonObject()
                  .put(
                      "takenAt",
                      java.time.Instant.parse("2026-11-25T00:00:00Z").plusMillis(i).toString())
                  .put("value", i),
              201);
      case 7 ->
          expect(
              client
                  .post(base + "/counters/load_test")
                  .putHeader("content-type", "application/json"),
              new JsonObject().put("by", 1),
              204);
      case 8 ->
          expect(client.get(base + "/counters?day=" + DAY), 200, body -> body.contains("readings"));
      default ->
          expect(
              client.get(base + "/readings/stream?day=" + DAY),
              200,
              body -> body.lines().count() == READINGS_PER_SENSOR);
    };
  }

  private static Future<String> expect(
      HttpRequest<Buffer> request, int status, java.util.function.Predicate<String> body) {
    return request.send().map(response -> judge(response, status, body));
  }

  private static Future<String> expect(HttpRequest<Buffer> request, JsonObject json, int status) {
    return request.sendJsonObject(json).map(response -> judge(response, status, body -> true));
  }

  private static String judge(
      HttpResponse<Buffer> response, int status, java.util.function.Predicate<String> body) {
    if (response.statusCode() != status) {
      return "status " + response.statusCode() + ": " + response.bodyAsString();
    }
    String text = response.bodyAsString();
    return status == 204 || body.test(text) ? "ok" : "unexpected body";
  }
}
