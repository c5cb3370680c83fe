package dev.augur.it.observability;

import dev.augur.annotations.PartitionKey;
import dev.augur.annotations.Table;

/** A row whose value must never reach a log unless the application says so. */
@Table("secrets")
public record Secret(@PartitionKey String name, String secret) {
  static final String DDL =
      "CREATE TABLE IF NOT EXISTS secrets (name text PRIMARY KEY, secret text)";
}
