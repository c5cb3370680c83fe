package dev.augur.it.faults;

import dev.augur.annotations.Counter;
import dev.augur.annotations.PartitionKey;
import dev.augur.annotations.Table;

/** A row of the simulated {@code hits} table: tells the processor that {@code n} is a counter. */
@Table("hits")
public record Hit(@PartitionKey int id, @Counter long n) {}
