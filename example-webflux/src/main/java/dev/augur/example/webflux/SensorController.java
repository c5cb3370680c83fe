package dev.augur.example.webflux;

import dev.augur.runtime.InvalidPageTokenException;
import dev.augur.runtime.PageRequest;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The HTTP API. Every handler returns the DAO's Mono or Flux, mapped: nothing blocks, and nothing
 * is sent to Cassandra until WebFlux subscribes.
 */
@RestController
public class SensorController {
  private final SensorDao sensors;
  private final ReadingDao readings;

  public SensorController(SensorDao sensors, ReadingDao readings) {
    this.sensors = sensors;
    this.readings = readings;
  }

  /** The body of a new sensor; a missing id gets a random one. */
  public record NewSensor(UUID id, String name, String unit) {}

  /** The body of a new reading; takenAt defaults to now. */
  public record NewReading(Instant takenAt, double value) {}

  /** A page of readings, and the token of the next page (null on the last). */
  public record ReadingPage(List<Reading> readings, String nextPageToken) {}

  @PostMapping("/sensors")
  public Mono<ResponseEntity<Sensor>> create(@RequestBody NewSensor body) {
    if (body.name() == null || body.name().isBlank()) {
      return Mono.error(new ResponseStatusException(HttpStatus.BAD_REQUEST, "name is required"));
    }
    Sensor sensor =
        new Sensor(body.id() == null ? UUID.randomUUID() : body.id(), body.name(), body.unit());
    return sensors
        .create(sensor)
        .map(
            created ->
                created
                    ? ResponseEntity.created(URI.create("/sensors/" + sensor.id())).body(sensor)
                    : ResponseEntity.status(HttpStatus.CONFLICT).<Sensor>build());
  }

  @GetMapping("/sensors/{id}")
  public Mono<Sensor> sensor(@PathVariable UUID id) {
    return sensors.find(id).switchIfEmpty(Mono.error(notFound(id)));
  }

  @PostMapping("/sensors/{id}/readings")
  public Mono<ResponseEntity<Reading>> record(
      @PathVariable UUID id, @RequestBody NewReading body) {
    Instant takenAt = body.takenAt() == null ? Instant.now() : body.takenAt();
    Reading reading =
        new Reading(id, LocalDate.ofInstant(takenAt, ZoneOffset.UTC), takenAt, body.value());
    return sensors
        .find(id)
        .switchIfEmpty(Mono.error(notFound(id)))
        .flatMap(sensor -> readings.record(reading))
        .thenReturn(ResponseEntity.status(HttpStatus.CREATED).body(reading));
  }

  /** A whole day as NDJSON, read from Cassandra page by page at the client's pace. */
  @GetMapping(
      value = "/sensors/{id}/readings/stream",
      produces = MediaType.APPLICATION_NDJSON_VALUE)
  public Flux<Reading> stream(@PathVariable UUID id, @RequestParam LocalDate day) {
    return readings.day(id, day);
  }

  @GetMapping("/sensors/{id}/readings")
  public Mono<ReadingPage> page(
      @PathVariable UUID id,
      @RequestParam LocalDate day,
      @RequestParam(defaultValue = "100") int pageSize,
      @RequestParam(required = false) String pageToken) {
    if (pageSize < 1 || pageSize > 1_000) {
      return Mono.error(
          new ResponseStatusException(HttpStatus.BAD_REQUEST, "pageSize must be 1 to 1000"));
    }
    PageRequest request =
        pageToken == null ? PageRequest.first(pageSize) : PageRequest.of(pageSize, pageToken);
    return readings
        .page(id, day, request)
        .map(page -> new ReadingPage(page.rows(), page.nextToken().orElse(null)));
  }

  @GetMapping("/sensors/{id}/readings/count")
  public Mono<Map<String, Long>> count(@PathVariable UUID id, @RequestParam LocalDate day) {
    return readings.count(id, day).map(count -> Map.of("count", count));
  }

  @ExceptionHandler(InvalidPageTokenException.class)
  public ResponseEntity<Map<String, String>> invalidToken(InvalidPageTokenException e) {
    return ResponseEntity.badRequest().body(Map.of("error", "invalid pageToken"));
  }

  private static ResponseStatusException notFound(UUID id) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "no sensor " + id);
  }
}
