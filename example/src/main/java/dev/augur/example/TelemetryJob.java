package dev.augur.example;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * The example's work, as one chain of stages: register sensors, record a day of readings, then read
 * them back by key, by partition, by time window, and as a stream. No step blocks a thread.
 */
final class TelemetryJob {
  /** What the job did, for the printout and for the example's test. */
  record Report(
      boolean firstRegistration,
      boolean secondRegistration,
      Sensor sensor,
      int written,
      List<Reading> latest,
      int inWindow,
      long counted,
      DayStatistics.Summary streamed) {}

  static final LocalDate DAY = LocalDate.of(2026, 11, 24);
  private static final Instant MIDNIGHT = DAY.atStartOfDay().toInstant(ZoneOffset.UTC);
  private static final Duration INTERVAL = Duration.ofSeconds(2);
  private static final int MAX_IN_FLIGHT = 256;

  private final SensorDao sensors;
  private final ReadingDao readings;
  private final int readingsPerSensor;
  private final Consumer<String> log;

  TelemetryJob(
      SensorDao sensors, ReadingDao readings, int readingsPerSensor, Consumer<String> log) {
    this.sensors = sensors;
    this.readings = readings;
    this.readingsPerSensor = readingsPerSensor;
    this.log = log;
  }

  CompletionStage<Report> run() {
    UUID boiler = UUID.nameUUIDFromBytes("boiler-room".getBytes());
    UUID roof = UUID.nameUUIDFromBytes("roof".getBytes());
    Instant installed = Instant.parse("2026-01-15T09:30:00Z");

    CompletionStage<Boolean> registered =
        sensors
            .register(boiler, "boiler", "basement", "celsius", installed)
            .thenCombine(
                sensors.register(roof, "roof", "rooftop", "celsius", installed),
                (first, second) -> first);
    CompletionStage<Boolean> again =
        registered.thenCompose(
            first -> sensors.register(boiler, "boiler (again)", "basement", "celsius", installed));

    long started = System.nanoTime();
    CompletionStage<Integer> written =
        again.thenCompose(
            ignored ->
                BoundedWrites.run(
                    readingsPerSensor * 2,
                    MAX_IN_FLIGHT,
                    i -> {
                      UUID sensor = i % 2 == 0 ? boiler : roof;
                      int n = i / 2;
                      return readings.record(sensor, DAY, timeOf(n), temperature(sensor, n));
                    }));
    CompletionStage<Integer> logged =
        written.thenApply(
            count -> {
              log.accept(
                  String.format(
                      "recorded %,d readings in %s (%,.0f writes/s, at most %d in flight)",
                      count,
                      seconds(System.nanoTime() - started),
                      count / ((System.nanoTime() - started) / 1e9),
                      MAX_IN_FLIGHT));
              return count;
            });

    return logged.thenCompose(count -> readBack(boiler, count, registered, again));
  }

  private CompletionStage<Report> readBack(
      UUID boiler, int written, CompletionStage<Boolean> first, CompletionStage<Boolean> second) {
    Instant noon = MIDNIGHT.plus(Duration.ofHours(12));
    CompletableFuture<Sensor> sensor =
        sensors.find(boiler).thenApply(found -> found.orElseThrow()).toCompletableFuture();
    CompletableFuture<List<Reading>> latest = readings.latest(boiler, DAY, 5).toCompletableFuture();
    CompletableFuture<List<Reading>> window =
        readings.between(boiler, DAY, noon, noon.plus(Duration.ofMinutes(1))).toCompletableFuture();
    CompletableFuture<Long> counted = readings.count(boiler, DAY).toCompletableFuture();

    long streamStart = System.nanoTime();
    DayStatistics statistics = new DayStatistics(1_000);
    readings.day(boiler, DAY).subscribe(statistics);
    CompletableFuture<DayStatistics.Summary> streamed =
        statistics
            .result()
            .thenApply(
                summary -> {
                  long elapsed = System.nanoTime() - streamStart;
                  log.accept(
                      String.format(
                          "streamed %,d readings of one partition in %s (%,.0f rows/s), 1,000"
                              + " requested at a time",
                          summary.count(), seconds(elapsed), summary.count() / (elapsed / 1e9)));
                  return summary;
                })
            .toCompletableFuture();

    return CompletableFuture.allOf(sensor, latest, window, counted, streamed)
        .thenCombine(
            first.thenCombine(second, (a, b) -> new boolean[] {a, b}),
            (ignored, registrations) ->
                new Report(
                    registrations[0],
                    registrations[1],
                    sensor.join(),
                    written,
                    latest.join(),
                    window.join().size(),
                    counted.join(),
                    streamed.join()));
  }

  static Instant timeOf(int n) {
    return MIDNIGHT.plus(INTERVAL.multipliedBy(n));
  }

  /** A smooth daily curve, different per sensor, so the statistics mean something. */
  static double temperature(UUID sensor, int n) {
    double base = sensor.getLeastSignificantBits() % 2 == 0 ? 60 : 8;
    return Math.round((base + 6 * Math.sin(n * 2 * Math.PI / 43_200.0)) * 100) / 100.0;
  }

  private static String seconds(long nanos) {
    return String.format("%.2f s", nanos / 1e9);
  }
}
