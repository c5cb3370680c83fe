package dev.augur.example.webflux;

import dev.augur.annotations.ClusteringColumn;
import dev.augur.annotations.PartitionKey;
import dev.augur.annotations.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One value of a sensor: a day's readings form a partition, newest first. */
@Table("readings")
public record Reading(
    @PartitionKey(0) UUID sensorId,
    @PartitionKey(1) LocalDate day,
    @ClusteringColumn(descending = true) Instant takenAt,
    double value) {}
