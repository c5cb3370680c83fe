package dev.augur.example;

import dev.augur.annotations.PartitionKey;
import dev.augur.annotations.Table;
import java.time.Instant;
import java.util.UUID;

/** A sensor, looked up by its id. */
@Table("sensors")
public record Sensor(
    @PartitionKey UUID id, String name, String location, String unit, Instant installedAt) {
  static final String DDL =
      "CREATE TABLE IF NOT EXISTS sensors ("
          + "id uuid PRIMARY KEY, name text, location text, unit text, installed_at timestamp)";
}
