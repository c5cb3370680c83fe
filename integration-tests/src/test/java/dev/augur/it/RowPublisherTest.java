package dev.augur.it;

import static dev.augur.it.TestSessions.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.servererrors.InvalidQueryException;
import dev.augur.runtime.AugurSession;
import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.CassandraExtension;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code Flow.Publisher} results on a real node with 10-row pages: demand drives the fetching of
 * pages, and every row arrives once, in order.
 */
@ExtendWith(CassandraExtension.class)
class RowPublisherTest {
  private static final String STREAM_CQL = "SELECT * FROM event WHERE stream = :stream";
  private static final PageCounter PAGES = new PageCounter();
  private static AugurSession session;
  private static EventDao events;

  @BeforeAll
  static void createDao(CqlSession admin, CassandraEndpoint endpoint) {
    session = TestSessions.open(admin, endpoint, "it_publisher", 10, PAGES, Event.DDL);
    events = await(AugurEventDao.create(session));
  }

  @AfterAll
  static void close() {
    if (session != null) {
      await(session.closeAsync());
    }
  }

  @Test
  void streamsEveryRowAcrossPagesInOrder() throws InterruptedException {
    String stream = newStream(95);
    RecordingSubscriber<Event> subscriber = RecordingSubscriber.oneAtATime();

    events.stream(stream).subscribe(subscriber);
    subscriber.awaitTermination();

    assertThat(subscriber.error()).isNull();
    assertThat(subscriber.completions()).isEqualTo(1);
    assertThat(subscriber.items())
        .extracting(Event::getSeq)
        .containsExactlyElementsOf(IntStream.range(0, 95).boxed().toList());
    assertThat(subscriber.signalsOverlapped()).isFalse();
  }

  @Test
  void fetchesAPageOnlyWhenDemandExceedsWhatIsBuffered() throws InterruptedException {
    String stream = newStream(95);
    int before = PAGES.settle(STREAM_CQL, 0); // pages of earlier tests, all counted
    RecordingSubscriber<Event> subscriber = RecordingSubscriber.manual();

    events.stream(stream).subscribe(subscriber);
    assertThat(PAGES.settle(STREAM_CQL, before) - before).as("no demand, no query").isZero();

    subscriber.request(3);
    subscriber.awaitItems(3);
    assertThat(PAGES.settle(STREAM_CQL, before + 1) - before).as("first page").isEqualTo(1);

    subscriber.request(7); // exactly the 7 rows still buffered
    subscriber.awaitItems(10);
    assertThat(PAGES.settle(STREAM_CQL, before + 1) - before).as("buffer suffices").isEqualTo(1);

    subscriber.request(1);
    subscriber.awaitItems(11);
    assertThat(PAGES.settle(STREAM_CQL, before + 2) - before).as("second page").isEqualTo(2);

    subscriber.request(25); // 9 buffered, then 16 more: pages 3 and 4, and no further
    subscriber.awaitItems(36);
    assertThat(PAGES.settle(STREAM_CQL, before + 4) - before).isEqualTo(4);
    assertThat(subscriber.items()).hasSize(36);
    assertThat(subscriber.completions()).isZero();

    subscriber.request(Long.MAX_VALUE);
    subscriber.awaitTermination();
    assertThat(subscriber.items()).hasSize(95);
    assertThat(subscriber.completions()).isEqualTo(1);
  }

  @Test
  void cancelStopsDeliveryAndFetching() throws InterruptedException {
    String stream = newStream(45);
    int before = PAGES.settle(STREAM_CQL, 0); // pages of earlier tests, all counted
    RecordingSubscriber<Event> subscriber = RecordingSubscriber.manual();
    events.stream(stream).subscribe(subscriber);

    subscriber.request(5);
    subscriber.awaitItems(5);
    subscriber.cancel();
    subscriber.request(100);

    assertThat(PAGES.settle(STREAM_CQL, before + 1) - before).isEqualTo(1);
    assertThat(subscriber.items()).hasSize(5);
    assertThat(subscriber.completions()).isZero();
    assertThat(subscriber.error()).isNull();
  }

  @Test
  void eachSubscriptionRunsTheQueryWhenItFirstHasDemand() throws InterruptedException {
    String stream = newStream(12);
    Flow.Publisher<Event> publisher = events.stream(stream);

    RecordingSubscriber<Event> first = RecordingSubscriber.oneAtATime();
    publisher.subscribe(first);
    first.awaitTermination();

    RecordingSubscriber<Event> second = RecordingSubscriber.manual();
    publisher.subscribe(second);
    await(events.append(stream, 12, "late"));
    second.request(Long.MAX_VALUE);
    second.awaitTermination();

    assertThat(first.items()).hasSize(12);
    assertThat(second.items()).hasSize(13);
    assertThat(second.items().get(12).getPayload()).isEqualTo("late");
  }

  @Test
  void anEmptyResultCompletesAtOnce() throws InterruptedException {
    RecordingSubscriber<Event> subscriber = RecordingSubscriber.manual();
    events.stream("nothing-" + UUID.randomUUID()).subscribe(subscriber);

    subscriber.request(1);
    subscriber.awaitTermination();

    assertThat(subscriber.items()).isEmpty();
    assertThat(subscriber.completions()).isEqualTo(1);
  }

  @Test
  void failureArrivesAsOnErrorWithTheDriversException() throws InterruptedException {
    RecordingSubscriber<Event> subscriber = RecordingSubscriber.manual();
    events.stream(null).subscribe(subscriber);

    subscriber.request(1);
    subscriber.awaitTermination();

    assertThat(subscriber.error()).isInstanceOf(InvalidQueryException.class);
    assertThat(subscriber.items()).isEmpty();
  }

  @Test
  void nonPositiveRequestIsAnError() throws InterruptedException {
    RecordingSubscriber<Event> subscriber = RecordingSubscriber.manual();
    events.stream(newStream(3)).subscribe(subscriber);

    subscriber.request(0);
    subscriber.awaitTermination();

    assertThat(subscriber.error())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3.9");
  }

  private static String newStream(int rows) {
    String stream = "s-" + UUID.randomUUID();
    List<CompletableFuture<Void>> writes =
        IntStream.range(0, rows)
            .mapToObj(seq -> events.append(stream, seq, "p" + seq).toCompletableFuture())
            .toList();
    await(CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)));
    return stream;
  }
}
