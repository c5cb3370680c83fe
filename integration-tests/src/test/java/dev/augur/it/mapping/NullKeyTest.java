package dev.augur.it.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DriverExecutionProfile;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.api.core.session.Request;
import com.datastax.oss.driver.api.core.tracker.RequestTracker;
import dev.augur.runtime.AugurSession;
import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.CassandraExtension;
import dev.augur.testkit.Keyspaces;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An entity whose primary key is not whole fails its call before anything is sent, naming the
 * entity, the property and the column; the driver never sees the request.
 */
@ExtendWith(CassandraExtension.class)
class NullKeyTest {
  private static final String KEYSPACE = "it_null_key";
  private static final CountingTracker SENT = new CountingTracker();
  private static AugurSession session;
  private static CustomerDao customers;
  private static PostDao posts;

  @BeforeAll
  static void createSchemaAndDaos(CqlSession admin, CassandraEndpoint endpoint) {
    Keyspaces.createSimple(admin, KEYSPACE);
    List<String> ddl = new ArrayList<>(List.of(Customer.DDL));
    ddl.add(Post.DDL);
    for (String statement : ddl) {
      admin.execute(statement.replace("IF NOT EXISTS ", "IF NOT EXISTS " + KEYSPACE + "."));
    }
    session =
        await(
            AugurSession.connectAsync(
                CqlSession.builder()
                    .addContactPoints(endpoint.contactPoints())
                    .withLocalDatacenter(endpoint.localDatacenter())
                    .withKeyspace(KEYSPACE)
                    .withConfigLoader(endpoint.driverConfigLoader())
                    .addRequestTracker(SENT)));
    customers = await(AugurCustomerDao.create(session));
    posts = await(AugurPostDao.create(session));
  }

  @AfterAll
  static void close() {
    if (session != null) {
      await(session.closeAsync());
    }
  }

  @Test
  void everyWriteOfAnEntityWithANullKeyFailsBeforeSendingAndNamesTheProperty() {
    Customer keyless = MappingTest.sample(null);
    Post blogless = new Post(null, 1, "t", "Hello");
    List<Supplier<CompletionStage<?>>> calls =
        List.of(
            () -> customers.save(keyless),
            () -> customers.overwrite(keyless),
            () -> customers.create(keyless),
            () -> customers.saveFor(keyless, 60),
            () -> customers.update(keyless),
            () -> customers.updateIfExists(keyless),
            () -> customers.rename(keyless, "Ada"),
            () -> customers.delete(keyless),
            () -> posts.save(blogless));
    int before = SENT.settled();

    List<Throwable> failures = new ArrayList<>();
    for (Supplier<CompletionStage<?>> call : calls) {
      failures.add(failure(call.get()));
    }

    for (Throwable failure : failures.subList(0, failures.size() - 1)) {
      assertThat(failure)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("CustomerDao.")
          .hasMessageContaining(
              "Customer.id is null, but it binds primary key column id, and Cassandra rejects a"
                  + " statement on a row without its whole primary key. Set id; nothing was sent.");
    }
    assertThat(failures.get(0)).hasMessageStartingWith("CustomerDao.save: Customer.id is null");
    assertThat(failures.get(failures.size() - 1))
        .hasMessageStartingWith(
            "PostDao.save: Post.blog is null, but it binds primary key column blog");
    assertThat(sentSince(before)).as("requests the driver handled").isZero();
  }

  @Test
  void aBatchWithOneKeylessEntityFailsWholeNamingItsPositionAndSendsNothing() {
    UUID first = UUID.randomUUID();
    UUID third = UUID.randomUUID();
    int before = SENT.settled();

    Throwable failure =
        failure(
            customers.saveAll(
                List.of(
                    MappingTest.sample(first), MappingTest.sample(null), MappingTest.sample(third))));
    Throwable nullEntity =
        failure(customers.saveAll(Arrays.asList(MappingTest.sample(first), null)));

    assertThat(failure)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "CustomerDao.saveAll: entity 1 of the batch: Customer.id is null, but it binds primary"
                + " key column id");
    assertThat(nullEntity)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "CustomerDao.saveAll: entity 1 of the batch: the Customer to bind is null");
    assertThat(sentSince(before)).as("requests the driver handled").isZero();
    assertThat(await(customers.find(first))).as("no statement of the batch ran").isEmpty();
  }

  @Test
  void aNullEntityFailsItsStageRatherThanThrowing() {
    int before = SENT.settled();

    Throwable failure = failure(customers.save(null));

    assertThat(failure)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CustomerDao.save: the Customer to bind is null; nothing was sent.");
    assertThat(sentSince(before)).isZero();
  }

  /**
   * Requests the driver completed since {@code before}: runs one real call and waits until the
   * tracker has seen it, so that a refused call that did reach the driver would be counted too.
   */
  private static int sentSince(int before) {
    await(customers.find(UUID.randomUUID()));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (SENT.settled() < before + 1 && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    return SENT.settled() - before - 1;
  }

  private static Throwable failure(CompletionStage<?> stage) {
    try {
      stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("the call succeeded");
  }

  private static <T> T await(CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** Counts the requests the driver completed, successfully or not. */
  static final class CountingTracker implements RequestTracker {
    private final AtomicInteger settled = new AtomicInteger();

    int settled() {
      return settled.get();
    }

    @Override
    public void onSuccess(
        Request request,
        long latencyNanos,
        DriverExecutionProfile profile,
        Node node,
        String requestLogPrefix) {
      settled.incrementAndGet();
    }

    @Override
    public void onError(
        Request request,
        Throwable error,
        long latencyNanos,
        DriverExecutionProfile profile,
        Node node,
        String requestLogPrefix) {
      settled.incrementAndGet();
    }

    @Override
    public void close() {}
  }
}
