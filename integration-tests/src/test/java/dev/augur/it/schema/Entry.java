package dev.augur.it.schema;

import dev.augur.annotations.ClusteringColumn;
import dev.augur.annotations.PartitionKey;
import dev.augur.annotations.Table;

/** Newest first: the live table of the check test stores it oldest first. */
@Table("journal")
public record Entry(
    @PartitionKey String stream, @ClusteringColumn(descending = true) int seq, String body) {}
