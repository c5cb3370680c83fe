package dev.augur.it.prefetch;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.RequestThrottlingException;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import dev.augur.it.TestSessions;
import dev.augur.runtime.AugurSession;
import dev.augur.runtime.StreamOptions;
import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.CassandraExtension;
import dev.augur.testkit.Keyspaces;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fetching a page ahead, on a real node, with pages of 10 rows and a series of 95 (10 pages, the
 * last of 5): the driver's count of requests started (its throttler's), read as each row is
 * decoded, shows how far fetching is ahead of reading, for every way a DAO reads several pages.
 */
@ExtendWith(CassandraExtension.class)
class PrefetchTest {
  private static final int PAGE_SIZE = 10;
  private static final int ROWS = 95;
  private static final int PAGES = 10;
  private static final ExecutorService APP = Executors.newFixedThreadPool(2);
  private static AugurSession on;
  private static AugurSession off;
  private static AugurSession slow;
  private static PrefetchDao onDao;
  private static PrefetchDao offDao;
  private static PrefetchDao slowDao;
  private static String series;

  /** For each row decoded, pages requested so far less the pages the rows read so far span. */
  private final List<Integer> leads = Collections.synchronizedList(new ArrayList<>());

  @BeforeAll
  static void createDaos(CqlSession admin, CassandraEndpoint endpoint) {
    Keyspaces.createSimple(admin, "it_prefetch");
    admin.execute(Reading.DDL.replace("IF NOT EXISTS ", "IF NOT EXISTS it_prefetch."));
    on = open(endpoint, "prefetch-on", AugurSession.builder());
    off = open(endpoint, "prefetch-off", AugurSession.builder().prefetchPages(false));
    slow = open(endpoint, "prefetch-slow", AugurSession.builder().callbackExecutor(APP));
    onDao = TestSessions.await(AugurPrefetchDao.create(on));
    offDao = TestSessions.await(AugurPrefetchDao.create(off));
    slowDao = TestSessions.await(AugurPrefetchDao.create(slow));
    series = "s-" + UUID.randomUUID();
    TestSessions.await(
        CompletableFuture.allOf(
            IntStream.range(0, ROWS)
                .mapToObj(seq -> onDao.add(series, seq, "p" + seq).toCompletableFuture())
                .toArray(CompletableFuture[]::new)));
  }

