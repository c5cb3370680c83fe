package dev.augur.it.cluster;

import dev.augur.annotations.Counter;
import dev.augur.annotations.PartitionKey;
import dev.augur.annotations.Table;

/** A counter per key, incremented once per key by the load: any value above 1 is a duplicate. */
@Table("tallies")
public record Tally(@PartitionKey int id, @Counter long hits) {}
