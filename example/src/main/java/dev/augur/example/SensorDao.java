package dev.augur.example;

import dev.augur.annotations.Dao;
import dev.augur.annotations.Query;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

@Dao
public interface SensorDao {
  /** Registers a sensor unless one with this id exists; completes with whether it was new. */
  @Query(
      "INSERT INTO sensors (id, name, location, unit, installed_at)"
          + " VALUES (:id, :name, :location, :unit, :installedAt) IF NOT EXISTS")
  CompletionStage<Boolean> register(
      UUID id, String name, String location, String unit, Instant installedAt);

  @Query("SELECT * FROM sensors WHERE id = :id")
  CompletionStage<Optional<Sensor>> find(UUID id);
}
