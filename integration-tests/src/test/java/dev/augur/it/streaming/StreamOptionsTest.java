package dev.augur.it.streaming;

import static dev.augur.it.streaming.Streams.await;
import static dev.augur.it.streaming.Streams.failure;
import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DriverTimeoutException;
import dev.augur.runtime.AugurSession;
import dev.augur.runtime.PreparedQuery;
import dev.augur.runtime.RowStream;
import dev.augur.runtime.StreamOptions;
import dev.augur.runtime.StreamTimeoutException;
import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.CassandraExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Stream options and async iteration on a real node, through the runtime calls generated code makes
 * ({@code bind().set(..).stream(options)}, {@code forEachAsync}): page size, max pages, max rows,
 * the page callback, and the deadline; counted in pages the driver actually fetched.
 */
@ExtendWith(CassandraExtension.class)
class StreamOptionsTest {
  private static final int ROWS = 95;
  private static final Streams.Pages PAGES = new Streams.Pages();
  private static final ExecutorService APP = Executors.newSingleThreadExecutor();
  private static AugurSession session;
  private static AugurSession appSession;
  private static PreparedQuery<Tick> query;
  private static PreparedQuery<Tick> appQuery;
  private static String series;

  @BeforeAll
  static void prepare(CqlSession admin, CassandraEndpoint endpoint) {
    session = Streams.open(admin, endpoint, "it_stream_options", PAGES, AugurSession.builder());
    query = Streams.seriesQuery(session);
    appSession =
        Streams.open(
            admin,
            endpoint,
            "it_stream_options",
            PAGES,
            AugurSession.builder().callbackExecutor(APP));
    appQuery = Streams.seriesQuery(appSession);
    series = Streams.newSeries(await(AugurTickDao.create(session)), ROWS);
  }

  @AfterAll
  static void close() {
    await(session.closeAsync());
    await(appSession.closeAsync());
    APP.shutdownNow();
  }

  private RowStream<Tick> stream(StreamOptions options) {
    return query.bind().set(0, series).stream(options);
  }

  @Test
  void pageSizeSetsTheRowsPerPage() throws InterruptedException {
    int before = PAGES.settledCount(TickDao.SERIES_CQL);
    List<Integer> sizes = Collections.synchronizedList(new ArrayList<>());

    long rows =
        await(
            stream(StreamOptions.DEFAULTS.pageSize(40).onPage((page, size) -> sizes.add(size)))
                .forEachAsync(tick -> {}));

    assertThat(rows).isEqualTo(ROWS);
    assertThat(sizes).containsExactly(40, 40, 15);
    assertThat(PAGES.settle(TickDao.SERIES_CQL, before + 3) - before).isEqualTo(3);
  }

  @Test
  void maxPagesStopsAfterThatManyPages() throws InterruptedException {
    int before = PAGES.settledCount(TickDao.SERIES_CQL);
    List<Tick> seen = Collections.synchronizedList(new ArrayList<>());

    long rows = await(stream(StreamOptions.DEFAULTS.maxPages(3)).forEachAsync(seen::add));

    assertThat(rows).isEqualTo(30);
    assertThat(seen).extracting(Tick::seq).containsExactlyElementsOf(seqs(30));
    assertThat(PAGES.settle(TickDao.SERIES_CQL, before + 3) - before).isEqualTo(3);
  }

  @Test
  void maxRowsStopsAfterThatManyRowsWithoutFetchingMore() throws InterruptedException {
    int before = PAGES.settledCount(TickDao.SERIES_CQL);
    Recorder<Tick> subscriber = Recorder.inBatches(Long.MAX_VALUE);

    stream(StreamOptions.DEFAULTS.maxRows(25)).subscribe(subscriber);
    subscriber.awaitTermination();

    assertThat(subscriber.completed()).isTrue();
    assertThat(subscriber.items()).extracting(Tick::seq).containsExactlyElementsOf(seqs(25));
    assertThat(PAGES.settle(TickDao.SERIES_CQL, before + 3) - before).isEqualTo(3);
  }

  @Test
  void onPageReportsEveryPageNumberAndSize() {
    List<String> pages = Collections.synchronizedList(new ArrayList<>());

    await(
        stream(StreamOptions.DEFAULTS.onPage((page, size) -> pages.add(page + ":" + size)))
            .forEachAsync(tick -> {}));

    assertThat(pages)
        .containsExactly(
            "1:10", "2:10", "3:10", "4:10", "5:10", "6:10", "7:10", "8:10", "9:10", "10:5");
  }

  @Test
  void theDeadlineFailsASlowStreamWithAClearTimeoutAndStopsFetching() throws InterruptedException {
    int before = PAGES.settledCount(TickDao.SERIES_CQL);
    // 2 ms a row: the 95 rows would take about 200 ms; the deadline is 60 ms. The consumer runs
    // on the application's executor, as a slow one should.
    CompletionStage<Long> rows =
        appQuery
            .bind()
            .set(0, series)
            .forEachAsync(StreamOptions.DEFAULTS.deadline(Duration.ofMillis(60)), tick -> sleep(2));

    Throwable error = failure(rows);
    assertThat(error)
        .isInstanceOf(StreamTimeoutException.class)
        .isInstanceOf(DriverTimeoutException.class)
        .hasMessageContaining(
            "TickQueries.series: the stream did not finish within its deadline" + " of PT0.06S");
    // Settled: every request the stream started has been answered and counted, and a page
    // fetched after the deadline would have been started by then.
    int fetched = PAGES.settle(TickDao.SERIES_CQL, before + 1) - before;
    assertThat(fetched).as("pages fetched, none after the deadline").isLessThan(10);
  }

  @Test
  void aStreamWithinItsDeadlineCompletes() {
    long rows =
        await(
            stream(StreamOptions.DEFAULTS.deadline(Duration.ofSeconds(20))).forEachAsync(t -> {}));
    assertThat(rows).isEqualTo(ROWS);
  }

  @Test
  void forEachAsyncCountsEveryRowOfAGeneratedDaoStatement() {
    List<Integer> seen = Collections.synchronizedList(new ArrayList<>());

    long rows = await(query.bind().set(0, series).forEachAsync(tick -> seen.add(tick.seq())));

    assertThat(rows).isEqualTo(ROWS);
    assertThat(seen).containsExactlyElementsOf(seqs(ROWS));
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static List<Integer> seqs(int rows) {
    return IntStream.range(0, rows).boxed().toList();
  }
}
