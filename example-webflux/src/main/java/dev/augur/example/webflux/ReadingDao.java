package dev.augur.example.webflux;

import dev.augur.annotations.Dao;
import dev.augur.annotations.Insert;
import dev.augur.annotations.Query;
import dev.augur.annotations.Select;
import dev.augur.runtime.Page;
import dev.augur.runtime.PageRequest;
import java.time.LocalDate;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Dao
public interface ReadingDao {
  @Insert
  Mono<Void> record(Reading reading);

  /** A day of a sensor, newest first, fetched page by page as the subscriber requests. */
  @Select
  Flux<Reading> day(UUID sensorId, LocalDate day);

  /** One page of a day, and the token of the next. */
  @Query("SELECT * FROM readings WHERE sensor_id = :sensorId AND day = :day")
  Mono<Page<Reading>> page(UUID sensorId, LocalDate day, PageRequest request);

  @Query("SELECT count(*) FROM readings WHERE sensor_id = :sensorId AND day = :day")
  Mono<Long> count(UUID sensorId, LocalDate day);
}
