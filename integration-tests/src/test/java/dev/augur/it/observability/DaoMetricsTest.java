package dev.augur.it.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.servererrors.InvalidQueryException;
import dev.augur.micrometer.AugurMetrics;
import dev.augur.runtime.AugurSession;
import dev.augur.runtime.DaoCallContext;
import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.CassandraExtension;
import dev.augur.testkit.Keyspaces;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Metrics per DAO method on a real node, in the same Micrometer registry as the driver's own
 * session and node metrics; and the context of a failed call, with and without bound values.
 */
@ExtendWith(CassandraExtension.class)
class DaoMetricsTest {
  private static final String KEYSPACE = "it_dao_metrics";

  /** A partition key longer than Cassandra's 64 KiB limit: the server rejects it. */
  private static final String TOO_LONG = "k".repeat(70_000);

  @BeforeAll
  static void schema(CqlSession admin) {
    Keyspaces.createSimple(admin, KEYSPACE);
    admin.execute(Secret.DDL.replace("IF NOT EXISTS ", "IF NOT EXISTS " + KEYSPACE + "."));
  }

  @Test
  void everyCallIsTimedCountedAndItsErrorsCountedByType(CassandraEndpoint endpoint)
      throws Exception {
    MeterRegistry registry = new SimpleMeterRegistry();
    AugurSession session = open(endpoint, registry, false);
    try {
      SecretDao dao = await(AugurSecretDao.create(session));
      for (int i = 0; i < 20; i++) {
        await(dao.save("n" + i, "s" + i));
      }
      for (int i = 0; i < 5; i++) {
        await(dao.find("n" + i));
      }
      CompletableFuture<Integer> streamed = new CompletableFuture<>();
      dao.stream("n1")
          .subscribe(
              new Flow.Subscriber<Secret>() {
                private int rows;

                @Override
                public void onSubscribe(Flow.Subscription subscription) {
                  subscription.request(Long.MAX_VALUE);
                }

                @Override
                public void onNext(Secret item) {
                  rows++;
                }

                @Override
                public void onError(Throwable throwable) {
                  streamed.completeExceptionally(throwable);
                }

                @Override
                public void onComplete() {
                  streamed.complete(rows);
                }
              });
      assertThat(await(streamed)).isEqualTo(1);
      Throwable error = failure(dao.save(TOO_LONG, "hunter2"));
      assertThat(error).isInstanceOf(InvalidQueryException.class);

      String sessionName = session.cqlSession().getName();
      assertThat(count(registry, "augur.dao.calls", "SecretDao.save")).isEqualTo(21);
      assertThat(count(registry, "augur.dao.calls", "SecretDao.find")).isEqualTo(5);
      assertThat(count(registry, "augur.dao.calls", "SecretDao.stream")).isEqualTo(1);
      assertThat(
              registry.get("augur.dao.in-flight").tag("method", "SecretDao.stream").gauge().value())
          .isZero();
      assertThat(
              registry
                  .get("augur.dao.errors")
                  .tag("method", "SecretDao.save")
                  .tag("exception", "InvalidQueryException")
                  .counter()
                  .count())
          .isEqualTo(1);
      assertThat(registry.find("augur.dao.errors").tag("method", "SecretDao.find").counter())
          .isNull();
      Timer latency =
          registry
              .get("augur.dao.latency")
              .tag("method", "SecretDao.save")
              .tag("session", sessionName)
              .timer();
      assertThat(latency.count()).isEqualTo(21);
      assertThat(latency.takeSnapshot().percentileValues())
          .extracting(ValueAtPercentile::percentile)
          .containsExactly(0.5, 0.95, 0.99);
      assertThat(latency.takeSnapshot().percentileValues()[2].value(TimeUnit.MICROSECONDS))
          .isPositive();
      assertThat(
              registry.get("augur.dao.in-flight").tag("method", "SecretDao.save").gauge().value())
          .isZero();
      assertThat(registry.get("augur.session.in-flight").gauge().value()).isZero();

      // The driver's own metrics live in the same registry, prefixed with the session's name.
      List<String> names = registry.getMeters().stream().map(m -> m.getId().getName()).toList();
      assertThat(names).contains(sessionName + ".cql-requests", sessionName + ".connected-nodes");
      assertThat(names).anyMatch(name -> name.endsWith(".pool.open-connections"));
      Meter driverRequests = registry.get(sessionName + ".cql-requests").meter();
      assertThat(driverRequests).isNotNull();
      printMeters(registry);
    } finally {
      await(session.closeAsync());
    }
  }

