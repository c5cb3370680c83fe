package dev.augur.it.reactive;

import dev.augur.annotations.ClusteringColumn;
import dev.augur.annotations.PartitionKey;
import dev.augur.annotations.Table;

/** A note on a board: boards are partitions, notes rows in order. */
@Table("notes")
public record Note(@PartitionKey String board, @ClusteringColumn int seq, String text) {}
