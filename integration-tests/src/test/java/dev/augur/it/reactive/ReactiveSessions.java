package dev.augur.it.reactive;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import dev.augur.it.CountingThrottler;
import dev.augur.it.TestSessions;
import dev.augur.runtime.AugurSession;
import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.Keyspaces;
import java.time.Duration;
import java.util.concurrent.CompletionStage;

/** A session on the notes keyspace whose driver counts what it sends. */
final class ReactiveSessions {
  static final String KEYSPACE = "it_reactive";
  static final int PAGE_SIZE = 10;

  private ReactiveSessions() {}

  static AugurSession open(
      CqlSession admin, CassandraEndpoint endpoint, String name, AugurSession.Builder builder) {
    Keyspaces.createSimple(admin, KEYSPACE);
    admin.execute(
        "CREATE TABLE IF NOT EXISTS "
            + KEYSPACE
            + ".notes (board text, seq int, text text, PRIMARY KEY (board, seq))");
    DriverConfigLoader config =
        DriverConfigLoader.programmaticBuilder()
            .withString(DefaultDriverOption.SESSION_NAME, name)
            .withClass(DefaultDriverOption.REQUEST_THROTTLER_CLASS, CountingThrottler.class)
            .withInt(DefaultDriverOption.REQUEST_PAGE_SIZE, PAGE_SIZE)
            .withDuration(DefaultDriverOption.METADATA_SCHEMA_WINDOW, Duration.ofMillis(10))
            .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(10))
            .build();
    return await(
        builder.connectAsync(
            CqlSession.builder()
                .addContactPoints(endpoint.contactPoints())
                .withLocalDatacenter(endpoint.localDatacenter())
                .withKeyspace(KEYSPACE)
                .withConfigLoader(config)));
  }

  static <T> T await(CompletionStage<T> stage) {
    return TestSessions.await(stage);
  }
}