  @Test
  void aFailedCallNamesItsMethodAndCqlButNotItsValuesUnlessAsked(CassandraEndpoint endpoint)
      throws Exception {
    AugurSession quiet = open(endpoint, null, false);
    AugurSession verbose = open(endpoint, null, true);
    try {
      Throwable hidden = failure(await(AugurSecretDao.create(quiet)).save(TOO_LONG, "hunter2"));
      Throwable shown = failure(await(AugurSecretDao.create(verbose)).save(TOO_LONG, "hunter2"));

      for (Throwable error : List.of(hidden, shown)) {
        assertThat(error).isInstanceOf(InvalidQueryException.class);
        DaoCallContext context = DaoCallContext.of(error).orElseThrow();
        assertThat(context.method()).isEqualTo("SecretDao.save");
        assertThat(context.cql()).isEqualTo(SecretDao.SAVE);
        assertThat(context.getMessage())
            .startsWith("SecretDao.save failed")
            .contains(SecretDao.SAVE)
            .contains("coordinator");
      }
      assertThat(DaoCallContext.of(hidden).orElseThrow().getMessage()).doesNotContain("hunter2");
      assertThat(hidden.getMessage()).doesNotContain("hunter2");
      assertThat(DaoCallContext.of(shown).orElseThrow().getMessage())
          .contains("secret='hunter2'")
          .contains("name='kkkk")
          .doesNotContain(TOO_LONG); // long values are cut
      System.out.println("context without values: " + DaoCallContext.of(hidden).get().getMessage());
    } finally {
      await(quiet.closeAsync());
      await(verbose.closeAsync());
    }
  }

  private static AugurSession open(
      CassandraEndpoint endpoint, MeterRegistry registry, boolean logBoundValues) throws Exception {
    var config =
        DriverConfigLoader.programmaticBuilder()
            .withString(DefaultDriverOption.METRICS_FACTORY_CLASS, "MicrometerMetricsFactory")
            .withStringList(
                DefaultDriverOption.METRICS_SESSION_ENABLED,
                List.of("cql-requests", "connected-nodes"))
            .withStringList(
                DefaultDriverOption.METRICS_NODE_ENABLED, List.of("pool.open-connections"))
            .build();
    var builder =
        CqlSession.builder()
            .addContactPoints(endpoint.contactPoints())
            .withLocalDatacenter(endpoint.localDatacenter())
            .withKeyspace(KEYSPACE)
            .withConfigLoader(registry == null ? endpoint.driverConfigLoader() : config);
    if (registry != null) {
      builder.withMetricRegistry(registry);
    }
    AugurSession.Builder augur = AugurSession.builder().logBoundValues(logBoundValues);
    if (registry != null) {
      augur.observer(AugurMetrics.create(registry));
    }
    return await(augur.connectAsync(builder));
  }

  private static double count(MeterRegistry registry, String name, String method) {
    return registry.get(name).tag("method", method).counter().count();
  }

  private static void printMeters(MeterRegistry registry) {
    registry.getMeters().stream()
        .filter(m -> m.getId().getName().startsWith("augur."))
        .forEach(
            m ->
                System.out.println(
                    m.getId().getName() + " " + m.getId().getTags() + " " + m.measure()));
  }

  static <T> T await(CompletionStage<T> stage) throws Exception {
    return stage.toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  static Throwable failure(CompletionStage<?> stage) throws Exception {
    Throwable error = await(stage.handle((value, failure) -> failure));
    assertThat(error).as("the stage failed").isNotNull();
    return error;
  }
}
