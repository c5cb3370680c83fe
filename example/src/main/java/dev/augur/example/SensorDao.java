package dev.augur.example;

import dev.augur.annotations.Dao;
import dev.augur.annotations.Insert;
import dev.augur.annotations.Query;
import dev.augur.annotations.StatementAttributes;
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

  /**
   * Creates a sensor unless one with its id exists (a lightweight transaction); completes with
   * whether it was created. Null properties are left unset.
   */
  @Insert(ifNotExists = true)
  @StatementAttributes(
      consistency = "LOCAL_QUORUM",
      serialConsistency = "LOCAL_SERIAL",
      timeout = "2s")
  CompletionStage<Boolean> create(Sensor sensor);

  @Query("SELECT * FROM sensors WHERE id = :id")
  CompletionStage<Optional<Sensor>> find(UUID id);
}
