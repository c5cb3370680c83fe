package shop;

import dev.augur.annotations.Dao;
import dev.augur.annotations.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** One method per supported return type. */
@Dao
public interface SensorDao {
  @Query("SELECT * FROM telemetry.sensors WHERE id = :id")
  CompletionStage<Sensor> get(UUID id);

  @Query("SELECT * FROM telemetry.sensors WHERE id = :id")
  CompletionStage<Optional<Sensor>> find(UUID id);

  @Query("SELECT * FROM sensor_reading WHERE sensor_id = :sensorId AND day = :day AND taken_at >= :since")
  CompletionStage<List<SensorReading>> readingsSince(UUID sensorId, LocalDate day, Instant since);

  @Query("SELECT * FROM sensor_reading WHERE sensor_id = :sensorId AND day = :day")
  Flow.Publisher<SensorReading> stream(UUID sensorId, LocalDate day);

  @Query("SELECT count(*) FROM sensor_reading WHERE sensor_id = :sensorId AND day = :day")
  CompletionStage<Long> count(UUID sensorId, LocalDate day);

  @Query("UPDATE telemetry.sensors SET name = :name WHERE id = :id IF EXISTS")
  CompletionStage<Boolean> rename(UUID id, String name);

  @Query("DELETE FROM telemetry.sensors WHERE id = :id")
  CompletionStage<Void> delete(UUID id);

  @Query("SELECT * FROM telemetry.sensors WHERE name = :name ALLOW FILTERING")
  CompletionStage<Sensor> find(String name);

  // sensors is the table of an entity that pins keyspace telemetry: qualified with it.
  @Query("SELECT * FROM sensors WHERE id = :id")
  CompletionStage<Sensor> byBareName(UUID id);

  // ${table} alone is the DAO's keyspace's table, as ${qualifiedTable} is.
  @Query("SELECT * FROM ${table} WHERE sensor_id = :sensorId AND day = :day LIMIT 1")
  CompletionStage<SensorReading> first(UUID sensorId, LocalDate day);
}
