package dev.augur.it.faults;

import static com.datastax.oss.simulacron.common.stubbing.PrimeDsl.noResult;
import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.simulacron.common.stubbing.PrimeDsl;
import dev.augur.it.faults.RetryAndSpeculationTest.Method;
import dev.augur.runtime.AugurRetryPolicy;
import dev.augur.runtime.AugurSession;
import dev.augur.runtime.DaoCallContext;
import dev.augur.runtime.SessionClosedException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Closing a session on a simulated cluster, whose nodes can be made slow or silent: new calls are
 * refused at once and never sent, calls in flight finish, the close deadline fails whatever is
 * left, and {@code close()} refuses to block a driver thread. Every stage completes.
 */
class SessionCloseTest {
  private static SimulatedCluster sim;

  @BeforeAll
  static void start() {
    sim = SimulatedCluster.start(2);
  }

  @AfterAll
  static void stop() {
    if (sim != null) {
      sim.close();
    }
  }

  @BeforeEach
  void prime() {
    sim.reset();
    RetryAndSpeculationTest.primeSuccess(sim.node(0));
    RetryAndSpeculationTest.primeSuccess(sim.node(1));
  }

  @Test
  void callsAfterCloseBeganAreRefusedAtOnceAndNeverSent() throws Exception {
    AugurSession session = open(Duration.ofSeconds(5));
    FaultDao dao = await(AugurFaultDao.create(session));
    sim.node(0).clearLogs();
    sim.node(1).clearLogs();

    CompletionStage<Void> closing = session.closeAsync();
    Throwable refused = failure(dao.put(1, "a"));
    Throwable prepare = failure(session.prepareAsync("SELECT * FROM kv", true));
    RecordingSubscriber stream = new RecordingSubscriber();
    dao.stream(1).subscribe(stream);

    assertThat(session.isClosing()).isTrue();
    assertThat(refused)
        .isInstanceOf(SessionClosedException.class)
        .hasMessageContaining("FaultDao.put: refused without being sent");
    assertThat(prepare).isInstanceOf(SessionClosedException.class);
    assertThat(await(stream.error)).isInstanceOf(SessionClosedException.class);
    await(closing);
    assertThat(session.cqlSession().isClosed()).isTrue();
    assertThat(
            SimulatedCluster.executions(sim.node(0), FaultDao.PUT)
                + SimulatedCluster.executions(sim.node(1), FaultDao.PUT))
        .isZero();
    // Closing again is harmless and completes too.
    await(session.closeAsync());
  }

  @Test
  void callsInFlightFinishBeforeTheDriverSessionCloses() throws Exception {
    AugurSession session = open(Duration.ofSeconds(5));
    FaultDao dao = await(AugurFaultDao.create(session));
    for (int node = 0; node < 2; node++) {
      sim.node(node).clearPrimes(true); // the DAO is prepared: from now on, only these answers
      SimulatedCluster.primeDelayed(
          sim.node(node),
          Method.PUT.cql,
          Method.PUT.params,
          Method.PUT.types,
          new PrimeDsl.RowBuilder(),
          Duration.ofMillis(300));
    }

    CompletableFuture<Void> slow = dao.put(1, "a").toCompletableFuture();
    CompletableFuture<Void> closing = session.closeAsync().toCompletableFuture();

    assertThat(failure(dao.put(1, "a"))).isInstanceOf(SessionClosedException.class);
    assertThat(closing).isNotDone();
    await(slow); // succeeds: it was admitted before close began
    await(closing);
    assertThat(session.cqlSession().isClosed()).isTrue();
  }

  @Test
  void theCloseDeadlineFailsCallsAndStreamsStillInFlight() throws Exception {
    AugurSession session = open(Duration.ofSeconds(30));
    FaultDao dao = await(AugurFaultDao.create(session));
    for (int node = 0; node < 2; node++) {
      sim.node(node).clearPrimes(true);
      SimulatedCluster.prime(
          sim.node(node),
          Method.INCREMENT.cql,
          Method.INCREMENT.params,
          Method.INCREMENT.types,
          noResult());
      SimulatedCluster.prime(
          sim.node(node), Method.FIND.cql, Method.FIND.params, Method.FIND.types, noResult());
    }
    CompletionStage<Void> silent = dao.increment(1, 1L);
    RecordingSubscriber stream = new RecordingSubscriber();
    dao.stream(1).subscribe(stream);
    stream.awaitSubscribed();
    stream.subscription.request(10);

    long start = System.nanoTime();
    CompletionStage<Void> closing = session.closeAsync(Duration.ofMillis(300));
    Throwable error = failure(silent);
    Throwable streamError = await(stream.error);
    await(closing);
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    assertThat(error)
        .isInstanceOf(SessionClosedException.class)
        .hasMessageContaining("FaultDao.increment: did not complete")
        .hasMessageContaining("close deadline of 300 ms");
    assertThat(DaoCallContext.of(error).orElseThrow().cql()).isEqualTo(FaultDao.INCREMENT);
    assertThat(streamError).isInstanceOf(SessionClosedException.class);
    assertThat(DaoCallContext.of(streamError).orElseThrow().method()).isEqualTo("FaultDao.stream");
    // Well before the 30 s request timeout: the deadline, not the driver, ended them.
    assertThat(millis).isLessThan(5_000);
  }

  @Test
  void blockingCloseRefusesToRunOnADriverThread() throws Exception {
    AugurSession session = open(Duration.ofSeconds(5));
    FaultDao dao = await(AugurFaultDao.create(session));
    sim.node(0).clearPrimes(true);
    SimulatedCluster.primeDelayed(
        sim.node(0),
        Method.PUT.cql,
        Method.PUT.params,
        Method.PUT.types,
        new PrimeDsl.RowBuilder(),
        Duration.ofMillis(100));
    CompletableFuture<Throwable> onDriverThread = new CompletableFuture<>();
    dao.put(1, "a")
        .whenComplete(
            (ok, error) -> {
              try {
                session.close();
                onDriverThread.complete(null);
              } catch (RuntimeException e) {
                onDriverThread.complete(e);
              }
            });

    assertThat(await(onDriverThread))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("must not run on a driver I/O thread");
    assertThat(session.isClosing()).isFalse();
    session.close(); // from the test's thread it closes and waits
    assertThat(session.cqlSession().isClosed()).isTrue();
  }

  private static AugurSession open(Duration closeTimeout) throws Exception {
    return await(
        AugurSession.builder()
            .closeTimeout(closeTimeout)
            .connectAsync(
                sim.sessionBuilder(AugurRetryPolicy.class, Duration.ofSeconds(30), config -> {})));
  }

  static <T> T await(CompletionStage<T> stage) throws Exception {
    return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  static Throwable failure(CompletionStage<?> stage) throws Exception {
    Throwable error = await(stage.handle((value, failure) -> failure));
    assertThat(error).as("the stage failed").isNotNull();
    return error;
  }

  /** Records a subscription and its terminal error. */
  static final class RecordingSubscriber implements Flow.Subscriber<Item> {
    final CompletableFuture<Throwable> error = new CompletableFuture<>();
    private final CompletableFuture<Void> subscribed = new CompletableFuture<>();
    volatile Flow.Subscription subscription;

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      subscribed.complete(null);
    }

    @Override
    public void onNext(Item item) {}

    @Override
    public void onError(Throwable throwable) {
      error.complete(throwable);
    }

    @Override
    public void onComplete() {
      error.complete(null);
    }

    void awaitSubscribed() throws Exception {
      subscribed.get(10, TimeUnit.SECONDS);
    }
  }
}
