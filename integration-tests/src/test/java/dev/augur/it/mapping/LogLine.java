package dev.augur.it.mapping;

import dev.augur.annotations.ClusteringColumn;
import dev.augur.annotations.PartitionKey;
import dev.augur.annotations.Table;
import java.time.Instant;

/** Newest first: a descending clustering column. */
@Table("log_lines")
public record LogLine(
    @PartitionKey String service,
    @ClusteringColumn(descending = true) Instant at,
    @ClusteringColumn(1) int seq,
    String message) {}
