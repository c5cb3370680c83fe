package dev.augur.it.placement;

import dev.augur.annotations.PartitionKey;
import dev.augur.annotations.Table;
import java.util.UUID;

/** A row whose table exists in two keyspaces, and in a second table of the same shape. */
@Table("articles")
public record Article(@PartitionKey UUID id, String title, String description) {}
