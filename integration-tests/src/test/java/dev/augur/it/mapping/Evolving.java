package dev.augur.it.mapping;

import dev.augur.annotations.PartitionKey;
import dev.augur.annotations.Table;

/** A table whose live schema changes under a prepared {@code SELECT *}. */
@Table
public record Evolving(@PartitionKey int id, String mid, String zeta) {}
