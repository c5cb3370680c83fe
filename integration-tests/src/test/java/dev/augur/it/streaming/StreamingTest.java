package dev.augur.it.streaming;

import static dev.augur.it.streaming.Streams.PAGE_SIZE;
import static dev.augur.it.streaming.Streams.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.augur.runtime.AugurSession;
import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.CassandraExtension;
import io.reactivex.rxjava3.core.Flowable;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reactivestreams.FlowAdapters;
import reactor.core.publisher.Flux;

/**
 * A generated DAO's {@code Flow.Publisher} on a real node, with 10-row pages: fast and slow
 * subscribers get every row once, in order, with at most one page fetched ahead of what they
 * consumed; cancelling stops the fetching; Reactor and RxJava consume it through {@code
 * FlowAdapters}.
 */
@ExtendWith(CassandraExtension.class)
class StreamingTest {
  private static final int ROWS = 995;
  private static final Streams.Pages PAGES = new Streams.Pages();
  private static final ExecutorService APP = Executors.newFixedThreadPool(2);
  private static AugurSession session;
  private static AugurSession appSession;
  private static TickDao ticks;
  private static TickDao appTicks;
  private static String series;

  @BeforeAll
  static void createDaos(CqlSession admin, CassandraEndpoint endpoint) {
    session = Streams.open(admin, endpoint, "it_streaming", PAGES, AugurSession.builder());
    ticks = await(AugurTickDao.create(session));
    // A slow consumer runs on the application's threads, not on the driver's.
    appSession =
        Streams.open(
            admin, endpoint, "it_streaming", PAGES, AugurSession.builder().callbackExecutor(APP));
    appTicks = await(AugurTickDao.create(appSession));
    series = Streams.newSeries(ticks, ROWS);
  }

  @AfterAll
  static void close() {
    await(session.closeAsync());
    await(appSession.closeAsync());
    APP.shutdownNow();
  }

  @Test
  void aFastSubscriberGetsAHundredPagesInOrder() throws InterruptedException {
    int before = PAGES.settledCount(TickDao.SERIES_CQL);
    Recorder<Tick> subscriber = Recorder.inBatches(Long.MAX_VALUE);

    ticks.stream(series).subscribe(subscriber);
    subscriber.awaitTermination();

    assertThat(subscriber.error()).isNull();
    assertThat(subscriber.completed()).isTrue();
    assertThat(subscriber.items()).extracting(Tick::seq).containsExactlyElementsOf(seqs(ROWS));
    assertThat(subscriber.signalsOverlapped()).isFalse();
    assertThat(PAGES.settle(TickDao.SERIES_CQL, before + 100) - before).isEqualTo(100);
  }

  @Test
  void aSubscriberRequestingInBatchesGetsEveryRow() throws InterruptedException {
    Recorder<Tick> subscriber = Recorder.inBatches(7);

    ticks.stream(series).subscribe(subscriber);
    subscriber.awaitTermination();

    assertThat(subscriber.completed()).isTrue();
    assertThat(subscriber.items()).extracting(Tick::seq).containsExactlyElementsOf(seqs(ROWS));
    assertThat(subscriber.signalsOverlapped()).isFalse();
  }

  @Test
  void aSlowSubscriberIsNeverMoreThanOnePageBehind() throws InterruptedException {
    int before = PAGES.settledCount(TickDao.SERIES_CQL);
    int rows = 95;
    String small = Streams.newSeries(ticks, rows);
    AtomicInteger worstLead = new AtomicInteger();
    Recorder<Tick> subscriber =
        Recorder.slow(
            2,
            r -> {
              // Pages fetched so far, against the pages the rows consumed so far span.
              int fetched = PAGES.count(TickDao.SERIES_CQL) - before;
              int consumedPages = (r.count() + PAGE_SIZE - 1) / PAGE_SIZE;
              worstLead.accumulateAndGet(fetched - consumedPages, Math::max);
            });

    appTicks.stream(small).subscribe(subscriber);
    subscriber.awaitTermination();

    assertThat(subscriber.completed()).isTrue();
    assertThat(subscriber.items()).extracting(Tick::seq).containsExactlyElementsOf(seqs(rows));
    assertThat(worstLead.get()).as("pages fetched ahead of the consumer").isLessThanOrEqualTo(1);
    assertThat(subscriber.threads()).allMatch(name -> name.startsWith("pool-"));
    assertThat(PAGES.settle(TickDao.SERIES_CQL, before + 10) - before).isEqualTo(10);
  }

  @Test
  void cancellingAfterAFewRowsStopsPageFetching() throws InterruptedException {
    int before = PAGES.settledCount(TickDao.SERIES_CQL);
    Recorder<Tick> subscriber = Recorder.manual();
    ticks.stream(series).subscribe(subscriber);

    subscriber.request(5);
    subscriber.awaitItems(5);
    subscriber.cancel();
    subscriber.request(1_000);

    assertThat(PAGES.settle(TickDao.SERIES_CQL, before + 1) - before).isEqualTo(1);
    assertThat(subscriber.items()).hasSize(5);
    assertThat(subscriber.completed()).isFalse();
    assertThat(subscriber.error()).isNull();
  }

  @Test
  void cancellingInTheMiddleOfAnUnboundedStreamStopsWithinAPage() throws InterruptedException {
    int before = PAGES.settledCount(TickDao.SERIES_CQL);
    Recorder<Tick> subscriber =
        Recorder.slow(
            0,
            r -> {
              if (r.count() == 25) {
                r.cancel();
              }
            });
    ticks.stream(series).subscribe(subscriber);
    subscriber.request(Long.MAX_VALUE);

    int fetched = PAGES.settle(TickDao.SERIES_CQL, before + 3) - before;
    assertThat(subscriber.items()).hasSize(25);
    // Rows 20-24 are on page 3; page 4 may have been requested ahead, never page 5.
    assertThat(fetched).isBetween(3, 4);
  }

  @Test
  void reactorConsumesItThroughFlowAdapters() throws InterruptedException {
    int before = PAGES.settledCount(TickDao.SERIES_CQL);

    List<Integer> first15 =
        Flux.from(FlowAdapters.toPublisher(ticks.stream(series)))
            .limitRate(5)
            .map(Tick::seq)
            .take(15, true)
            .collectList()
            .block();

    assertThat(first15).containsExactlyElementsOf(seqs(15));
    assertThat(PAGES.settle(TickDao.SERIES_CQL, before + 2) - before).isEqualTo(2);

    Long count = Flux.from(FlowAdapters.toPublisher(ticks.stream(series))).count().block();
    assertThat(count).isEqualTo(ROWS);
  }

  @Test
  void rxJavaConsumesItThroughFlowAdapters() {
    List<Integer> seqs =
        Flowable.fromPublisher(FlowAdapters.toPublisher(ticks.stream(series)))
            .rebatchRequests(16)
            .map(Tick::seq)
            .toList()
            .blockingGet();

    assertThat(seqs).containsExactlyElementsOf(seqs(ROWS));

    List<Integer> firstThree =
        Flowable.fromPublisher(FlowAdapters.toPublisher(ticks.stream(series)))
            .take(3)
            .map(Tick::seq)
            .toList()
            .blockingGet();
    assertThat(firstThree).containsExactly(0, 1, 2);
  }

  private static List<Integer> seqs(int rows) {
    return IntStream.range(0, rows).boxed().toList();
  }
}
