package dev.augur.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.DriverTimeoutException;
import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** {@link RowStream}'s paging, options, async iteration and threads, on in-memory pages. */
class RowStreamTest {
  private static final ExecutorService PAGE_THREAD =
      Executors.newSingleThreadExecutor(task -> new Thread(task, "fake-io"));
  private static final ExecutorService CALLBACKS =
      Executors.newFixedThreadPool(2, task -> new Thread(task, "app-callback"));

  @AfterAll
  static void shutdown() {
    PAGE_THREAD.shutdownNow();
    CALLBACKS.shutdownNow();
  }

  @Test
  void fetchesAPageOnlyWhenDemandExceedsWhatIsBuffered() {
    FakePages pages = FakePages.of(95, 10);
    TestSubscriber<Long> subscriber = new TestSubscriber<>();
    pages.stream(StreamOptions.DEFAULTS, null).subscribe(subscriber);
    assertThat(pages.fetched()).as("no demand, no query").isZero();

    subscriber.request(3);
    assertThat(pages.fetched()).isEqualTo(1);
    subscriber.request(7); // exactly what is buffered
    assertThat(pages.fetched()).isEqualTo(1);
    subscriber.request(1);
    assertThat(pages.fetched()).isEqualTo(2);
    subscriber.request(25); // 9 buffered, then 16 more: pages 3 and 4, and one ahead at most
    assertThat(pages.fetched()).isEqualTo(4);
    assertThat(subscriber.items()).hasSize(36);

    subscriber.request(Long.MAX_VALUE);
    assertThat(subscriber.items()).containsExactlyElementsOf(range(0, 95));
    assertThat(subscriber.completed).isTrue();
    assertThat(pages.fetched()).isEqualTo(10);
  }

  @Test
  void cancelStopsDeliveryAndFetching() {
    FakePages pages = FakePages.of(1_000, 10);
    TestSubscriber<Long> subscriber = new TestSubscriber<>();
    pages.stream(StreamOptions.DEFAULTS, null).subscribe(subscriber);

    subscriber.request(5);
    subscriber.subscription.cancel();
    subscriber.request(100);

    assertThat(subscriber.items()).hasSize(5);
    assertThat(pages.fetched()).isEqualTo(1);
    assertThat(subscriber.completed).isFalse();
    assertThat(subscriber.error).isNull();
  }

  @Test
  void maxPagesEndsTheStreamNormallyWithoutFetchingMore() {
    FakePages pages = FakePages.of(100, 10);
    TestSubscriber<Long> subscriber = new TestSubscriber<>();
    pages.stream(StreamOptions.DEFAULTS.maxPages(3), null).subscribe(subscriber);

    subscriber.request(Long.MAX_VALUE);

    assertThat(subscriber.items()).containsExactlyElementsOf(range(0, 30));
    assertThat(subscriber.completed).isTrue();
    assertThat(pages.fetched()).isEqualTo(3);
  }

  @Test
  void maxRowsEndsTheStreamWithoutFetchingAPageItWouldNotNeed() {
    FakePages pages = FakePages.of(100, 10);
    TestSubscriber<Long> subscriber = new TestSubscriber<>();
    pages.stream(StreamOptions.DEFAULTS.maxRows(25), null).subscribe(subscriber);

    subscriber.request(Long.MAX_VALUE);

    assertThat(subscriber.items()).containsExactlyElementsOf(range(0, 25));
    assertThat(subscriber.completed).isTrue();
    assertThat(pages.fetched()).isEqualTo(3);
  }

  @Test
  void onPageIsCalledForEachPageBeforeItsRows() {
    List<String> events = new ArrayList<>();
    StreamOptions options =
        StreamOptions.DEFAULTS.onPage((page, rows) -> events.add("page " + page + ": " + rows));
    FakePages pages = FakePages.of(25, 10);

    CompletionStage<Long> seen =
        pages.stream(options, null).forEachAsync(row -> events.add("row " + row));

    assertThat(seen.toCompletableFuture().join()).isEqualTo(25);
    assertThat(events).startsWith("page 1: 10", "row 0");
    assertThat(events).containsSubsequence("row 9", "page 2: 10", "row 10");
    assertThat(events).containsSubsequence("row 19", "page 3: 5", "row 20", "row 24");
  }

