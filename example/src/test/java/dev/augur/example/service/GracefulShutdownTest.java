package dev.augur.example.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import dev.augur.example.BoundedWrites;
import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.CassandraExtension;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What SIGTERM does ({@link TelemetryService#stop()}, which the shutdown hook calls): new requests
 * are turned away with 503 at once, a stream in flight is written to its end, and only then do the
 * HTTP servers and the session close.
 */
@ExtendWith(CassandraExtension.class)
class GracefulShutdownTest {
  private static final String KEYSPACE = "example_service_stop";
  private static final LocalDate DAY = LocalDate.of(2026, 11, 24);
  private static final Instant MIDNIGHT = Instant.parse("2026-11-24T00:00:00Z");
  private static final int ROWS = 20_000;

  @Test
  void stoppingTurnsNewRequestsAwayAndFinishesThoseInFlight(
      CassandraEndpoint endpoint, CqlSession admin) throws Exception {
    ServiceFixture fixture =
        ServiceFixture.start(
            endpoint, KEYSPACE, Map.of("SHUTDOWN_DRAIN_SECONDS", "30"), r -> {}, s -> {});
    UUID sensor = UUID.randomUUID();
    fixture.post(
        "/sensors",
        new JsonObject().put("id", sensor.toString()).put("name", "s").put("unit", "c"));
    PreparedStatement insert =
        admin.prepare(
            "INSERT INTO "
                + KEYSPACE
                + ".readings (sensor_id, day, taken_at, value)"
                + " VALUES (?, ?, ?, ?)");
    ServiceFixture.await(
        BoundedWrites.run(
            ROWS,
            256,
            n -> admin.executeAsync(insert.bind(sensor, DAY, MIDNIGHT.plusSeconds(n), 1.0))));
    int port = fixture.service.port();

    try (Socket socket = new Socket()) {
      socket.setReceiveBufferSize(8 * 1024);
      socket.connect(new InetSocketAddress("127.0.0.1", port));
      // About 1 MB of NDJSON at 500 KB/s: still streaming when the stop begins.
      NdjsonReader stream =
          NdjsonReader.open(
              socket,
              "/sensors/" + sensor + "/readings/stream?day=" + DAY,
              500 * 1024,
              row -> MIDNIGHT.plusSeconds(ROWS - 1 - row));
      stream.readRows(1_000);

      CompletableFuture<Void> stopped = fixture.service.stop().toCompletableFuture();
      HttpResponse<Buffer> refused = fixture.get("/sensors/" + sensor);
      HttpResponse<Buffer> health = fixture.get("/health");
      boolean stoppedBeforeTheStreamEnded = stopped.isDone();
      stream.readRows(ROWS);

      assertThat(refused.statusCode()).isEqualTo(503);
      assertThat(refused.getHeader("connection")).isEqualTo("close");
      assertThat(refused.bodyAsJsonObject().getString("error")).isEqualTo("shutting_down");
      assertThat(health.statusCode()).isEqualTo(503);
      assertThat(stoppedBeforeTheStreamEnded).isFalse();
      assertThat(stream.rows()).isEqualTo(ROWS);
      assertThat(stream.outOfOrder()).isZero();
      ServiceFixture.await(stopped);
    }
    assertThatThrownBy(() -> new Socket("127.0.0.1", port).close())
        .as("the HTTP servers are closed")
        .isInstanceOf(ConnectException.class);
    fixture.close();
  }
}
