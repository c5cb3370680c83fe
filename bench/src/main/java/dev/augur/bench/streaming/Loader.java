package dev.augur.bench.streaming;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.BatchStatement;
import com.datastax.oss.driver.api.core.cql.BatchStatementBuilder;
import com.datastax.oss.driver.api.core.cql.DefaultBatchType;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Loads the benchmark's rows fast: unlogged batches of 50 rows of one partition (a single mutation
 * each), at most 64 batches in flight.
 */
final class Loader {
  private static final int BATCH = 50;
  private static final int IN_FLIGHT = 64;

  private Loader() {}

  /** Writes rows 0 to {@code rows - 1}, spread over {@code partitions} partitions. */
  static void load(CqlSession session, int rows, int partitions) throws InterruptedException {
    PreparedStatement insert =
        session.prepare(
            "INSERT INTO stream_row (bucket, seq, name, amount, taken_at, tag)"
                + " VALUES (?, ?, ?, ?, ?, ?)");
    Semaphore window = new Semaphore(IN_FLIGHT);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    int perPartition = (rows + partitions - 1) / partitions;
    Instant base = Instant.parse("2026-01-01T00:00:00Z");
    for (int bucket = 0; bucket < partitions; bucket++) {
      int first = bucket * perPartition;
      int end = Math.min(rows, first + perPartition);
      for (int start = first; start < end; start += BATCH) {
        BatchStatementBuilder batch = BatchStatement.builder(DefaultBatchType.UNLOGGED);
        for (int seq = start; seq < Math.min(end, start + BATCH); seq++) {
          batch.addStatement(
              insert.bind(
                  bucket,
                  seq,
                  "row-" + seq,
                  seq * 0.25,
                  base.plusMillis(seq),
                  new UUID(bucket, seq)));
        }
        window.acquire();
        if (failure.get() != null) {
          throw new IllegalStateException("loading failed", failure.get());
        }
        session
            .executeAsync(batch.build())
            .whenComplete(
                (rs, error) -> {
                  if (error != null) {
                    failure.compareAndSet(null, error);
                  }
                  window.release();
                });
      }
    }
    window.acquire(IN_FLIGHT);
    if (failure.get() != null) {
      throw new IllegalStateException("loading failed", failure.get());
    }
  }
}
