package dev.augur.it.cluster;

import dev.augur.annotations.PartitionKey;
import dev.augur.annotations.Table;

/** One write of the load: a known key and the value written for it. */
@Table("readings")
public record Reading(@PartitionKey int id, String value) {}
