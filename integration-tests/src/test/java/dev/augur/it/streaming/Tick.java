package dev.augur.it.streaming;

import dev.augur.annotations.ClusteringColumn;
import dev.augur.annotations.PartitionKey;
import dev.augur.annotations.Table;

/** One row of a series: what the streaming tests read, many pages at a time. */
@Table
public record Tick(@PartitionKey String series, @ClusteringColumn int seq, String payload) {
  static final String DDL =
      "CREATE TABLE IF NOT EXISTS tick (series text, seq int, payload text,"
          + " PRIMARY KEY (series, seq))";
}
