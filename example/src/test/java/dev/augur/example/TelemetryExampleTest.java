package dev.augur.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.CassandraExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The example's whole job, on a smaller day, against a real node. */
@ExtendWith(CassandraExtension.class)
class TelemetryExampleTest {

  @Test
  void jobWritesAndReadsBackADayOfReadings(CassandraEndpoint endpoint) throws Exception {
    ExampleConfig config =
        ExampleConfig.fromEnvironment(
            Map.of("CASSANDRA_KEYSPACE", "example_test", "EXAMPLE_READINGS_PER_SENSOR", "2000"));
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    TelemetryJob.Report report =
        TelemetryExample.run(
                endpoint, config, new PrintStream(printed, true, StandardCharsets.UTF_8))
            .toCompletableFuture()
            .get(120, TimeUnit.SECONDS);

    assertThat(report.firstRegistration()).isTrue();
    assertThat(report.secondRegistration()).as("IF NOT EXISTS on an existing id").isFalse();
    assertThat(report.sensor().name()).isEqualTo("boiler");
    assertThat(report.sensor().installedAt()).isEqualTo(Instant.parse("2026-01-15T09:30:00Z"));
    assertThat(report.written()).isEqualTo(4000);
    // Newest first: the table clusters by taken_at DESC.
    assertThat(report.latest()).hasSize(5);
    assertThat(report.latest().get(0).takenAt()).isEqualTo(TelemetryJob.timeOf(1999));
    assertThat(report.latest().get(4).takenAt()).isEqualTo(TelemetryJob.timeOf(1995));
    assertThat(report.inWindow()).as("2,000 readings every 2 s end before noon").isZero();
    assertThat(report.counted()).isEqualTo(2000);
    assertThat(report.streamed().count()).isEqualTo(2000);
    UUID boiler = UUID.nameUUIDFromBytes("boiler-room".getBytes());
    double expectedMax =
        java.util.stream.IntStream.range(0, 2000)
            .mapToDouble(n -> TelemetryJob.temperature(boiler, n))
            .max()
            .orElseThrow();
    assertThat(report.streamed().max()).isEqualTo(expectedMax);
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("recorded 4,000 readings", "streamed 2,000 readings");
  }
}
