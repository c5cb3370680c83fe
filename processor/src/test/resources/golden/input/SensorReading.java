package shop;

import dev.augur.annotations.ClusteringColumn;
import dev.augur.annotations.PartitionKey;
import dev.augur.annotations.Table;
import dev.augur.annotations.Transient;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A mutable class: read through its no-argument constructor and setters. */
@Table
public class SensorReading {
  @PartitionKey(0) private UUID sensorId;
  @PartitionKey(1) private LocalDate day;
  @ClusteringColumn private Instant takenAt;
  private BigDecimal value;
  private boolean valid;
  @Transient private String cached;

  public SensorReading() {}

  public void setSensorId(UUID sensorId) { this.sensorId = sensorId; }
  public void setDay(LocalDate day) { this.day = day; }
  public void setTakenAt(Instant takenAt) { this.takenAt = takenAt; }
  public void setValue(BigDecimal value) { this.value = value; }
  public void setValid(boolean valid) { this.valid = valid; }
}
