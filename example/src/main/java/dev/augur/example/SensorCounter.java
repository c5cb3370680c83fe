package dev.augur.example;

import dev.augur.annotations.ClusteringColumn;
import dev.augur.annotations.Counter;
import dev.augur.annotations.PartitionKey;
import dev.augur.annotations.Table;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A named counter of a sensor's day ("readings", "door_openings"...): one partition per sensor and
 * day holds all its counters, so a day's counters are read in one request. Counter tables hold
 * nothing but their key and counters, and are only ever incremented.
 */
@Table("sensor_counters")
public record SensorCounter(
    @PartitionKey(0) UUID sensorId,
    @PartitionKey(1) LocalDate day,
    @ClusteringColumn String name,
    @Counter long total) {}
