package dev.augur.it;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.tracker.RequestTracker;
import dev.augur.runtime.AugurSession;
import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.Keyspaces;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Sessions and waiting, shared by the tests. */
public final class TestSessions {
  private TestSessions() {}

  /** Creates the keyspace and tables, then an Augur session on that keyspace. */
  static AugurSession open(
      CqlSession admin,
      CassandraEndpoint endpoint,
      String keyspace,
      int pageSize,
      RequestTracker tracker,
      String... ddl) {
    Keyspaces.createSimple(admin, keyspace);
    for (String statement : ddl) {
      admin.execute(statement.replace("IF NOT EXISTS ", "IF NOT EXISTS " + keyspace + "."));
    }
    DriverConfigLoader config =
        DriverConfigLoader.programmaticBuilder()
            .withInt(DefaultDriverOption.REQUEST_PAGE_SIZE, pageSize)
            .withDuration(DefaultDriverOption.METADATA_SCHEMA_WINDOW, Duration.ofMillis(10))
            .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(10))
            .withClass(DefaultDriverOption.REQUEST_THROTTLER_CLASS, CountingThrottler.class)
            .build();
    var builder =
        CqlSession.builder()
            .addContactPoints(endpoint.contactPoints())
            .withLocalDatacenter(endpoint.localDatacenter())
            .withKeyspace(keyspace)
            .withConfigLoader(config);
    if (tracker != null) {
      builder.addRequestTracker(tracker);
    }
    return await(AugurSession.connectAsync(builder));
  }

  public static <T> T await(CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new AssertionError("stage failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException | TimeoutException e) {
      throw new AssertionError("stage did not complete in 30 s", e);
    }
  }

  /** The exception a stage failed with, exactly as a callback would see it. */
  public static Throwable failure(CompletionStage<?> stage) {
    return await(
        stage.handle(
            (value, error) -> {
              if (error == null) {
                throw new AssertionError("expected a failure, got " + value);
              }
              return error;
            }));
  }
}
