package dev.augur.example;

import dev.augur.annotations.ClusteringColumn;
import dev.augur.annotations.PartitionKey;
import dev.augur.annotations.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One measurement. Readings are partitioned by sensor and day, so that a partition stays bounded
 * (86,400 rows at one reading a second), and clustered by time, newest first.
 */
@Table("readings")
public record Reading(
    @PartitionKey(0) UUID sensorId,
    @PartitionKey(1) LocalDate day,
    @ClusteringColumn(descending = true) Instant takenAt,
    double value) {
  static final String DDL =
      "CREATE TABLE IF NOT EXISTS readings ("
          + "sensor_id uuid, day date, taken_at timestamp, value double,"
          + " PRIMARY KEY ((sensor_id, day), taken_at))"
          + " WITH CLUSTERING ORDER BY (taken_at DESC)";
}