  private static AugurSession open(
      CassandraEndpoint endpoint, String name, AugurSession.Builder augur) {
    DriverConfigLoader config =
        DriverConfigLoader.programmaticBuilder()
            .withString(DefaultDriverOption.SESSION_NAME, name)
            .withInt(DefaultDriverOption.REQUEST_PAGE_SIZE, PAGE_SIZE)
            .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(10))
            .withClass(DefaultDriverOption.REQUEST_THROTTLER_CLASS, PageRequests.class)
            .build();
    return TestSessions.await(
        augur.connectAsync(
            CqlSession.builder()
                .addContactPoints(endpoint.contactPoints())
                .withLocalDatacenter(endpoint.localDatacenter())
                .withKeyspace("it_prefetch")
                .withConfigLoader(config)));
  }

  @AfterAll
  static void close() {
    TestSessions.await(on.closeAsync());
    TestSessions.await(off.closeAsync());
    TestSessions.await(slow.closeAsync());
    APP.shutdownNow();
  }

  @AfterEach
  void stopWatching() {
    Reading.onDecode = seq -> {};
  }

  /** Records, at each row decoded, how many pages {@code session} requested beyond its page. */
  private PageRequests watch(AugurSession session) {
    PageRequests requests = PageRequests.of(session.cqlSession().getContext().getSessionName());
    int before = requests.started();
    Reading.onDecode = seq -> leads.add(requests.started() - before - (seq / PAGE_SIZE + 1));
    return requests;
  }

  /** With prefetching: one page ahead while pages 1 to 9 are read, none while the last is. */
  private static List<Integer> oneAhead() {
    List<Integer> expected = new ArrayList<>();
    for (int seq = 0; seq < ROWS; seq++) {
      expected.add(seq / PAGE_SIZE + 1 < PAGES ? 1 : 0);
    }
    return expected;
  }

  private static List<Integer> noneAhead() {
    return Collections.nCopies(ROWS, 0);
  }

  @Test
  void aSlowSubscriberHoldingDemandHasTheNextPageRequestedAndNeverTwo() throws Exception {
    PageRequests requests = watch(slow);
    int before = requests.started();
    List<Integer> seenAtRow = Collections.synchronizedList(new ArrayList<>());
    Subscriber subscriber =
        new Subscriber(
            Long.MAX_VALUE,
            s -> {
              seenAtRow.add(requests.started() - before - ((s.count() - 1) / PAGE_SIZE + 1));
              sleep(3); // a slow consumer, on the session's callback executor
            });

    slowDao.publisher(series).subscribe(subscriber);
    subscriber.awaitTermination();

    assertThat(subscriber.completed).isTrue();
    assertThat(subscriber.seqs()).containsExactlyElementsOf(seqs(ROWS));
    assertThat(leads).as("pages requested ahead, at each row decoded").isEqualTo(oneAhead());
    assertThat(seenAtRow).as("pages requested ahead, at each onNext").isEqualTo(oneAhead());
    assertThat(requests.started() - before).isEqualTo(PAGES);
  }

  @Test
  void everyStreamingReturnTypeFetchesOnePageAhead() {
    watch(on);
    assertThat(TestSessions.await(onDao.stream(series, null).forEachAsync(r -> {})))
        .isEqualTo(ROWS);
    assertThat(leads).as("forEachAsync").isEqualTo(oneAhead());

    leads.clear();
    watch(on);
    assertThat(onDao.flux(series).map(Reading::seq).collectList().block())
        .containsExactlyElementsOf(seqs(ROWS));
    assertThat(leads).as("Flux").isEqualTo(oneAhead());

    leads.clear();
    watch(on);
    assertThat(
            onDao.multi(series)
                .map(Reading::seq)
                .collect()
                .asList()
                .await()
                .atMost(Duration.ofSeconds(30)))
        .containsExactlyElementsOf(seqs(ROWS));
    assertThat(leads).as("Multi").isEqualTo(oneAhead());

    leads.clear();
    watch(on);
    assertThat(onDao.flowable(series).map(Reading::seq).toList().blockingGet())
        .containsExactlyElementsOf(seqs(ROWS));
    assertThat(leads).as("Flowable").isEqualTo(oneAhead());
  }

  @Test
  void aListOfSeveralPagesRequestsTheNextPageBeforeReadingTheCurrentOne() {
    watch(on);
    List<Reading> all = TestSessions.await(onDao.list(series));
    assertThat(all).extracting(Reading::seq).containsExactlyElementsOf(seqs(ROWS));
    assertThat(leads).isEqualTo(oneAhead());

    leads.clear();
    watch(off);
    assertThat(TestSessions.await(offDao.list(series))).hasSize(ROWS);
    assertThat(leads).as("prefetching off").isEqualTo(noneAhead());
  }

  @Test
  void theSessionsSwitchAndEachStreamsOptionTurnItOff() {
    watch(off);
    assertThat(TestSessions.await(offDao.stream(series, null).forEachAsync(r -> {})))
        .isEqualTo(ROWS);
    assertThat(leads).as("session off").isEqualTo(noneAhead());

    leads.clear();
    watch(off);
    TestSessions.await(
        offDao.stream(series, StreamOptions.DEFAULTS.prefetchPages(true)).forEachAsync(r -> {}));
    assertThat(leads).as("session off, stream on").isEqualTo(oneAhead());

    leads.clear();
    watch(on);
    TestSessions.await(
        onDao.stream(series, StreamOptions.DEFAULTS.prefetchPages(false)).forEachAsync(r -> {}));
    assertThat(leads).as("session on, stream off").isEqualTo(noneAhead());
  }

  @Test
  void cancellingStopsFetchingAtOnceAndDropsThePageFetchedAhead() throws Exception {
    assertThat(cancelAfter25(onDao, on)).as("pages 1-3 read, page 4 fetched ahead").isEqualTo(4);
    assertThat(cancelAfter25(offDao, off)).as("prefetching off").isEqualTo(3);

    PageRequests requests = watch(on);
    int before = requests.started();
    // take(25, false) requests without bound and cancels at the 25th row.
    assertThat(onDao.flux(series).take(25, false).count().block()).isEqualTo(25);
    Thread.sleep(300);
    assertThat(requests.started() - before).as("Flux cancelled after 25 rows").isEqualTo(4);

    before = requests.started();
    // take(25) requests 25 rows only: page 3 buffers more than the 5 still wanted, so no page 4.
    assertThat(onDao.flux(series).take(25).count().block()).isEqualTo(25);
    Thread.sleep(300);
    assertThat(requests.started() - before).as("Flux asking for 25 rows").isEqualTo(3);
  }

  /** Cancels an unbounded stream in its 25th row; the requests it started, counted 300 ms later. */
  private int cancelAfter25(PrefetchDao dao, AugurSession session) throws Exception {
    PageRequests requests = watch(session);
    int before = requests.started();
    Subscriber subscriber =
        new Subscriber(
            Long.MAX_VALUE,
            s -> {
              if (s.count() == 25) {
                s.subscription.cancel();
              }
            });
    dao.publisher(series).subscribe(subscriber);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (subscriber.count() < 25 && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    Thread.sleep(300); // a page fetched ahead is answered in this time, and must go nowhere
    assertThat(subscriber.seqs()).containsExactlyElementsOf(seqs(25));
    assertThat(subscriber.completed).isFalse();
    assertThat(subscriber.error.get()).isNull();
    return requests.started() - before;
  }

  @Test
  void aFailedPageFetchedAheadFailsTheStreamAfterTheRowsBeforeIt() throws Exception {
    PageRequests requests = watch(slow);
    requests.refuse(requests.started() + 3); // page 3, requested while page 2 is read
    Subscriber subscriber = new Subscriber(Long.MAX_VALUE, s -> sleep(1));

    slowDao.publisher(series).subscribe(subscriber);
    subscriber.awaitTermination();

    assertThat(subscriber.seqs()).as("pages 1 and 2").containsExactlyElementsOf(seqs(20));
    assertThat(subscriber.completed).isFalse();
    assertThat(subscriber.terminations).isEqualTo(1);
    assertThat(subscriber.error.get())
        .isInstanceOf(RequestThrottlingException.class)
        .hasMessageContaining("refused request");
  }

  @Test
  void aFailedPageFetchedAheadFailsAListAndNothingIsFetchedAfterIt() throws Exception {
    PageRequests requests = watch(on);
    int before = requests.started();
    requests.refuse(before + 3);

    Throwable failure = TestSessions.failure(onDao.list(series));

    assertThat(failure).isInstanceOf(RequestThrottlingException.class);
    Thread.sleep(300);
    assertThat(requests.started() - before).isEqualTo(3);
    assertThat(leads).hasSize(2 * PAGE_SIZE); // the rows of pages 1 and 2 were read
  }

  private static List<Integer> seqs(int rows) {
    return IntStream.range(0, rows).boxed().toList();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Requests {@code demand} at once, calls {@code onItem} after recording each item. */
  private static final class Subscriber implements Flow.Subscriber<Reading> {
    final AtomicReference<Throwable> error = new AtomicReference<>();
    volatile boolean completed;
    volatile int terminations;
    volatile Flow.Subscription subscription;
    private final long demand;
    private final Consumer<Subscriber> onItem;
    private final List<Integer> seqs = Collections.synchronizedList(new ArrayList<>());
    private final CompletableFuture<Void> terminated = new CompletableFuture<>();

    Subscriber(long demand, Consumer<Subscriber> onItem) {
      this.demand = demand;
      this.onItem = onItem;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      subscription.request(demand);
    }

    @Override
    public void onNext(Reading item) {
      seqs.add(item.seq());
      onItem.accept(this);
    }

    @Override
    public void onError(Throwable throwable) {
      error.set(throwable);
      terminations++;
      terminated.complete(null);
    }

    @Override
    public void onComplete() {
      completed = true;
      terminations++;
      terminated.complete(null);
    }

    int count() {
      return seqs.size();
    }

    List<Integer> seqs() {
      return List.copyOf(seqs);
    }

    void awaitTermination() throws Exception {
      terminated.get(60, TimeUnit.SECONDS);
      Thread.sleep(50); // a second terminal signal would show in terminations
    }
  }
}
