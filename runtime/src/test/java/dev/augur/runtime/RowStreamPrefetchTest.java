package dev.augur.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Fetching a page ahead: pages whose answers the test holds back and releases one by one, so that
 * what the stream asked for is seen at each row it delivers.
 */
class RowStreamPrefetchTest {
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
  void theNextPageIsRequestedAsSoonAsAPageArrivesAndNeverTwoAhead() {
    HeldPages pages = new HeldPages(50, 10);
    List<Integer> requestedAtRow = new ArrayList<>();
    Counting subscriber = new Counting(row -> requestedAtRow.add(pages.requested()));
    pages.stream(StreamOptions.DEFAULTS).subscribe(subscriber);
    subscriber.subscription.request(Long.MAX_VALUE);

    for (int page = 0; page < 5; page++) {
      pages.answer(page);
    }

    // Page n+1 is requested before page n's first row is delivered; page n+2 not before n+1 came.
    List<Integer> expected = new ArrayList<>();
    for (int page = 1; page <= 5; page++) {
      for (int row = 0; row < 10; row++) {
        expected.add(Math.min(page + 1, 5));
      }
    }
    assertThat(requestedAtRow).containsExactlyElementsOf(expected);
    assertThat(subscriber.items).containsExactlyElementsOf(range(50));
    assertThat(subscriber.completions.get()).isEqualTo(1);
    assertThat(subscriber.errors).isEmpty();
  }

  @Test
  void aPageThatArrivesWhileOneIsDeliveredWaitsAndNothingIsFetchedBeyondIt() {
    HeldPages pages = new HeldPages(40, 10);
    List<Integer> requestedAtRow = new ArrayList<>();
    Counting subscriber =
        new Counting(
            row -> {
              if (row == 2) {
                pages.answer(1); // page 2 arrives while page 1 is being delivered
              }
              requestedAtRow.add(pages.requested());
            });
    pages.stream(StreamOptions.DEFAULTS).subscribe(subscriber);
    subscriber.subscription.request(Long.MAX_VALUE);
    pages.answer(0);

    // Pages 1 and 2 held: page 3 is requested only once page 2's rows are being delivered.
    assertThat(requestedAtRow.subList(0, 10)).containsOnly(2);
    assertThat(requestedAtRow.subList(10, 20)).containsOnly(3);
    assertThat(pages.requested()).isEqualTo(3);
    assertThat(subscriber.items).containsExactlyElementsOf(range(20));
  }

  @Test
  void boundedDemandFetchesAheadOnlyWhatItWillConsume() {
    HeldPages pages = new HeldPages(100, 10);
    List<Integer> requestedAtRow = new ArrayList<>();
    Counting subscriber = new Counting(row -> requestedAtRow.add(pages.requested()));
    pages.stream(StreamOptions.DEFAULTS).subscribe(subscriber);

    subscriber.subscription.request(8);
    pages.answer(0);
    assertThat(pages.requested()).as("8 wanted, 10 buffered").isEqualTo(1);

    subscriber.subscription.request(5); // 2 buffered, 5 wanted
    assertThat(pages.requested()).isEqualTo(2);
    assertThat(requestedAtRow.get(8)).as("page 2 requested before rows 8 and 9").isEqualTo(2);
    assertThat(subscriber.items).hasSize(10);
    pages.answer(1);
    assertThat(subscriber.items).hasSize(13);
    assertThat(pages.requested()).as("3 wanted were served from page 2").isEqualTo(2);
  }

  @Test
  void cancellingWhileAPageIsFetchedAheadStopsAndDropsThatPage() throws InterruptedException {
    HeldPages pages = new HeldPages(1_000, 10);
    Counting subscriber =
        new Counting(
            row -> {
              if (row == 4) {
                pages.cancelFrom.subscription.cancel();
              }
            });
    pages.cancelFrom = subscriber;
    pages.stream(StreamOptions.DEFAULTS).subscribe(subscriber);
    subscriber.subscription.request(Long.MAX_VALUE);
    pages.answer(0);
    assertThat(pages.requested()).as("page 2 was in flight at the cancel").isEqualTo(2);

    WeakReference<AsyncResultSet> late = new WeakReference<>(pages.answer(1));

    assertThat(subscriber.items).containsExactlyElementsOf(range(5));
    assertThat(pages.requested()).as("nothing requested after the cancel").isEqualTo(2);
    assertThat(subscriber.completions.get() + subscriber.errors.size()).isZero();
    for (int i = 0; i < 20 && late.get() != null; i++) {
      System.gc();
      Thread.sleep(10);
    }
    assertThat(late.get()).as("the late page, released by the cancelled stream").isNull();
    assertThat(subscriber.subscription).isNotNull(); // the subscription itself is still reachable
  }

