package dev.augur.bench.streaming;

import dev.augur.annotations.ClusteringColumn;
import dev.augur.annotations.PartitionKey;
import dev.augur.annotations.Table;
import java.time.Instant;
import java.util.UUID;

/** One row of the streaming benchmark: six columns of common types. */
@Table("stream_row")
public record StreamRow(
    @PartitionKey int bucket,
    @ClusteringColumn int seq,
    String name,
    double amount,
    Instant takenAt,
    UUID tag) {

  static final String DDL =
      "CREATE TABLE IF NOT EXISTS stream_row (bucket int, seq int, name text, amount double,"
          + " taken_at timestamp, tag uuid, PRIMARY KEY (bucket, seq))";
}
