package dev.augur.it.derived;

import dev.augur.annotations.ClusteringColumn;
import dev.augur.annotations.PartitionKey;
import dev.augur.annotations.Table;
import java.time.Instant;

/** Readings partitioned by tenant and bucket (a composite partition key), by time. */
@Table("tenant_readings")
public record Reading(
    @PartitionKey(0) String tenant,
    @PartitionKey(1) int bucket,
    @ClusteringColumn Instant ts,
    double value) {

  static final String DDL =
      "CREATE TABLE IF NOT EXISTS tenant_readings (tenant text, bucket int, ts timestamp, value"
          + " double, PRIMARY KEY ((tenant, bucket), ts))";
}
