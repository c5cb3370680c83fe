package dev.augur.spring.broken;

import dev.augur.annotations.PartitionKey;
import dev.augur.annotations.Table;
import java.util.UUID;

/** An entity whose table nobody creates. */
@Table("no_such_table")
public record Missing(@PartitionKey UUID id, String text) {}
