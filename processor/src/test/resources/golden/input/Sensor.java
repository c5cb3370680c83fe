package shop;

import dev.augur.annotations.Column;
import dev.augur.annotations.PartitionKey;
import dev.augur.annotations.Table;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A record entity: read through its canonical constructor. */
@Table(value = "sensors", keyspace = "telemetry")
public record Sensor(
    @PartitionKey UUID id,
    String name,
    @Column("kind") String type,
    int precision,
    double calibration,
    Set<String> tags,
    Map<String, Integer> thresholds) {}
