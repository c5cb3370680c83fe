package dev.augur.example.webflux;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The promise of the example under load: 2,000 requests in flight at once on 2,000 connections,
 * 6,000 in all, reads, writes, pages and NDJSON streams mixed, and BlockHound finds no blocking
 * call on any non-blocking thread (the server's event loops, Reactor's schedulers, the driver's
 * I/O threads). The same load with one route that sleeps on its event loop mixed in fails the
 * same checks: BlockHound catches the sleep and those requests fail.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BlockHoundLoadTest extends ServiceTestBase {
  private static final int CONCURRENCY = 2_000;
  private static final int REQUESTS = 6_000;
  private static final int SENSORS = 20;
  private static final int READINGS_PER_SENSOR = 50;
  private static final String DAY = "2026-11-24";
  private static final Duration TIME_LIMIT = Duration.ofSeconds(120);

  private final List<UUID> sensors = new ArrayList<>();
  private Http http;

  @BeforeAll
  void data() {
    http = new Http(port, CONCURRENCY);
    for (int s = 0; s < SENSORS; s++) {
      UUID id = UUID.randomUUID();
      sensors.add(id);
      String sensor = "{\"id\":\"" + id + "\",\"name\":\"sensor " + s + "\"}";
      assertThat(http.post("/sensors", sensor).status()).isEqualTo(201);
      Flux.range(0, READINGS_PER_SENSOR)
          .flatMap(
              r ->
                  http.postAsync(
                      "/sensors/" + id + "/readings",
                      String.format(
                          "{\"takenAt\":\"%sT10:%02d:%02dZ\",\"value\":%d}", DAY, r / 60, r % 60, r)),
              16)
          .doOnNext(reply -> assertThat(reply.status()).isEqualTo(201))
          .blockLast(Duration.ofSeconds(60));
    }
    assertThat(BlockingCalls.caught()).as("blocking calls while writing the data").isEmpty();
  }

  @AfterAll
  void close() {
    http.close();
  }

  @Test
  @Order(1)
  void twoThousandConcurrentRequestsAndNoBlockingCall() {
    // A warm-up round at a tenth of the concurrency first, so that the figures are not the JIT's.
    Run warmUp = load(i -> request(i), CONCURRENCY / 10);
    assertThat(warmUp.failures).isEmpty();
    Run run = load(i -> request(i), CONCURRENCY);
    System.out.println(run.summary("with BlockHound"));

    assertThat(run.maxInFlight).as("requests in flight at once").isEqualTo(CONCURRENCY);
    assertThat(run.failures).as("failed requests").isEmpty();
    assertThat(run.statuses.keySet()).allMatch(status -> status >= 200 && status < 300);
    assertThat(BlockingCalls.caught()).as("blocking calls BlockHound caught").isEmpty();
  }

  @Test
  @Order(2)
  void theSameLoadWithASleepOnTheEventLoopFails() {
    // One request in twenty goes to the route that sleeps on its event loop.
    Run run =
        load(
            i ->
                i % 20 == 0
                    ? http.getAsync("/test/blocking/sleep/" + sensors.get(i % SENSORS))
                    : request(i),
            CONCURRENCY);
    System.out.println(run.summary("with a sleep on the event loop"));

    List<String> caught = BlockingCalls.caught();
    BlockingCalls.clear();
    assertThat(caught).isNotEmpty().allMatch(call -> call.contains("java.lang.Thread.sleep"));
    assertThat(caught).allMatch(call -> call.contains("-http-"), "on the server's event loops");
    assertThat(run.statuses).containsKey(500);
    assertThat(run.statuses.get(500).intValue()).isEqualTo(REQUESTS / 20);
  }

  @Test
  @Order(3)
  void aBlockOnTheEventLoopFailsToo() {
    Http.Reply reply =
        http.getAsync("/test/blocking/block/" + sensors.get(0)).block(Duration.ofSeconds(30));

    // Reactor refuses block() on a non-blocking thread itself, before BlockHound would.
    assertThat(reply.status()).isEqualTo(500);
    BlockingCalls.clear();
  }

  /** Reads, writes, pages and streams, in turn. */
  private Mono<Http.Reply> request(int i) {
    UUID sensor = sensors.get(i % SENSORS);
    return switch (i % 4) {
      case 0 -> http.getAsync("/sensors/" + sensor);
      case 1 ->
          http.postAsync(
              "/sensors/" + sensor + "/readings",
              "{\"takenAt\":\"2026-11-25T00:00:00Z\",\"value\":" + i + "}");
      case 2 -> http.getAsync("/sensors/" + sensor + "/readings?day=" + DAY + "&pageSize=20");
      default -> http.getAsync("/sensors/" + sensor + "/readings/stream?day=" + DAY);
    };
  }

  private Run load(IntFunction<Mono<Http.Reply>> requests, int concurrency) {
    Run run = new Run();
    long start = System.nanoTime();
    Flux.range(0, REQUESTS)
        .flatMap(
            i ->
                Mono.defer(
                    () -> {
                      long sent = System.nanoTime();
                      run.inFlight(+1);
                      return requests
                          .apply(i)
                          // Before the completion reaches flatMap, which then sends the next.
                          .doOnTerminate(() -> run.inFlight(-1))
                          .doOnCancel(() -> run.inFlight(-1))
                          .doOnNext(reply -> run.done(reply.status(), System.nanoTime() - sent))
                          .doOnError(error -> run.failures.add(error.toString()))
                          .onErrorResume(error -> Mono.empty());
                    }),
            concurrency)
        .blockLast(TIME_LIMIT);
    run.elapsedNanos = System.nanoTime() - start;
    return run;
  }

  /** What one load run saw. */
  private static final class Run {
    final ConcurrentHashMap<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    final AtomicInteger inFlight = new AtomicInteger();
    volatile int maxInFlight;
    long elapsedNanos;

    void inFlight(int delta) {
      int now = inFlight.addAndGet(delta);
      if (now > maxInFlight) {
        synchronized (this) {
          maxInFlight = Math.max(maxInFlight, now);
        }
      }
    }

    void done(int status, long nanos) {
      statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
      latencies.add(nanos);
    }

    String summary(String what) {
      long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
      double seconds = elapsedNanos / 1e9;
      return String.format(
          "Load %s: %d requests, %d in flight at most, in %.2f s: %.0f requests/s;"
              + " latency p50 %.1f ms, p99 %.1f ms, max %.1f ms; statuses %s; failures %d",
          what,
          REQUESTS,
          maxInFlight,
          seconds,
          sorted.length / seconds,
          percentile(sorted, 0.50),
          percentile(sorted, 0.99),
          sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
          statuses,
          failures.size());
    }

    private static double percentile(long[] sorted, double p) {
      if (sorted.length == 0) {
        return 0;
      }
      return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
  }

}
