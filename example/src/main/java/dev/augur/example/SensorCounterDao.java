package dev.augur.example;

import dev.augur.annotations.Dao;
import dev.augur.annotations.Increment;
import dev.augur.annotations.Select;
import dev.augur.annotations.StatementAttributes;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

@Dao
public interface SensorCounterDao {
  /** Adds {@code total} (negative: subtracts) to a counter; never retried, as no increment is. */
  @Increment(entity = SensorCounter.class)
  @StatementAttributes(timeout = "2s")
  CompletionStage<Void> increment(UUID sensorId, LocalDate day, String name, long total);

  /** Every counter of a sensor's day, by name. */
  @Select
  @StatementAttributes(timeout = "2s")
  CompletionStage<List<SensorCounter>> ofDay(UUID sensorId, LocalDate day);
}
