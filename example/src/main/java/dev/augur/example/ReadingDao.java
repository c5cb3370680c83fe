package dev.augur.example;

import dev.augur.annotations.Dao;
import dev.augur.annotations.Insert;
import dev.augur.annotations.Query;
import dev.augur.annotations.StatementAttributes;
import dev.augur.runtime.Page;
import dev.augur.runtime.PageRequest;
import dev.augur.runtime.RowStream;
import dev.augur.runtime.StreamOptions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

@Dao
public interface ReadingDao {
  @Query(
      "INSERT INTO readings (sensor_id, day, taken_at, value)"
          + " VALUES (:sensorId, :day, :takenAt, :value)")
  CompletionStage<Void> record(UUID sensorId, LocalDate day, Instant takenAt, double value);

  /** The newest readings of a sensor on a day: the partition's first rows. */
  @Query("SELECT * FROM readings WHERE sensor_id = :sensorId AND day = :day LIMIT :count")
  CompletionStage<List<Reading>> latest(UUID sensorId, LocalDate day, int count);

  /** The readings of a sensor in a time window of one day. */
  @Query(
      "SELECT * FROM readings WHERE sensor_id = :sensorId AND day = :day"
          + " AND taken_at >= :start AND taken_at < :end")
  CompletionStage<List<Reading>> between(UUID sensorId, LocalDate day, Instant start, Instant end);

  /** A whole day of a sensor, streamed page by page as the subscriber asks for rows. */
  @Query("SELECT * FROM readings WHERE sensor_id = :sensorId AND day = :day")
  Flow.Publisher<Reading> day(UUID sensorId, LocalDate day);

  @Query("SELECT count(*) FROM readings WHERE sensor_id = :sensorId AND day = :day")
  CompletionStage<Long> count(UUID sensorId, LocalDate day);

  @Insert
  @StatementAttributes(timeout = "2s")
  CompletionStage<Void> save(Reading reading);

  /**
   * One page of a sensor's day, newest first. The page's token, handed back in a later request,
   * continues where it ended; a token of another sensor or day fails with {@code
   * InvalidPageTokenException}.
   */
  @Query("SELECT * FROM readings WHERE sensor_id = :sensorId AND day = :day")
  @StatementAttributes(timeout = "2s")
  CompletionStage<Page<Reading>> page(UUID sensorId, LocalDate day, PageRequest request);

  /** A sensor's day, newest first, fetched page by page as the subscriber asks for rows. */
  @Query("SELECT * FROM readings WHERE sensor_id = :sensorId AND day = :day")
  RowStream<Reading> stream(UUID sensorId, LocalDate day, StreamOptions options);
}
