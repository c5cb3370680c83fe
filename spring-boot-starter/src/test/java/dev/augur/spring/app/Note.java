package dev.augur.spring.app;

import dev.augur.annotations.PartitionKey;
import dev.augur.annotations.Table;
import java.util.UUID;

@Table("notes")
public record Note(@PartitionKey UUID id, String text) {}
