package dev.augur.it.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.simulacron.common.stubbing.PrimeDsl;
import dev.augur.it.faults.RetryAndSpeculationTest.Method;
import dev.augur.micrometer.AugurMetrics;
import dev.augur.runtime.AugurRetryPolicy;
import dev.augur.runtime.AugurSession;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The slow-query log and the in-flight gauge, on a simulated node whose answers take a known time:
 * a call slower than the threshold is logged once (method, time, outcome, CQL, no values) and
 * counted; a fast one is not; a call in flight shows in the gauge of its method.
 */
class SlowQueryLogTest {
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

  @Test
  void callsSlowerThanTheThresholdAreLoggedAndCounted() throws Exception {
    RetryAndSpeculationTest.primeSuccess(sim.node(0));
    RetryAndSpeculationTest.primeSuccess(sim.node(1));
    MeterRegistry registry = new SimpleMeterRegistry();
    AugurSession session =
        SessionCloseTest.await(
            AugurSession.builder()
                .observer(AugurMetrics.create(registry))
                .slowQueryThreshold(Duration.ofMillis(200))
                .connectAsync(
                    sim.sessionBuilder(AugurRetryPolicy.class, Duration.ofSeconds(5), c -> {})));
    PrintStream originalErr = System.err;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try {
      FaultDao dao = SessionCloseTest.await(AugurFaultDao.create(session));
      sim.node(0).clearPrimes(true);
      SimulatedCluster.primeDelayed(
          sim.node(0),
          Method.PUT.cql,
          Method.PUT.params,
          Method.PUT.types,
          new PrimeDsl.RowBuilder(),
          Duration.ofMillis(300)); // under the 500 ms speculation delay
      SimulatedCluster.prime(
          sim.node(0),
          Method.FIND.cql,
          Method.FIND.params,
          Method.FIND.types,
          PrimeDsl.rows().row("id", 1, "name", "a").columnTypes("id", "int", "name", "varchar"));
      System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));

      CompletableFuture<Void> slow = dao.put(1, "a").toCompletableFuture();
      double inFlight =
          registry.get("augur.dao.in-flight").tag("method", "FaultDao.put").gauge().value();
      slow.get(10, TimeUnit.SECONDS);
      assertThat(dao.find(1).toCompletableFuture().get(10, TimeUnit.SECONDS)).isPresent();
      System.setErr(originalErr);

      assertThat(inFlight).isEqualTo(1);
      assertThat(registry.get("augur.dao.in-flight").tag("method", "FaultDao.put").gauge().value())
          .isZero();
      assertThat(registry.get("augur.dao.slow").tag("method", "FaultDao.put").counter().count())
          .isEqualTo(1);
      assertThat(registry.get("augur.dao.slow").tag("method", "FaultDao.find").counter().count())
          .isZero();
      String lines = log.toString(StandardCharsets.UTF_8);
      System.out.println(lines);
      assertThat(lines)
          .contains("WARN dev.augur.runtime.SlowQueries - FaultDao.put took ")
          .contains(
              "ms (slow-query threshold 200 ms) and succeeded: INSERT INTO kv (id, name) VALUES"
                  + " (:id, :name)")
          .doesNotContain("FaultDao.find")
          .doesNotContain("'a'");
    } finally {
      System.setErr(originalErr);
      SessionCloseTest.await(session.closeAsync());
    }
  }
}
