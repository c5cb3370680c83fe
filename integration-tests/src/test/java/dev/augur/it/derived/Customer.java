package dev.augur.it.derived;

import dev.augur.annotations.PartitionKey;
import dev.augur.annotations.Table;
import java.util.UUID;

/** A customer by id. */
@Table("customers")
public record Customer(@PartitionKey UUID id, String name) {
  static final String DDL = "CREATE TABLE IF NOT EXISTS customers (id uuid PRIMARY KEY, name text)";
}
