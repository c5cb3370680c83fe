package dev.augur.it.streaming;

import static dev.augur.it.streaming.Streams.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.RequestThrottlingException;
import dev.augur.runtime.AugurSession;
import dev.augur.runtime.RequestOverloadException;
import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.CassandraExtension;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The session's request limiter on a real node: beyond the requests in flight and the queue, a call
 * fails at once with an overload error; waiting requests are sent in the order they came; a stream
 * read under a limit of one request in flight still gets all its pages (the next page of a stream
 * waits even when the queue is full).
 */
@ExtendWith(CassandraExtension.class)
class RequestLimitTest {
  private static AugurSession limited;
  private static AugurSession serial;
  private static TickDao ticks;
  private static TickDao limitedTicks;
  private static TickDao serialTicks;
  private static AugurSession unlimited;

  @BeforeAll
  static void open(CqlSession admin, CassandraEndpoint endpoint) {
    Streams.Pages pages = new Streams.Pages();
    unlimited = Streams.open(admin, endpoint, "it_limits", pages, AugurSession.builder());
    ticks = await(AugurTickDao.create(unlimited));
    limited =
        Streams.open(
            admin,
            endpoint,
            "it_limits",
            pages,
            AugurSession.builder().maxRequestsInFlight(2).maxQueuedRequests(5));
    limitedTicks = await(AugurTickDao.create(limited));
    serial =
        Streams.open(
            admin,
            endpoint,
            "it_limits",
            pages,
            AugurSession.builder().maxRequestsInFlight(1).maxQueuedRequests(100));
    serialTicks = await(AugurTickDao.create(serial));
  }

  @AfterAll
  static void close() {
    await(unlimited.closeAsync());
    await(limited.closeAsync());
    await(serial.closeAsync());
  }

  @Test
  void beyondInFlightAndQueueNewCallsFailFastWithAnOverloadError() {
    String series = Streams.newSeries(ticks, 30);
    List<CompletableFuture<List<Tick>>> calls =
        IntStream.range(0, 20)
            .mapToObj(i -> limitedTicks.all(series).toCompletableFuture())
            .toList();

    // 2 sent, 5 queued, the rest rejected at once: 13 when no answer arrives while the calls
    // are made; an answer arriving in between frees a slot and admits one more.
    long rejectedAtOnce =
        calls.stream().filter(CompletableFuture::isCompletedExceptionally).count();
    assertThat(rejectedAtOnce).isBetween(1L, 13L);
    long succeeded = calls.stream().filter(c -> !c.isCompletedExceptionally()).count();
    for (CompletableFuture<List<Tick>> call : calls) {
      if (!call.isCompletedExceptionally()) {
        assertThat(await(call)).hasSize(30);
      }
    }
    assertThat(succeeded + rejectedAtOnce).isEqualTo(20);
    assertThat(succeeded).isGreaterThanOrEqualTo(7);
    Throwable error =
        Streams.failure(
            calls.stream().filter(CompletableFuture::isCompletedExceptionally).findFirst().get());
    assertThat(error)
        .isInstanceOf(RequestOverloadException.class)
        .isInstanceOf(RequestThrottlingException.class)
        .hasMessageContaining("2 requests in flight and 5 queued");
    for (int i = 0; i < 7; i++) {
      assertThat(await(calls.get(i))).hasSize(30); // the first 7 are always admitted
    }
  }

  @Test
  void waitingRequestsAreSentInTheOrderTheyCame() {
    List<Integer> order = Collections.synchronizedList(new ArrayList<>());
    List<CompletableFuture<Void>> writes = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      int n = i;
      writes.add(
          serialTicks.add("order", n, "w").thenRun(() -> order.add(n)).toCompletableFuture());
    }
    await(CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)));

    // One in flight at a time: each completes before the next is sent, so the completions show
    // the order in which the queue admitted them.
    assertThat(order).containsExactlyElementsOf(IntStream.range(0, 50).boxed().toList());
  }

  @Test
  void aStreamGetsEveryPageUnderTheLimit() throws InterruptedException {
    String series = Streams.newSeries(ticks, 95);
    Recorder<Tick> subscriber = Recorder.inBatches(Long.MAX_VALUE);

    serialTicks.stream(series).subscribe(subscriber);
    subscriber.awaitTermination();

    assertThat(subscriber.completed()).isTrue();
    assertThat(subscriber.items()).hasSize(95);
  }
}
