package dev.augur.it.faults;

import dev.augur.annotations.PartitionKey;
import dev.augur.annotations.Table;
import java.util.List;

/** A row of the simulated {@code tagged} table: tells the processor that {@code tags} is a list. */
@Table("tagged")
public record Tagged(@PartitionKey int id, List<String> tags) {}
