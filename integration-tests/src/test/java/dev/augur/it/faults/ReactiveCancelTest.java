package dev.augur.it.faults;

import static com.datastax.oss.simulacron.common.stubbing.PrimeDsl.rows;
import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import dev.augur.it.CountingThrottler;
import dev.augur.runtime.AugurRetryPolicy;
import dev.augur.runtime.AugurSession;
import io.smallrye.mutiny.subscription.Cancellable;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cancelling a reactive single-value call before its answer cancels the driver's request: the
 * driver signals the cancellation (counted by its request throttler), the late answer reaches no
 * one, and the call leaves the session at once, so that closing it does not wait for the node.
 */
class ReactiveCancelTest {
  private static final Duration LATE = Duration.ofSeconds(20);
  private static SimulatedCluster sim;

  @BeforeAll
  static void start() {
    sim = SimulatedCluster.start(1);
    LinkedHashMap<String, Object> params = new LinkedHashMap<>();
    params.put("id", 1);
    LinkedHashMap<String, String> types = new LinkedHashMap<>();
    types.put("id", "int");
    SimulatedCluster.primeDelayed(
        sim.node(0),
        FaultDao.FIND_ONCE,
        params,
        types,
        rows().row("name", "a", "id", 1).columnTypes("name", "varchar", "id", "int"),
        LATE);
  }

  @AfterAll
  static void stop() {
    if (sim != null) {
      sim.close();
    }
  }

  @Test
  void cancellingAMonoCancelsItsRequest() throws Exception {
    assertCancelled(
        "cancel-mono", (dao, seen) -> dao.mono(1).subscribe(seen::set, seen::set)::dispose);
  }

  @Test
  void cancellingAUniCancelsItsRequest() throws Exception {
    assertCancelled(
        "cancel-uni",
        (dao, seen) -> {
          Cancellable cancellable = dao.uni(1).subscribe().with(seen::set, seen::set);
          return cancellable::cancel;
        });
  }

  @Test
  void disposingAMaybeCancelsItsRequest() throws Exception {
    assertCancelled(
        "cancel-maybe", (dao, seen) -> dao.maybe(1).subscribe(seen::set, seen::set)::dispose);
  }

  @Test
  void cancellingAMonoOfAPageCancelsItsRequest() throws Exception {
    assertCancelled(
        "cancel-page",
        (dao, seen) ->
            dao.page(1, dev.augur.runtime.PageRequest.first(10)).subscribe(seen::set, seen::set)
                ::dispose);
  }

  interface Subscribing {
    Runnable subscribe(ReactiveFaultDao dao, AtomicReference<Object> seen);
  }

  private static void assertCancelled(String name, Subscribing subscribing) throws Exception {
    AugurSession session =
        AugurSession.builder()
            .closeTimeout(LATE.multipliedBy(2))
            .connectAsync(
                sim.sessionBuilder(
                    AugurRetryPolicy.class,
                    LATE.multipliedBy(2),
                    config ->
                        config
                            .withString(DefaultDriverOption.SESSION_NAME, name)
                            .withClass(
                                DefaultDriverOption.REQUEST_THROTTLER_CLASS,
                                CountingThrottler.class)))
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS);
    ReactiveFaultDao dao =
        AugurReactiveFaultDao.create(session).toCompletableFuture().get(10, TimeUnit.SECONDS);
    long before = SimulatedCluster.executions(sim.node(0), FaultDao.FIND_ONCE);
    AtomicReference<Object> seen = new AtomicReference<>();

    Runnable cancel = subscribing.subscribe(dao, seen);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (SimulatedCluster.executions(sim.node(0), FaultDao.FIND_ONCE) == before
        && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(SimulatedCluster.executions(sim.node(0), FaultDao.FIND_ONCE))
        .as("the node received the request")
        .isEqualTo(before + 1);
    cancel.run();

    assertThat(CountingThrottler.of(name).cancelled()).as("requests the driver cancelled").isOne();
    long closing = System.nanoTime();
    CompletableFuture<Void> closed = session.closeAsync().toCompletableFuture();
    closed.get(LATE.toSeconds() / 2, TimeUnit.SECONDS);
    assertThat(Duration.ofNanos(System.nanoTime() - closing))
        .as("close waited for no call: the cancelled one had left")
        .isLessThan(LATE.dividedBy(2));
    assertThat(seen.get()).as("no signal after the cancellation").isNull();
  }
}
