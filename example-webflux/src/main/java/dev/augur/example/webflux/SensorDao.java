package dev.augur.example.webflux;

import dev.augur.annotations.Dao;
import dev.augur.annotations.Insert;
import dev.augur.annotations.Select;
import java.util.UUID;
import reactor.core.publisher.Mono;

@Dao
public interface SensorDao {
  /** True when the sensor was created, false when one with its id exists. */
  @Insert(ifNotExists = true)
  Mono<Boolean> create(Sensor sensor);

  /** Empty when there is no such sensor. */
  @Select
  Mono<Sensor> find(UUID id);
}
