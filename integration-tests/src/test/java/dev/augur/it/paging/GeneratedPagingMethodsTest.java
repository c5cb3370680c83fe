package dev.augur.it.paging;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.augur.it.Event;
import dev.augur.runtime.AugurSession;
import dev.augur.runtime.InvalidPageTokenException;
import dev.augur.runtime.Page;
import dev.augur.runtime.PageRequest;
import dev.augur.runtime.StreamOptions;
import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.CassandraExtension;
import dev.augur.testkit.Keyspaces;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Pages, row streams and stream options through generated DAO methods. */
@ExtendWith(CassandraExtension.class)
class GeneratedPagingMethodsTest {
  private static AugurSession session;
  private static PagedEventDao events;

  @BeforeAll
  static void open(CqlSession admin, CassandraEndpoint endpoint) {
    Keyspaces.createSimple(admin, "it_paging");
    admin.execute(
        "CREATE TABLE IF NOT EXISTS it_paging.event (stream text, seq int,"
            + " payload text, PRIMARY KEY (stream, seq))");
    session =
        await(
            AugurSession.connectAsync(
                CqlSession.builder()
                    .addContactPoints(endpoint.contactPoints())
                    .withLocalDatacenter(endpoint.localDatacenter())
                    .withKeyspace("it_paging")
                    .withConfigLoader(endpoint.driverConfigLoader())));
    events = await(AugurPagedEventDao.create(session));
  }

  @AfterAll
  static void close() {
    if (session != null) {
      await(session.closeAsync());
    }
  }

  @Test
  void pagesWalkTheWholeResultWithTokens() {
    String stream = fill(25);
    List<Integer> seen = new ArrayList<>();

    Page<Event> page = await(events.page(stream, PageRequest.first(10)));
    int pages = 1;
    page.rows().forEach(e -> seen.add(e.getSeq()));
    while (page.hasNext()) {
      String token = page.nextToken().orElseThrow();
      page = await(events.page(stream, PageRequest.of(10, token)));
      page.rows().forEach(e -> seen.add(e.getSeq()));
      pages++;
    }

    assertThat(pages).isEqualTo(3);
    assertThat(seen).containsExactlyElementsOf(IntStream.range(0, 25).boxed().toList());
  }

  @Test
  void aTokenFromAnotherQueryIsRejected() {
    String stream = fill(15);
    String token = await(events.page(stream, PageRequest.first(10))).nextToken().orElseThrow();
    String other = fill(15);

    Throwable error = await(events.page(other, PageRequest.of(10, token)).handle((p, t) -> t));

    assertThat(error).isInstanceOf(InvalidPageTokenException.class);
  }

  @Test
  void rowStreamsIterateAndHonourOptions() {
    String stream = fill(30);

    long all = await(events.allRows(stream).forEachAsync(e -> {}));
    long limited =
        await(
            events
                .rows(stream, StreamOptions.DEFAULTS.pageSize(7).maxRows(12))
                .forEachAsync(e -> {}));

    assertThat(all).isEqualTo(30);
    assertThat(limited).isEqualTo(12);
  }

  @Test
  void publisherTakesStreamOptions() throws Exception {
    String stream = fill(20);
    List<Integer> pageSizes = new ArrayList<>();
    CompletableFuture<Long> done = new CompletableFuture<>();

    events
        .publisher(
            stream,
            StreamOptions.DEFAULTS.pageSize(8).onPage((number, rows) -> pageSizes.add(rows)))
        .subscribe(
            new Flow.Subscriber<Event>() {
              long count;

              @Override
              public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
              }

              @Override
              public void onNext(Event item) {
                count++;
              }

              @Override
              public void onError(Throwable throwable) {
                done.completeExceptionally(throwable);
              }

              @Override
              public void onComplete() {
                done.complete(count);
              }
            });

    assertThat(done.get(30, TimeUnit.SECONDS)).isEqualTo(20);
    assertThat(pageSizes).containsExactly(8, 8, 4);
  }

  private static String fill(int rows) {
    String stream = "p-" + UUID.randomUUID();
    CompletableFuture<?>[] writes =
        IntStream.range(0, rows)
            .mapToObj(i -> events.append(stream, i, "p" + i).toCompletableFuture())
            .toArray(CompletableFuture[]::new);
    await(CompletableFuture.allOf(writes));
    return stream;
  }

  static <T> T await(CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
