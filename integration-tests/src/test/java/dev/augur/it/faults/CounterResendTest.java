package dev.augur.it.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.retry.RetryPolicy;
import com.datastax.oss.driver.api.core.servererrors.ReadTimeoutException;
import com.datastax.oss.driver.internal.core.retry.DefaultRetryPolicy;
import dev.augur.it.cluster.AugurClusterDao;
import dev.augur.it.cluster.ClusterDao;
import dev.augur.it.cluster.Reading_Mapper;
import dev.augur.it.cluster.Tally_Mapper;
import dev.augur.runtime.AugurRetryPolicy;
import dev.augur.runtime.AugurSession;
import dev.augur.runtime.DaoCallContext;
import dev.augur.runtime.EntitySchema;
import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.CassandraExtension;
import dev.augur.testkit.Keyspaces;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The counter increment of the node-kill test ({@link ClusterDao#count}, inferred non-idempotent)
 * on the real node, through a proxy that lets the node apply it and then answers the driver with a
 * read timeout: the one case in which the driver's {@link DefaultRetryPolicy} sends a
 * non-idempotent write again (to the same node; the driver does not ask the policy about write
 * timeouts, aborted requests or error responses of non-idempotent statements, and an unavailable
 * coordinator has applied nothing). Under the default policy the counter then reads 2 for one
 * increment; under {@link AugurRetryPolicy} it is sent once, the call fails with the timeout, and
 * the counter reads 1. The sends are counted at the proxy, the counter read from the node directly.
 */
@ExtendWith(CassandraExtension.class)
class CounterResendTest {
  private static final String KEYSPACE = "it_counter_resend";

  @Test
  void theDefaultPolicyCountsTwiceAndAugursOnce(CqlSession admin, CassandraEndpoint endpoint)
      throws Exception {
    Keyspaces.createSimple(admin, KEYSPACE);
    Outcome byDefault = incrementOnce(admin, endpoint, DefaultRetryPolicy.class, 1);
    Outcome byAugur = incrementOnce(admin, endpoint, AugurRetryPolicy.class, 2);
    System.out.printf(
        "one increment answered with a read timeout after the write:%n"
            + "  DefaultRetryPolicy: %d sends, counter %d, %s%n"
            + "  AugurRetryPolicy: %d sends, counter %d, %s%n",
        byDefault.sends,
        byDefault.counter,
        byDefault.error == null ? "success" : byDefault.error.getClass().getSimpleName(),
        byAugur.sends,
        byAugur.counter,
        byAugur.error == null ? "success" : byAugur.error.getClass().getSimpleName());

    assertThat(byDefault.sends).as("sends under DefaultRetryPolicy").isEqualTo(2);
    assertThat(byDefault.counter)
        .as("counter under DefaultRetryPolicy: counted twice")
        .isEqualTo(2);
    assertThat(byDefault.error).as("DefaultRetryPolicy's retry succeeded").isNull();

    assertThat(byAugur.sends).as("sends under AugurRetryPolicy").isEqualTo(1);
    assertThat(byAugur.counter).as("counter under AugurRetryPolicy").isEqualTo(1);
    assertThat(byAugur.error).isInstanceOf(ReadTimeoutException.class);
    assertThat(DaoCallContext.of(byAugur.error).orElseThrow().method())
        .isEqualTo("ClusterDao.count");
  }

  private record Outcome(int sends, long counter, Throwable error) {}

  private static Outcome incrementOnce(
      CqlSession admin, CassandraEndpoint endpoint, Class<? extends RetryPolicy> policy, int key)
      throws Exception {
    try (AnswerRewritingProxy proxy = new AnswerRewritingProxy(endpoint.contactPoints().get(0))) {
      DriverConfigLoader config =
          DriverConfigLoader.programmaticBuilder()
              .withString(DefaultDriverOption.PROTOCOL_VERSION, ProtocolVersion.V4.name())
              .withClass(DefaultDriverOption.RETRY_POLICY_CLASS, policy)
              .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(10))
              .withDuration(DefaultDriverOption.METADATA_SCHEMA_WINDOW, Duration.ofMillis(10))
              .build();
      AugurSession session =
          AugurSession.connectAsync(
                  CqlSession.builder()
                      .addContactPoint(proxy.address())
                      .withLocalDatacenter(endpoint.localDatacenter())
                      .withKeyspace(KEYSPACE)
                      .withConfigLoader(config))
              .toCompletableFuture()
              .get(30, TimeUnit.SECONDS);
      try {
        EntitySchema.createAsync(
                session, KEYSPACE, List.of(Reading_Mapper.INSTANCE, Tally_Mapper.INSTANCE))
            .toCompletableFuture()
            .get(60, TimeUnit.SECONDS);
        ClusterDao dao =
            AugurClusterDao.create(session).toCompletableFuture().get(30, TimeUnit.SECONDS);
        int before = proxy.executions();
        proxy.armReadTimeoutAfterNextExecute();
        Throwable error =
            dao.count(key, 1)
                .handle((ok, failure) -> failure)
                .toCompletableFuture()
                .get(30, TimeUnit.SECONDS);
        int sends = proxy.executions() - before;
        Row row =
            admin
                .execute(
                    SimpleStatement.newInstance(
                        "SELECT hits FROM " + KEYSPACE + ".tallies WHERE id = ?", key))
                .one();
        return new Outcome(sends, row == null ? 0 : row.getLong("hits"), error);
      } finally {
        session.closeAsync().toCompletableFuture().get(30, TimeUnit.SECONDS);
      }
    }
  }
}
