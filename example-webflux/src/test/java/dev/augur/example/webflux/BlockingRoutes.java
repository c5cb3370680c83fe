package dev.augur.example.webflux;

import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Routes that break the rule on purpose, for the tests that show BlockHound catches them: one
 * sleeps on the event loop, one waits for a DAO's Mono with block(). They exist only in the
 * tests' classpath.
 */
@RestController
class BlockingRoutes {
  private final SensorDao sensors;

  BlockingRoutes(SensorDao sensors) {
    this.sensors = sensors;
  }

  @GetMapping("/test/blocking/sleep/{id}")
  Mono<Sensor> sleep(@PathVariable UUID id) {
    return Mono.fromCallable(
            () -> {
              Thread.sleep(20);
              return id;
            })
        .flatMap(sensors::find);
  }

  @GetMapping("/test/blocking/block/{id}")
  Mono<Sensor> block(@PathVariable UUID id) {
    return Mono.fromCallable(() -> sensors.find(id).block());
  }
}
