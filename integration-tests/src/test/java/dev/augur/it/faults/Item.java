package dev.augur.it.faults;

import dev.augur.annotations.PartitionKey;
import dev.augur.annotations.Table;

/** A row of the simulated {@code kv} table. */
@Table("kv")
public record Item(@PartitionKey int id, String name) {}