  @Test
  void aFailedPageFetchedAheadFailsTheStreamAfterTheRowsBeforeIt() {
    HeldPages pages = new HeldPages(1_000, 10);
    IllegalStateException boom = new IllegalStateException("page 2 failed");
    Counting subscriber =
        new Counting(
            row -> {
              if (row == 3) {
                pages.fail(1, boom); // while page 1 is delivered
              }
            });
    pages.stream(StreamOptions.DEFAULTS).subscribe(subscriber);
    subscriber.subscription.request(Long.MAX_VALUE);
    pages.answer(0);

    assertThat(subscriber.items).containsExactlyElementsOf(range(10));
    assertThat(subscriber.errors).containsExactly(boom);
    assertThat(subscriber.completions.get()).isZero();
    assertThat(pages.requested()).isEqualTo(2);
  }

  @Test
  void aFailedPageFetchedAheadOnARequestFailsTheStreamAfterTheBufferedRows() {
    HeldPages pages = new HeldPages(1_000, 10);
    IllegalStateException boom = new IllegalStateException("page 2 failed");
    Counting subscriber = new Counting(row -> {});
    pages.stream(StreamOptions.DEFAULTS).subscribe(subscriber);
    subscriber.subscription.request(12);
    pages.answer(0);
    pages.fail(1, boom);
    assertThat(subscriber.items).hasSize(10);
    assertThat(subscriber.errors).containsExactly(boom); // no row of page 2 to wait for

    HeldPages more = new HeldPages(1_000, 10);
    Counting held = new Counting(row -> {});
    more.stream(StreamOptions.DEFAULTS).subscribe(held);
    held.subscription.request(15);
    more.answer(0);
    more.answer(1);
    held.subscription.request(20); // 5 buffered of page 2, page 3 fetched ahead
    more.fail(2, boom);
    assertThat(held.items).containsExactlyElementsOf(range(20));
    assertThat(held.errors).containsExactly(boom);
  }

  @Test
  void withPrefetchOffTheNextPageIsRequestedOnlyOnceThePageIsDelivered() {
    HeldPages pages = new HeldPages(30, 10);
    List<Integer> requestedAtRow = new ArrayList<>();
    Counting subscriber = new Counting(row -> requestedAtRow.add(pages.requested()));
    pages.stream(StreamOptions.DEFAULTS.prefetchPages(false)).subscribe(subscriber);
    subscriber.subscription.request(Long.MAX_VALUE);

    for (int page = 0; page < 3; page++) {
      pages.answer(page);
    }

    List<Integer> expected = new ArrayList<>();
    for (int page = 1; page <= 3; page++) {
      for (int row = 0; row < 10; row++) {
        expected.add(page);
      }
    }
    assertThat(requestedAtRow).containsExactlyElementsOf(expected);
    assertThat(subscriber.completions.get()).isEqualTo(1);
  }

  @Test
  void withPrefetchOffBoundedDemandWaitsForTheBufferToEmpty() {
    HeldPages pages = new HeldPages(100, 10);
    Counting subscriber = new Counting(row -> {});
    pages.stream(StreamOptions.DEFAULTS.prefetchPages(false)).subscribe(subscriber);
    subscriber.subscription.request(8);
    pages.answer(0);
    subscriber.subscription.request(5);
    assertThat(subscriber.items).hasSize(10);
    assertThat(pages.requested()).isEqualTo(2); // requested once page 1 was used up
  }

  @Test
  void streamsWithRandomDemandAndCancelsOnTwoThreadsEndExactlyOnceWithEveryRowInOrder()
      throws InterruptedException {
    for (int run = 0; run < 300; run++) {
      ThreadLocalRandom random = ThreadLocalRandom.current();
      long total = random.nextInt(0, 200);
      FakePages pages = FakePages.async(total, random.nextInt(1, 20), PAGE_THREAD);
      long cancelAt = random.nextBoolean() ? random.nextLong(0, total + 1) : -1;
      Randomized subscriber = new Randomized(cancelAt);
      pages.stream(StreamOptions.DEFAULTS, CALLBACKS).subscribe(subscriber);
      subscriber.awaitEnd();

      assertThat(subscriber.overlapped).as("overlapping signals").isFalse();
      assertThat(subscriber.terminals.get()).as("terminal signals").isLessThanOrEqualTo(1);
      if (cancelAt < 0) {
        assertThat(subscriber.terminals.get()).isEqualTo(1);
        assertThat(subscriber.items).containsExactlyElementsOf(range(total));
      } else {
        assertThat(subscriber.items).isEqualTo(range(subscriber.items.size()));
      }
    }
  }

