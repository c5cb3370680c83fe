package dev.augur.it.reactive;

import static dev.augur.it.reactive.ReactiveSessions.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.servererrors.InvalidQueryException;
import dev.augur.it.CountingThrottler;
import dev.augur.runtime.AugurSession;
import dev.augur.runtime.DaoCallContext;
import dev.augur.runtime.LwtResult;
import dev.augur.runtime.Page;
import dev.augur.runtime.PageRequest;
import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.CassandraExtension;
import io.reactivex.rxjava3.core.Completable;
import io.reactivex.rxjava3.core.Maybe;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reactivestreams.FlowAdapters;
import reactor.core.publisher.Mono;

/**
 * The Reactor, Mutiny and RxJava return types on the real node: cold (nothing sent before a
 * subscription, counted at the driver), run again for each subscription, empty results as each
 * library has them, the driver's exception with Augur's context, streams that page on demand and
 * stop fetching when cancelled, and signals on the session's callback executor.
 */
@ExtendWith(CassandraExtension.class)
class ReactiveReturnTypesTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final int ROWS = 100;
  private static final String SESSION = "reactive-types";

  private static AugurSession session;
  private static ExecutorService callbacks;
  private static AugurSession onExecutor;
  private static ReactorNoteDao reactor;
  private static MutinyNoteDao mutiny;
  private static RxNoteDao rx;
  private static String board;

  @BeforeAll
  static void open(CqlSession admin, CassandraEndpoint endpoint) {
    session = ReactiveSessions.open(admin, endpoint, SESSION, AugurSession.builder());
    callbacks = Executors.newSingleThreadExecutor(r -> new Thread(r, "app-callbacks"));
    onExecutor =
        ReactiveSessions.open(
            admin,
            endpoint,
            SESSION + "-executor",
            AugurSession.builder().callbackExecutor(callbacks));
    reactor = await(AugurReactorNoteDao.create(session));
    mutiny = await(AugurMutinyNoteDao.create(session));
    rx = await(AugurRxNoteDao.create(session));
    board = "board-" + UUID.randomUUID();
    for (int seq = 0; seq < ROWS; seq++) {
      await(reactor.save(new Note(board, seq, "note " + seq)).toFuture());
    }
  }

  @AfterAll
  static void close() {
    if (session != null) {
      await(session.closeAsync());
    }
    if (onExecutor != null) {
      await(onExecutor.closeAsync());
    }
    if (callbacks != null) {
      callbacks.shutdown();
    }
  }

  private static int sent() {
    return CountingThrottler.of(SESSION).started();
  }

  @Test
  void nothingIsSentBeforeASubscriptionAndEachSubscriptionRunsTheStatementAgain() {
    String fresh = "lazy-" + UUID.randomUUID();
    int before = sent();

    Mono<Void> mono = reactor.save(new Note(fresh, 1, "a"));
    Uni<Void> uni = mutiny.save(new Note(fresh, 2, "b"));
    Completable completable = rx.save(new Note(fresh, 3, "c"));
    var flux = reactor.board(fresh);
    var multi = mutiny.board(fresh);
    var flowable = rx.board(fresh);
    Mono<Long> count = reactor.count(fresh);

    assertThat(sent()).isEqualTo(before);
    assertThat(count.block(WAIT)).isZero();
    assertThat(sent()).isEqualTo(before + 1);

    mono.block(WAIT);
    uni.await().atMost(WAIT);
    completable.blockingAwait();
    assertThat(sent()).isEqualTo(before + 4);
    assertThat(count.block(WAIT)).isEqualTo(3); // the same Mono, subscribed again, runs again
    assertThat(flux.map(Note::seq).collectList().block(WAIT)).containsExactly(1, 2, 3);
    assertThat(multi.map(Note::seq).collect().asList().await().atMost(WAIT))
        .containsExactly(1, 2, 3);
    assertThat(flowable.map(Note::seq).toList().blockingGet()).containsExactly(1, 2, 3);
    assertThat(flux.count().block(WAIT)).isEqualTo(3); // a second subscription reads again
    assertThat(sent()).isEqualTo(before + 9);
  }

  @Test
  void everySingleValueFormOfEachLibrary() {
    String fresh = "forms-" + UUID.randomUUID();
    Note note = new Note(fresh, 7, "seven");

    assertThat(reactor.create(note).block(WAIT)).isTrue();
    assertThat(mutiny.create(note).await().atMost(WAIT)).isFalse();
    assertThat(rx.create(note).blockingGet()).isFalse();
    LwtResult<Note> lost = reactor.createOrGet(fresh, 7, "other").block(WAIT);
    assertThat(lost.applied()).isFalse();
    assertThat(lost.existing()).contains(note);
    assertThat(mutiny.createOrGet(fresh, 8, "eight").await().atMost(WAIT).applied()).isTrue();
    assertThat(rx.createOrGet(fresh, 9, "nine").blockingGet().applied()).isTrue();

    assertThat(reactor.get(fresh, 7).block(WAIT)).isEqualTo(note);
    assertThat(mutiny.get(fresh, 7).await().atMost(WAIT)).isEqualTo(note);
    assertThat(rx.get(fresh, 7).blockingGet()).isEqualTo(note);
    assertThat(reactor.count(fresh).block(WAIT)).isEqualTo(3);
    assertThat(mutiny.count(fresh).await().atMost(WAIT)).isEqualTo(3);
    assertThat(rx.count(fresh).blockingGet()).isEqualTo(3);

    Page<Note> first = reactor.page(board, PageRequest.first(30)).block(WAIT);
    assertThat(first.rows()).hasSize(30);
    Page<Note> second =
        mutiny
            .page(board, PageRequest.of(30, first.nextToken().orElseThrow()))
            .await()
            .atMost(WAIT);
    assertThat(second.rows().get(0).seq()).isEqualTo(30);
    Page<Note> third =
        rx.page(board, PageRequest.of(30, second.nextToken().orElseThrow())).blockingGet();
    assertThat(third.rows().get(0).seq()).isEqualTo(60);
  }

  @Test
  void noRowIsEmptyAsEachLibraryHasIt() {
    assertThat(reactor.get("no-such-board", 1).hasElement().block(WAIT)).isFalse();
    assertThat(mutiny.get("no-such-board", 1).await().atMost(WAIT)).isNull();
    Maybe<Note> maybe = rx.get("no-such-board", 1);
    assertThat(maybe.isEmpty().blockingGet()).isTrue();
    assertThat(reactor.board("no-such-board").count().block(WAIT)).isZero();
  }

  @Test
  void failuresAreTheDriversExceptionWithAugursContext() {
    Note note = new Note("ttl-" + UUID.randomUUID(), 1, "x");

    Throwable reactorError =
        reactor
            .saveFor(note, -1)
            .then(Mono.<Throwable>empty())
            .onErrorResume(Mono::just)
            .block(WAIT);
    Throwable mutinyError =
        mutiny
            .saveFor(note, -1)
            .onItem()
            .transform(v -> (Throwable) null)
            .onFailure()
            .recoverWithItem(e -> e)
            .await()
            .atMost(WAIT);
    Throwable rxError = rx.saveFor(note, -1).materialize().blockingGet().getError();

    for (Throwable error : List.of(reactorError, mutinyError, rxError)) {
      assertThat(error).isInstanceOf(InvalidQueryException.class).hasMessageContaining("TTL");
      assertThat(DaoCallContext.of(error)).isPresent();
      assertThat(DaoCallContext.of(error).get().method()).endsWith("NoteDao.saveFor");
    }
  }

  @Test
  void streamsFetchOnlyThePagesTheirDemandNeedsAndStopWhenCancelled() {
    // 15 rows of 10-row pages: take(15) asks for 15 rows, so two pages, and no third.
    int before = sent();
    assertThat(reactor.board(board).take(15).map(Note::seq).collectList().block(WAIT))
        .containsExactlyElementsOf(IntStream.range(0, 15).boxed().toList());
    assertThat(sent() - before).isEqualTo(2);

    // Mutiny's first(15) requests without bound and cancels at the 15th row: page 3 is fetched
    // ahead when page 2 arrives, and nothing after the cancel.
    before = sent();
    assertThat(mutiny.board(board).select().first(15).collect().asList().await().atMost(WAIT))
        .hasSize(15);
    assertThat(sent() - before).isEqualTo(3);

    before = sent();
    assertThat(rx.board(board).take(15).toList().blockingGet()).hasSize(15);
    assertThat(sent() - before).isEqualTo(2);

    // Demand of 15 held open, not cancelled: two pages, and no third until more is asked for.
    for (Flow.Publisher<Note> stream :
        List.of(
            FlowAdapters.toFlowPublisher(reactor.board(board)),
            mutiny.board(board),
            FlowAdapters.toFlowPublisher(rx.board(board)))) {
      before = sent();
      Holding holding = new Holding(15);
      stream.subscribe(holding);
      assertThat(await(holding.received)).isEqualTo(15);
      reactor.count(board).block(WAIT); // a round trip: a page asked for meanwhile would show
      assertThat(sent() - before).as("pages fetched for a demand of 15, plus one count").isEqualTo(3);
      holding.subscription.cancel();
    }

    // The whole partition: ten full pages and the empty page that ends it.
    before = sent();
    assertThat(reactor.board(board).count().block(WAIT)).isEqualTo(ROWS);
    assertThat(sent() - before).isBetween(10, 11);
  }

  /** Requests {@code demand} rows once and holds the subscription open. */
  private static final class Holding implements Flow.Subscriber<Note> {
    final CompletableFuture<Integer> received = new CompletableFuture<>();
    private final int demand;
    private int count;
    volatile Flow.Subscription subscription;

    Holding(int demand) {
      this.demand = demand;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      subscription.request(demand);
    }

    @Override
    public void onNext(Note item) {
      if (++count == demand) {
        received.complete(count);
      }
    }

    @Override
    public void onError(Throwable error) {
      received.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
      received.complete(count);
    }
  }

  @Test
  void signalsArriveOnTheSessionsCallbackExecutor() {
    ReactorNoteDao onApp = await(AugurReactorNoteDao.create(onExecutor));
    MutinyNoteDao mutinyOnApp = await(AugurMutinyNoteDao.create(onExecutor));
    RxNoteDao rxOnApp = await(AugurRxNoteDao.create(onExecutor));
    AtomicReference<String> mono = new AtomicReference<>();
    AtomicReference<String> flux = new AtomicReference<>();
    AtomicReference<String> uni = new AtomicReference<>();
    AtomicReference<String> flowable = new AtomicReference<>();

    onApp.get(board, 1).doOnNext(n -> mono.set(Thread.currentThread().getName())).block(WAIT);
    onApp
        .board(board)
        .take(3)
        .doOnNext(n -> flux.set(Thread.currentThread().getName()))
        .blockLast(WAIT);
    mutinyOnApp
        .get(board, 1)
        .invoke(n -> uni.set(Thread.currentThread().getName()))
        .await()
        .atMost(WAIT);
    rxOnApp
        .board(board)
        .take(3)
        .doOnNext(n -> flowable.set(Thread.currentThread().getName()))
        .blockingLast();

    assertThat(List.of(mono.get(), flux.get(), uni.get(), flowable.get()))
        .containsOnly("app-callbacks");
  }
}