  @Test
  void aThrowingPageCallbackFailsTheStream() throws InterruptedException {
    IllegalStateException boom = new IllegalStateException("boom");
    StreamOptions options =
        StreamOptions.DEFAULTS.onPage(
            (page, rows) -> {
              if (page == 2) {
                throw boom;
              }
            });
    TestSubscriber<Long> subscriber = new TestSubscriber<>();
    FakePages.of(100, 10).stream(options, null).subscribe(subscriber);

    subscriber.request(Long.MAX_VALUE);

    assertThat(subscriber.awaitTermination()).isTrue();
    assertThat(subscriber.error).isSameAs(boom);
    assertThat(subscriber.items()).hasSize(10);
  }

  @Test
  void theDeadlineFailsAStreamWhosePageNeverComes() throws InterruptedException {
    AtomicInteger fetches = new AtomicInteger();
    FakePages data = FakePages.of(100, 10);
    PageSource stalled =
        new PageSource() {
          @Override
          public CompletionStage<AsyncResultSet> first() {
            fetches.incrementAndGet();
            return data.first();
          }

          @Override
          public CompletionStage<AsyncResultSet> next(AsyncResultSet page) {
            fetches.incrementAndGet();
            return new CompletableFuture<>(); // never completes
          }
        };
    RowStream<Long> stream =
        new RowStream<>(
            "Fake.rows",
            stalled,
            columns -> row -> row.getLong(0),
            StreamOptions.DEFAULTS.deadline(Duration.ofMillis(200)),
            null);
    TestSubscriber<Long> subscriber = new TestSubscriber<>();
    long start = System.nanoTime();
    stream.subscribe(subscriber);
    subscriber.request(Long.MAX_VALUE);

    assertThat(subscriber.awaitTermination()).isTrue();
    long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertThat(elapsedMillis).isBetween(180L, 5_000L);
    assertThat(subscriber.error)
        .isInstanceOf(StreamTimeoutException.class)
        .isInstanceOf(DriverTimeoutException.class)
        .hasMessageContaining("Fake.rows")
        .hasMessageContaining("deadline of PT0.2S")
        .hasMessageContaining("10 rows delivered from 1 pages");
    assertThat(subscriber.items()).hasSize(10);
    assertThat(fetches).hasValue(2);
    assertThat(subscriber.threads()).last().isEqualTo("augur-stream-deadline");
  }

  @Test
  void theDeadlineCoversASlowConsumerToo() throws InterruptedException {
    TestSubscriber<Long> subscriber = new TestSubscriber<>();
    FakePages.of(100, 10).stream(StreamOptions.DEFAULTS.deadline(Duration.ofMillis(100)), null)
        .subscribe(subscriber);
    subscriber.request(1); // and never more

    assertThat(subscriber.awaitTermination()).isTrue();
    assertThat(subscriber.error).isInstanceOf(StreamTimeoutException.class);
    assertThat(subscriber.items()).hasSize(1);
  }

  @Test
  void aStreamThatEndsInTimeIsNotFailedByItsDeadline() throws InterruptedException {
    TestSubscriber<Long> subscriber = new TestSubscriber<>();
    FakePages.of(30, 10).stream(StreamOptions.DEFAULTS.deadline(Duration.ofMillis(100)), null)
        .subscribe(subscriber);
    subscriber.request(Long.MAX_VALUE);
    Thread.sleep(300);

    assertThat(subscriber.completed).isTrue();
    assertThat(subscriber.error).isNull();
  }

  @Test
  void forEachAsyncSeesEveryRowInOrderAndCountsThem() {
    List<Long> seen = new ArrayList<>();
    FakePages pages = FakePages.async(1_000, 64, PAGE_THREAD);

    long count =
        pages.stream(StreamOptions.DEFAULTS, null)
            .forEachAsync(seen::add)
            .toCompletableFuture()
            .join();

    assertThat(count).isEqualTo(1_000);
    assertThat(seen).containsExactlyElementsOf(range(0, 1_000));
    assertThat(pages.fetched()).isEqualTo(16);
  }