  private static List<Long> range(long rows) {
    return LongStream.range(0, rows).boxed().toList();
  }

  /** Pages that complete only when the test answers them, on the test's own thread. */
  private static final class HeldPages implements PageSource {
    private final long total;
    private final int pageSize;
    private final List<CompletableFuture<AsyncResultSet>> sent = new CopyOnWriteArrayList<>();
    Counting cancelFrom;

    HeldPages(long total, int pageSize) {
      this.total = total;
      this.pageSize = pageSize;
    }

    RowStream<Long> stream(StreamOptions options) {
      return new RowStream<>("Held.rows", this, columns -> row -> row.getLong(0), options, null);
    }

    int requested() {
      return sent.size();
    }

    /** Completes the request for page {@code index} (0 for the first); returns that page. */
    AsyncResultSet answer(int index) {
      long start = (long) index * pageSize;
      AsyncResultSet page = new FakePages.FakePage(start, Math.min(total, start + pageSize), total);
      CompletableFuture<AsyncResultSet> request = sent.set(index, null); // only the stream holds it
      request.complete(page);
      return page;
    }

    void fail(int index, RuntimeException error) {
      sent.set(index, null).completeExceptionally(error);
    }

    @Override
    public CompletionStage<AsyncResultSet> first() {
      return held();
    }

    @Override
    public CompletionStage<AsyncResultSet> next(AsyncResultSet page) {
      return held();
    }

    private CompletionStage<AsyncResultSet> held() {
      CompletableFuture<AsyncResultSet> page = new CompletableFuture<>();
      sent.add(page);
      return page;
    }
  }

  /** Records items and terminal signals; calls {@code onRow} with each row before recording it. */
  private static final class Counting implements Flow.Subscriber<Long> {
    final List<Long> items = new CopyOnWriteArrayList<>();
    final List<Throwable> errors = new CopyOnWriteArrayList<>();
    final AtomicInteger completions = new AtomicInteger();
    private final Consumer<Long> onRow;
    volatile Flow.Subscription subscription;

    Counting(Consumer<Long> onRow) {
      this.onRow = onRow;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
    }

    @Override
    public void onNext(Long item) {
      onRow.accept(item);
      items.add(item);
    }

    @Override
    public void onError(Throwable throwable) {
      errors.add(throwable);
    }

    @Override
    public void onComplete() {
      completions.incrementAndGet();
    }
  }

  /**
   * Requests in random amounts, sometimes from inside {@code onNext}, sometimes from another
   * thread; cancels after {@code cancelAt} rows (negative: never).
   */
  private static final class Randomized implements Flow.Subscriber<Long> {
    final List<Long> items = new CopyOnWriteArrayList<>();
    final AtomicInteger terminals = new AtomicInteger();
    private final AtomicInteger inSignal = new AtomicInteger();
    private final CompletableFuture<Void> ended = new CompletableFuture<>();
    private final long cancelAt;
    volatile boolean overlapped;
    private Flow.Subscription subscription;
    private long outstanding;

    Randomized(long cancelAt) {
      this.cancelAt = cancelAt;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      if (cancelAt == 0) {
        subscription.cancel();
        ended.complete(null);
        return;
      }
      more();
    }

    private void more() {
      long n = ThreadLocalRandom.current().nextInt(1, 40);
      outstanding += n;
      if (ThreadLocalRandom.current().nextBoolean()) {
        subscription.request(n);
      } else {
        Flow.Subscription s = subscription;
        CALLBACKS.execute(() -> s.request(n)); // from another thread, racing the delivery
      }
    }

    @Override
    public void onNext(Long item) {
      enter();
      items.add(item);
      outstanding--;
      if (items.size() == cancelAt) {
        subscription.cancel();
        ended.complete(null);
      } else if (outstanding == 0) {
        more();
      }
      leave();
    }

    @Override
    public void onError(Throwable throwable) {
      terminal();
    }

    @Override
    public void onComplete() {
      terminal();
    }

    private void terminal() {
      enter();
      terminals.incrementAndGet();
      ended.complete(null);
      leave();
    }

    private void enter() {
      if (inSignal.incrementAndGet() > 1) {
        overlapped = true;
      }
    }

    private void leave() {
      inSignal.decrementAndGet();
    }

    void awaitEnd() throws InterruptedException {
      try {
        ended.get(10, TimeUnit.SECONDS);
        Thread.sleep(1); // a late signal after the cancel would show in terminals or items
      } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
        throw new AssertionError("stream did not end in 10 s, " + items.size() + " rows", e);
      }
    }
  }
}
