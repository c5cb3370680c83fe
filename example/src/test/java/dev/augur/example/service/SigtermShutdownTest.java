package dev.augur.example.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import dev.augur.example.BoundedWrites;
import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.CassandraExtension;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The service as it runs in production, a process of its own ({@link TelemetryService#main}), on
 * the test node, stopped by a real SIGTERM while a slow stream and a burst of writes are in
 * flight: the stream is written to its end, every write is either acknowledged (and then readable)
 * or refused with 503, requests after the signal get 503, and the JVM exits with 143 (128 + SIGTERM)
 * once its shutdown hook has drained and closed everything.
 */
@ExtendWith(CassandraExtension.class)
class SigtermShutdownTest {
  private static final String KEYSPACE = "example_service_sigterm";
  private static final LocalDate DAY = LocalDate.of(2026, 11, 24);
  private static final Instant MIDNIGHT = Instant.parse("2026-11-24T00:00:00Z");
  private static final int ROWS = 20_000;
  private static final int WRITES = 40;
  private static final int READINGS_PER_WRITE = 100;
  private static final Pattern LISTENING =
      Pattern.compile("Telemetry service listening on http://localhost:(\\d+)");
  private static final Pattern STOPPING = Pattern.compile("Stopping: .*waiting for (\\d+) in flight");

  @Test
  @Timeout(180)
  void sigtermDrainsTheRequestsInFlightAndExitsWith143(CassandraEndpoint endpoint, CqlSession admin)
      throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                TelemetryService.class.getName())
            .redirectErrorStream(true);
    builder
        .environment()
        .putAll(
            Map.of(
                "CASSANDRA_CONTACT_POINTS", endpoint.firstContactPoint(),
                "CASSANDRA_LOCAL_DATACENTER", endpoint.localDatacenter(),
                "CASSANDRA_KEYSPACE", KEYSPACE,
                "HOST", "127.0.0.1",
                "PORT", "0",
                "EVENT_LOOPS", "2",
                "SHUTDOWN_DRAIN_SECONDS", "30"));
    Process service = builder.start();
    Output output = Output.of(service);
    Vertx vertx = Vertx.vertx();
    try {
      int port = Integer.parseInt(output.await(LISTENING, 90).group(1));
      WebClient client =
          WebClient.create(
              vertx,
              new WebClientOptions()
                  .setDefaultHost("127.0.0.1")
                  .setDefaultPort(port)
                  .setMaxPoolSize(WRITES + 4));
      UUID sensor = UUID.randomUUID();
      assertThat(
              await(
                      client
                          .post("/sensors")
                          .sendJsonObject(
                              new JsonObject()
                                  .put("id", sensor.toString())
                                  .put("name", "s")
                                  .put("unit", "c")))
                  .statusCode())
          .isEqualTo(201);
      PreparedStatement insert =
          admin.prepare(
              "INSERT INTO "
                  + KEYSPACE
                  + ".readings (sensor_id, day, taken_at, value) VALUES (?, ?, ?, ?)");
      ServiceFixture.await(
          BoundedWrites.run(
              ROWS,
              256,
              n -> admin.executeAsync(insert.bind(sensor, DAY, MIDNIGHT.plusSeconds(n), 1.0))));

      try (Socket socket = new Socket()) {
        socket.setReceiveBufferSize(8 * 1024);
        socket.connect(new InetSocketAddress("127.0.0.1", port));
        // About 1 MB of NDJSON at 500 KB/s: still streaming long after the signal.
        NdjsonReader stream =
            NdjsonReader.open(
                socket,
                "/sensors/" + sensor + "/readings/stream?day=" + DAY,
                500 * 1024,
                row -> MIDNIGHT.plusSeconds(ROWS - 1 - row));
        stream.readRows(1_000);

        // A burst of writes, each a batch of readings of a day of its own, then at once SIGTERM.
        List<Future<HttpResponse<Buffer>>> writes = new ArrayList<>();
        for (int w = 0; w < WRITES; w++) {
          writes.add(
              client
                  .post("/sensors/" + sensor + "/readings")
                  .putHeader("content-type", "application/json")
                  .sendBuffer(Buffer.buffer(batch(w).encode())));
        }
        // SIGTERM. (Process.destroy() would send it too, but also close the output still to read.)
        assertThat(service.toHandle().destroy()).as("SIGTERM sent").isTrue();
        int inFlightAtSignal = Integer.parseInt(output.await(STOPPING, 30).group(1));

        // Turned away from the moment the hook runs, on connections of their own.
        HttpResponse<Buffer> health = awaitRefusal(port, "/health");
        HttpResponse<Buffer> refused = awaitRefusal(port, "/sensors/" + sensor);
        boolean exitedBeforeTheStreamEnded = !service.isAlive();
        stream.readRows(ROWS);

        List<Integer> statuses = new ArrayList<>();
        List<Integer> acknowledged = new ArrayList<>();
        for (int w = 0; w < WRITES; w++) {
          // A write lost in the shutdown fails here: reset, or closed before its response.
          HttpResponse<Buffer> response = await(writes.get(w));
          statuses.add(response.statusCode());
          if (response.statusCode() == 201) {
            acknowledged.add(w);
          }
        }
        assertThat(service.waitFor(60, TimeUnit.SECONDS)).as("exited after the drain").isTrue();
        output.ended.get(10, TimeUnit.SECONDS);
        System.out.printf(
            "SIGTERM with %d requests in flight (the stream and writes); writes acknowledged %d,"
                + " refused %d; exit code %d%n%s%n",
            inFlightAtSignal,
            acknowledged.size(),
            WRITES - acknowledged.size(),
            service.exitValue(),
            output.text());

        assertThat(inFlightAtSignal).as("requests in flight at the signal").isGreaterThanOrEqualTo(1);
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.getHeader("connection")).isEqualTo("close");
        assertThat(refused.bodyAsJsonObject().getString("error")).isEqualTo("shutting_down");
        assertThat(exitedBeforeTheStreamEnded).isFalse();
        assertThat(stream.rows()).as("rows of the stream in flight").isEqualTo(ROWS);
        assertThat(stream.outOfOrder()).isZero();
        assertThat(statuses).as("answers to the writes").allMatch(s -> s == 201 || s == 503);
        for (int w : acknowledged) {
          assertThat(
                  admin
                      .execute(
                          "SELECT count(*) FROM "
                              + KEYSPACE
                              + ".readings WHERE sensor_id = ? AND day = ?",
                          sensor,
                          DAY.plusDays(1 + w))
                      .one()
                      .getLong(0))
              .as("readings of acknowledged write %d", w)
              .isEqualTo(READINGS_PER_WRITE);
        }
        assertThat(service.exitValue()).as("exit code after a graceful SIGTERM").isEqualTo(143);
        assertThat(output.text())
            .contains("HTTP servers, Cassandra session and Vert.x closed")
            .doesNotContain("Stopping did not finish cleanly");
      }
      assertThatThrownBy(() -> new Socket("127.0.0.1", port).close())
          .as("nothing listens once the process is gone")
          .isInstanceOf(ConnectException.class);
    } finally {
      service.destroyForcibly();
      ServiceFixture.await(vertx.close());
    }
  }

  private static JsonArray batch(int write) {
    JsonArray readings = new JsonArray();
    Instant day = MIDNIGHT.plus(java.time.Duration.ofDays(1 + write));
    for (int r = 0; r < READINGS_PER_WRITE; r++) {
      readings.add(new JsonObject().put("takenAt", day.plusSeconds(r).toString()).put("value", r));
    }
    return readings;
  }

  /** GET {@code path} on a connection of its own until it is answered 503. */
  private static HttpResponse<Buffer> awaitRefusal(int port, String path) throws Exception {
    Vertx vertx = Vertx.vertx();
    try {
      WebClient once =
          WebClient.create(
              vertx,
              new WebClientOptions()
                  .setDefaultHost("127.0.0.1")
                  .setDefaultPort(port)
                  .setKeepAlive(false));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (true) {
        HttpResponse<Buffer> response = await(once.get(path).send());
        if (response.statusCode() == 503 || System.nanoTime() > deadline) {
          return response;
        }
        Thread.sleep(10);
      }
    } finally {
      ServiceFixture.await(vertx.close());
    }
  }

  private static <T> T await(Future<T> future) {
    return ServiceFixture.await(future);
  }

  /** The process's output, gathered by a thread of its own, searchable as it arrives. */
  private static final class Output {
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Void> ended = new CompletableFuture<>();

    static Output of(Process process) {
      Output output = new Output();
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader in =
                    new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                  for (String line = in.readLine(); line != null; line = in.readLine()) {
                    output.lines.add(line);
                  }
                } catch (IOException e) {
                  output.lines.add("(output unreadable: " + e + ")");
                }
                output.ended.complete(null);
              },
              "service-output");
      reader.setDaemon(true);
      reader.start();
      return output;
    }

    /** The first line matching {@code pattern}, waiting for it up to {@code seconds}. */
    Matcher await(Pattern pattern, int seconds) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      while (System.nanoTime() < deadline) {
        for (String line : lines) {
          Matcher matcher = pattern.matcher(line);
          if (matcher.find()) {
            return matcher;
          }
        }
        if (ended.isDone()) {
          break;
        }
        Thread.sleep(20);
      }
      throw new AssertionError("The service never printed " + pattern + ":\n" + text());
    }

    String text() {
      return String.join("\n", lines);
    }
  }
}
