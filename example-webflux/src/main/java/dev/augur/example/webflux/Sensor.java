package dev.augur.example.webflux;

import dev.augur.annotations.PartitionKey;
import dev.augur.annotations.Table;
import java.util.UUID;

/** A sensor, looked up by id. */
@Table("sensors")
public record Sensor(@PartitionKey UUID id, String name, String unit) {}
