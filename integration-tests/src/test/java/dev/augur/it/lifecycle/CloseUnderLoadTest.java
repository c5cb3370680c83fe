package dev.augur.it.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import dev.augur.runtime.AugurSession;
import dev.augur.runtime.SessionClosedException;
import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.CassandraExtension;
import dev.augur.testkit.Keyspaces;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 10,000 concurrent calls on a real node, and the session closed when about half have completed:
 * every call completes, successfully or with the closed error, none hangs, and the JVM's thread
 * count stays where it was (Augur starts no thread per request). The session admits 256 requests at
 * a time and queues the rest, as a production session facing a burst would.
 */
@ExtendWith(CassandraExtension.class)
class CloseUnderLoadTest {
  private static final String KEYSPACE = "it_close_under_load";
  private static final int CALLS = 10_000;
  private static final int LATE_CALLS = 1_000;

  @BeforeAll
  static void schema(CqlSession admin) {
    Keyspaces.createSimple(admin, KEYSPACE);
    admin.execute(LoadDao.DDL.replace("IF NOT EXISTS ", "IF NOT EXISTS " + KEYSPACE + "."));
  }

  @Test
  void callsInFlightFinishWithinTheDeadline(CassandraEndpoint endpoint) throws Exception {
    Outcome outcome = run(endpoint, Duration.ofSeconds(60));

    assertThat(outcome.succeeded() + outcome.closed()).isEqualTo(CALLS + LATE_CALLS);
    assertThat(outcome.succeeded()).isEqualTo(CALLS); // all admitted before close: drained
    assertThat(outcome.lateRefused()).isEqualTo(LATE_CALLS);
    assertThat(outcome.other()).isEmpty();
  }

  @Test
  void callsStillQueuedAtTheDeadlineFailWithTheClosedError(CassandraEndpoint endpoint)
      throws Exception {
    Outcome outcome = run(endpoint, Duration.ofMillis(1));

    assertThat(outcome.succeeded() + outcome.closed()).isEqualTo(CALLS + LATE_CALLS);
    assertThat(outcome.lateRefused()).isEqualTo(LATE_CALLS);
    assertThat(outcome.closed()).isGreaterThan(LATE_CALLS); // the deadline cut calls short
    assertThat(outcome.other()).isEmpty();
  }

  /** What became of the calls of one run. */
  record Outcome(
      int succeeded,
      int closed,
      int lateRefused,
      Map<String, Integer> other,
      int threadsBefore,
      int threadsPeak,
      long closeMillis) {}

  private static Outcome run(CassandraEndpoint endpoint, Duration closeTimeout) throws Exception {
    AugurSession session =
        AugurSession.builder()
            .maxRequestsInFlight(256)
            .maxQueuedRequests(2 * CALLS)
            .closeTimeout(closeTimeout)
            .connectAsync(
                CqlSession.builder()
                    .addContactPoints(endpoint.contactPoints())
                    .withLocalDatacenter(endpoint.localDatacenter())
                    .withKeyspace(KEYSPACE)
                    .withConfigLoader(
                        DriverConfigLoader.programmaticBuilder()
                            .withDuration(
                                DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(20))
                            .build()))
            .toCompletableFuture()
            .get(30, TimeUnit.SECONDS);
    LoadDao dao = AugurLoadDao.create(session).toCompletableFuture().get(30, TimeUnit.SECONDS);
    for (int i = 0; i < 200; i++) { // warm up: connections, codecs, JIT
      dao.put(-i, "warm").toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int before = threads.getThreadCount();
    threads.resetPeakThreadCount();

    AtomicInteger succeeded = new AtomicInteger();
    AtomicInteger closed = new AtomicInteger();
    AtomicInteger lateRefused = new AtomicInteger();
    Map<String, Integer> other = new ConcurrentHashMap<>();
    CountDownLatch done = new CountDownLatch(CALLS + LATE_CALLS);
    for (int i = 0; i < CALLS; i++) {
      dao.put(i, "v" + i)
          .whenComplete(
              (ok, error) -> {
                count(error, succeeded, closed, other);
                done.countDown();
              });
    }
    while (done.getCount() > CALLS + LATE_CALLS - CALLS / 2) {
      Thread.sleep(1); // midway: about half of the calls have completed
    }
    int peakBeforeClose = threads.getPeakThreadCount();
    long closeStart = System.nanoTime();
    var closing = session.closeAsync().toCompletableFuture();
    for (int i = 0; i < LATE_CALLS; i++) {
      dao.put(CALLS + i, "late")
          .whenComplete(
              (ok, error) -> {
                if (error instanceof SessionClosedException) {
                  lateRefused.incrementAndGet();
                }
                count(error, succeeded, closed, other);
                done.countDown();
              });
    }
    assertThat(done.await(60, TimeUnit.SECONDS)).as("every call completed").isTrue();
    closing.get(30, TimeUnit.SECONDS);
    long closeMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - closeStart);
    int peak = threads.getPeakThreadCount();
    Outcome outcome =
        new Outcome(
            succeeded.get(), closed.get(), lateRefused.get(), other, before, peak, closeMillis);
    System.out.printf(
        "close under load (close timeout %d ms): %d calls + %d after close; %d succeeded, %d failed"
            + " with SessionClosedException (%d of them refused after close began), other"
            + " failures %s; threads before %d, peak while the calls ran %d, peak including the"
            + " close %d; close took %d ms%n",
        closeTimeout.toMillis(),
        CALLS,
        LATE_CALLS,
        outcome.succeeded(),
        outcome.closed(),
        outcome.lateRefused(),
        outcome.other(),
        before,
        peakBeforeClose,
        peak,
        closeMillis);
    assertThat(peak - before).as("threads added during the calls").isLessThanOrEqualTo(4);
    assertThat(session.cqlSession().isClosed()).isTrue();
    return outcome;
  }

  private static void count(
      Throwable error, AtomicInteger succeeded, AtomicInteger closed, Map<String, Integer> other) {
    if (error == null) {
      succeeded.incrementAndGet();
    } else if (error instanceof SessionClosedException) {
      closed.incrementAndGet();
    } else {
      other.merge(error.getClass().getSimpleName(), 1, Integer::sum);
    }
  }
}
