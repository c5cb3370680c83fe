package dev.augur.example;

import com.datastax.oss.driver.api.core.CqlSession;
import java.util.concurrent.CompletionStage;

/** The example's keyspace and tables, created without blocking if they do not exist. */
final class Schema {
  private Schema() {}

  static CompletionStage<Void> create(CqlSession session, String keyspace, int replicationFactor) {
    String createKeyspace =
        String.format(
            "CREATE KEYSPACE IF NOT EXISTS %s WITH replication ="
                + " {'class': 'SimpleStrategy', 'replication_factor': %d}",
            keyspace, replicationFactor);
    // DDL statements run one after the other: Cassandra applies schema changes in order.
    return session
        .executeAsync(createKeyspace)
        .thenCompose(rs -> session.executeAsync(qualify(Sensor.DDL, keyspace)))
        .thenCompose(rs -> session.executeAsync(qualify(Reading.DDL, keyspace)))
        .thenApply(rs -> null);
  }

  private static String qualify(String ddl, String keyspace) {
    return ddl.replace("IF NOT EXISTS ", "IF NOT EXISTS " + keyspace + ".");
  }
}
