package dev.augur.bench.e2e;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.BatchStatement;
import com.datastax.oss.driver.api.core.cql.BatchStatementBuilder;
import com.datastax.oss.driver.api.core.cql.DefaultBatchType;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.type.reflect.GenericType;
import dev.augur.bench.model.Item;
import dev.augur.bench.model.Items;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Creates the two keyspaces and fills the read table: {@code partitions} partitions of {@code
 * rowsPerPartition} rows, each partition one unlogged batch. A {@code loaded} table records what
 * was loaded, so that a node kept between runs ({@code -Dbench.node-dir}) is loaded once.
 */
final class DataLoader {
  private static final GenericType<Set<String>> SET_OF_TEXT = GenericType.setOf(String.class);

  private DataLoader() {}

  static void schema(CqlSession session, String readKeyspace, String writeKeyspace) {
    for (String keyspace : new String[] {readKeyspace, writeKeyspace}) {
      session.execute(
          "CREATE KEYSPACE IF NOT EXISTS "
              + keyspace
              + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
      session.execute(Items.createTable(keyspace));
    }
    session.execute(
        "CREATE TABLE IF NOT EXISTS " + readKeyspace + ".loaded (id int PRIMARY KEY, rows bigint)");
  }

  /** Loads unless the same number of rows was loaded before; returns how long it took. */
  static Duration load(CqlSession session, String keyspace, int partitions, int rowsPerPartition)
      throws InterruptedException {
    long rows = (long) partitions * rowsPerPartition;
    Row loaded = session.execute("SELECT rows FROM " + keyspace + ".loaded WHERE id = 0").one();
    if (loaded != null && loaded.getLong(0) == rows) {
      return Duration.ZERO;
    }
    long start = System.nanoTime();
    session.execute("TRUNCATE " + keyspace + ".items");
    PreparedStatement insert =
        session.prepare(
            "INSERT INTO "
                + keyspace
                + ".items ("
                + Items.COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Semaphore inFlight = new Semaphore(32);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    for (int pk = 0; pk < partitions && failure.get() == null; pk++) {
      BatchStatementBuilder batch = BatchStatement.builder(DefaultBatchType.UNLOGGED);
      for (int ck = 0; ck < rowsPerPartition; ck++) {
        Item item = Items.item(pk, ck);
        batch.addStatement(
            insert
                .boundStatementBuilder()
                .setInt(0, item.getPk())
                .setInt(1, item.getCk())
                .setString(2, item.getName())
                .setBigDecimal(3, item.getPrice())
                .setBoolean(4, item.isActive())
                .setInstant(5, item.getCreatedAt())
                .set(6, item.getTags(), SET_OF_TEXT)
                .setDouble(7, item.getScore())
                .setUuid(8, item.getRef())
                .setLong(9, item.getQuantity())
                .build());
      }
      inFlight.acquire();
      session
          .executeAsync(batch.build())
          .whenComplete(
              (rs, error) -> {
                if (error != null) {
                  failure.compareAndSet(null, error);
                }
                inFlight.release();
              });
    }
    inFlight.acquire(32);
    if (failure.get() != null) {
      throw new IllegalStateException("loading failed", failure.get());
    }
    session.execute("INSERT INTO " + keyspace + ".loaded (id, rows) VALUES (0, " + rows + ")");
    return Duration.ofNanos(System.nanoTime() - start);
  }
}