  @Test
  void forEachAsyncRequestsTheNextPageAsSoonAsAPageArrives() {
    // What its Javadoc promises: page n+1 is on its way while page n's rows are handed on.
    FakePages pages = FakePages.async(30, 10, PAGE_THREAD);
    List<Integer> fetchedWhenSeen = new ArrayList<>();

    long count =
        pages.stream(StreamOptions.DEFAULTS, null)
            .forEachAsync(row -> fetchedWhenSeen.add(pages.fetched()))
            .toCompletableFuture()
            .join();

    assertThat(count).isEqualTo(30);
    List<Integer> expected = new ArrayList<>();
    for (int page = 1; page <= 3; page++) {
      for (int row = 0; row < 10; row++) {
        expected.add(Math.min(page + 1, 3)); // never two ahead
      }
    }
    assertThat(fetchedWhenSeen).containsExactlyElementsOf(expected);
    assertThat(pages.fetched()).isEqualTo(3);
  }

  @Test
  void withoutPrefetchForEachAsyncRequestsTheNextPageOnlyAfterTheLastRowOfThePageWasHandedOn() {
    // Pages are fetched and consumed in turn, one page held at a time.
    FakePages pages = FakePages.async(30, 10, PAGE_THREAD);
    List<Integer> fetchedWhenSeen = new ArrayList<>();

    long count =
        pages.stream(StreamOptions.DEFAULTS.prefetchPages(false), null)
            .forEachAsync(row -> fetchedWhenSeen.add(pages.fetched()))
            .toCompletableFuture()
            .join();

    assertThat(count).isEqualTo(30);
    List<Integer> expected = new ArrayList<>();
    for (int page = 1; page <= 3; page++) {
      for (int row = 0; row < 10; row++) {
        expected.add(page); // while page n's rows are handed on, only n pages were requested
      }
    }
    assertThat(fetchedWhenSeen).containsExactlyElementsOf(expected);
    assertThat(pages.fetched()).isEqualTo(3);
  }

  @Test
  void forEachAsyncFailsWithWhatTheActionThrowsAndStopsFetching() {
    IllegalArgumentException boom = new IllegalArgumentException("bad row");
    FakePages pages = FakePages.of(1_000, 10);

    CompletableFuture<Long> seen =
        pages.stream(StreamOptions.DEFAULTS, null)
            .forEachAsync(
                row -> {
                  if (row == 15) {
                    throw boom;
                  }
                })
            .toCompletableFuture();

    assertThatThrownBy(seen::get).isInstanceOf(ExecutionException.class).hasCause(boom);
    assertThat(pages.fetched()).as("page 3 was fetched ahead when page 2 came").isEqualTo(3);
  }

  @Test
  void everySignalRunsOnTheCallbackExecutor() throws InterruptedException {
    TestSubscriber<Long> subscriber = new TestSubscriber<>();
    FakePages.async(50, 10, PAGE_THREAD).stream(StreamOptions.DEFAULTS, CALLBACKS)
        .subscribe(subscriber);
    Thread.sleep(50);
    subscriber.request(Long.MAX_VALUE); // from the test's thread: delivery still hops

    assertThat(subscriber.awaitTermination()).isTrue();
    assertThat(subscriber.items()).hasSize(50);
    assertThat(subscriber.threads()).hasSize(52).containsOnly("app-callback");
  }

  @Test
  void aFailingDecoderFailsTheStream() throws InterruptedException {
    IllegalArgumentException incompatible = new IllegalArgumentException("no column x");
    RowStream<Long> stream =
        new RowStream<>(
            "Fake.rows",
            FakePages.of(10, 5),
            columns -> {
              throw incompatible;
            },
            StreamOptions.DEFAULTS,
            null);
    TestSubscriber<Long> subscriber = new TestSubscriber<>();
    stream.subscribe(subscriber);
    subscriber.request(1);

    assertThat(subscriber.awaitTermination()).isTrue();
    assertThat(subscriber.error).isSameAs(incompatible);
  }

  @Test
  void optionsRejectNonsense() {
    assertThatThrownBy(() -> StreamOptions.DEFAULTS.pageSize(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StreamOptions.DEFAULTS.maxRows(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StreamOptions.DEFAULTS.maxPages(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StreamOptions.DEFAULTS.deadline(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static List<Long> range(long from, long to) {
    return LongStream.range(from, to).boxed().toList();
  }
}
