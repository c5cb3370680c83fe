package dev.augur.example.webflux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.augur.spring.AugurSessionLifecycle;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import reactor.blockhound.BlockingOperationError;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Every endpoint over HTTP, with BlockHound watching every non-blocking thread. */
class SensorServiceTest extends ServiceTestBase {
  private Http http;

  @BeforeEach
  void client() {
    http = new Http(port, 16);
  }

  @AfterEach
  void noBlockingCall() {
    http.close();
    assertThat(BlockingCalls.caught()).as("blocking calls BlockHound caught").isEmpty();
  }

  @Test
  void blockHoundIsInstalledForTheTestJvm() {
    Mono<Long> sleeps =
        Mono.delay(Duration.ofMillis(1), Schedulers.parallel())
            .doOnNext(
                tick -> {
                  try {
                    Thread.sleep(1);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                });

    assertThatThrownBy(sleeps::block).hasCauseInstanceOf(BlockingOperationError.class);
    assertThat(BlockingCalls.caught()).singleElement().asString().contains("java.lang.Thread.sleep");
    BlockingCalls.clear();
  }

  @Test
  void createsFindsAndRejectsSensors() {
    UUID id = UUID.randomUUID();
    String body = "{\"id\":\"" + id + "\",\"name\":\"boiler\",\"unit\":\"celsius\"}";

    assertThat(http.post("/sensors", body).status()).isEqualTo(201);
    assertThat(http.post("/sensors", body).status()).isEqualTo(409);
    assertThat(http.post("/sensors", "{\"unit\":\"celsius\"}").status()).isEqualTo(400);
    Http.Reply found = http.get("/sensors/" + id);
    assertThat(found.status()).isEqualTo(200);
    assertThat(found.body()).contains("\"name\":\"boiler\"");
    assertThat(http.get("/sensors/" + UUID.randomUUID()).status()).isEqualTo(404);
  }

  @Test
  void recordsReadingsAndReadsThemByPageStreamAndCount() {
    UUID id = UUID.randomUUID();
    http.post("/sensors", "{\"id\":\"" + id + "\",\"name\":\"door\"}");
    for (int second = 0; second < 5; second++) {
      String reading = "{\"takenAt\":\"2026-11-24T10:00:0" + second + "Z\",\"value\":" + second + "}";
      assertThat(http.post("/sensors/" + id + "/readings", reading).status()).isEqualTo(201);
    }
    assertThat(http.post("/sensors/" + UUID.randomUUID() + "/readings", "{\"value\":1}").status())
        .isEqualTo(404);

    Http.Reply first = http.get("/sensors/" + id + "/readings?day=2026-11-24&pageSize=3");
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.body()).contains("10:00:04Z").doesNotContain("10:00:01Z");
    String token = first.body().replaceAll(".*\"nextPageToken\":\"([^\"]+)\".*", "$1");
    Http.Reply second =
        http.get("/sensors/" + id + "/readings?day=2026-11-24&pageSize=3&pageToken=" + token);
    assertThat(second.body()).contains("10:00:01Z", "10:00:00Z").contains("\"nextPageToken\":null");
    assertThat(
            http.get("/sensors/" + id + "/readings?day=2026-11-25&pageSize=3&pageToken=" + token)
                .status())
        .isEqualTo(400);

    Http.Reply stream = http.get("/sensors/" + id + "/readings/stream?day=2026-11-24");
    assertThat(stream.body().lines()).hasSize(5).first().asString().contains("10:00:04Z");
    assertThat(http.get("/sensors/" + id + "/readings/count?day=2026-11-24").body())
        .isEqualTo("{\"count\":5}");
  }

  @Test
  void augurDrainsAfterTheWebServerHasStopped() {
    // Stopped in descending phase order: the graceful shutdown, the server, then Augur's drain.
    assertThat(AugurSessionLifecycle.PHASE)
        .isLessThan(WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE)
        .isLessThan(WebServerApplicationContext.GRACEFUL_SHUTDOWN_PHASE);
  }
}
