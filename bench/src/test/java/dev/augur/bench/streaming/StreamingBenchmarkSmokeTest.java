package dev.augur.bench.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import dev.augur.bench.streaming.StreamingBenchmark.Config;
import dev.augur.bench.streaming.StreamingBenchmark.Report;
import dev.augur.bench.streaming.StreamingBenchmark.Variant;
import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.CassandraExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The streaming benchmark's code, run with tiny sizes so that the normal build keeps it working.
 */
@ExtendWith(CassandraExtension.class)
class StreamingBenchmarkSmokeTest {
  @Test
  void everyVariantReadsEveryRowAndTheReportIsPrinted(CassandraEndpoint endpoint) throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    Config tiny = new Config(3_000, 200, 200, 2, 0, 1, "bench_smoke");

    Report report =
        StreamingBenchmark.run(
            endpoint, tiny, new PrintStream(printed, true, StandardCharsets.UTF_8));

    assertThat(report.measurements()).hasSize(Variant.values().length);
    assertThat(report.measurements()).allSatisfy(m -> assertThat(m.pass().rows()).isEqualTo(3_000));
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains(
            "Loaded 3,000 rows", "Augur, prefetch on", "Median of the per-round ratios");
  }
}
