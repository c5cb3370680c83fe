package dev.augur.it.streaming;

import static dev.augur.it.streaming.Streams.await;
import static dev.augur.it.streaming.Streams.failure;
import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.type.reflect.GenericType;
import dev.augur.runtime.AugurSession;
import dev.augur.runtime.InvalidPageTokenException;
import dev.augur.runtime.Page;
import dev.augur.runtime.PageRequest;
import dev.augur.runtime.PreparedQuery;
import dev.augur.runtime.QuerySpec;
import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.CassandraExtension;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pages for web APIs on a real node, through {@code bind().set(..).page(request)}: tokens
 * round-trip through a "client" as strings, {@code next()} continues in process, and a token from
 * another query, from the same query with other parameters, or altered, fails cleanly before
 * anything is sent.
 */
@ExtendWith(CassandraExtension.class)
class PagesTest {
  private static final int ROWS = 47;
  private static final Streams.Pages PAGES = new Streams.Pages();
  private static AugurSession session;
  private static PreparedQuery<Tick> query;
  private static PreparedQuery<Tick> fromSeq;
  private static String series;
  private static String otherSeries;

  @BeforeAll
  static void prepare(CqlSession admin, CassandraEndpoint endpoint) {
    session = Streams.open(admin, endpoint, "it_pages", PAGES, AugurSession.builder());
    query = Streams.seriesQuery(session);
    fromSeq =
        await(
            PreparedQuery.prepare(
                session,
                QuerySpec.builder(
                        "TickQueries.fromSeq",
                        "SELECT * FROM tick WHERE series = :series AND seq >= :seq")
                    .parameter("series", GenericType.STRING)
                    .parameter("seq", GenericType.INTEGER)
                    .idempotent(true)
                    .build(),
                Tick_Mapper.INSTANCE));
    TickDao ticks = await(AugurTickDao.create(session));
    series = Streams.newSeries(ticks, ROWS);
    otherSeries = Streams.newSeries(ticks, ROWS);
  }

  @AfterAll
  static void close() {
    await(session.closeAsync());
  }

  private static Page<Tick> page(String series, PageRequest request) {
    return await(query.bind().set(0, series).page(request));
  }

  @Test
  void tokensRoundTripThroughAClientAndEveryRowComesOnce() {
    List<Integer> seen = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    String token = null;
    do {
      // What a web API does: a new call per request, the token passed back as a string.
      Page<Tick> page = page(series, PageRequest.of(20, token));
      page.rows().forEach(tick -> seen.add(tick.seq()));
      sizes.add(page.rows().size());
      token = page.nextToken().orElse(null);
      if (token != null) {
        assertThat(token).matches("[A-Za-z0-9_-]+");
      }
    } while (token != null);

    assertThat(seen).containsExactlyElementsOf(IntStream.range(0, ROWS).boxed().toList());
    assertThat(sizes).containsExactly(20, 20, 7);
  }

  @Test
  void nextFetchesTheFollowingPageAndTheLastPageHasNone() {
    Page<Tick> first = page(series, PageRequest.first(30));
    assertThat(first.hasNext()).isTrue();

    Page<Tick> second = await(first.next());
    assertThat(second.rows()).extracting(Tick::seq).startsWith(30).hasSize(17);
    assertThat(second.hasNext()).isFalse();
    assertThat(second.nextToken()).isEmpty();
    assertThat(failure(second.next())).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void thePageSizeMayChangeFromOneRequestToTheNext() {
    Page<Tick> first = page(series, PageRequest.first(5));
    Page<Tick> second = page(series, PageRequest.of(25, first.nextToken().orElseThrow()));
    assertThat(second.rows()).extracting(Tick::seq).startsWith(5).endsWith(29);
  }

  @Test
  void aTokenOfTheSameQueryWithOtherParametersIsRejectedBeforeAnythingIsSent()
      throws InterruptedException {
    String token = page(series, PageRequest.first(10)).nextToken().orElseThrow();
    int before = PAGES.settledCount(TickDao.SERIES_CQL);

    Throwable error = failure(query.bind().set(0, otherSeries).page(PageRequest.of(10, token)));

    assertThat(error)
        .isInstanceOf(InvalidPageTokenException.class)
        .hasMessageContaining("TickQueries.series: the page token belongs to another query");
    assertThat(PAGES.settle(TickDao.SERIES_CQL, before) - before).isZero();
  }

  @Test
  void aTokenOfAnotherQueryIsRejected() {
    String token = page(series, PageRequest.first(10)).nextToken().orElseThrow();

    Throwable error =
        failure(fromSeq.bind().set(0, series).setInt(1, 0).page(PageRequest.of(10, token)));

    assertThat(error)
        .isInstanceOf(InvalidPageTokenException.class)
        .hasMessageContaining("TickQueries.fromSeq: the page token belongs to another query");
  }

  @Test
  void anAlteredTokenIsRejected() {
    String token = page(series, PageRequest.first(10)).nextToken().orElseThrow();
    byte[] bytes = Base64.getUrlDecoder().decode(token);
    bytes[bytes.length / 2] ^= 0x10; // one bit inside the paging state
    String altered = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);

    assertThat(failure(query.bind().set(0, series).page(PageRequest.of(10, altered))))
        .isInstanceOf(InvalidPageTokenException.class)
        .hasMessageContaining("not a valid page token")
        .hasMessageContaining("altered");
    assertThat(failure(query.bind().set(0, series).page(PageRequest.of(10, "garbage!"))))
        .isInstanceOf(InvalidPageTokenException.class)
        .hasMessageContaining("base64");
  }

  @Test
  void anEmptyResultIsOneEmptyLastPage() {
    Page<Tick> page = page("nothing-here", PageRequest.first(10));
    assertThat(page.rows()).isEmpty();
    assertThat(page.hasNext()).isFalse();
  }
}
