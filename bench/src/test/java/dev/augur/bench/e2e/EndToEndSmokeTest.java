package dev.augur.bench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.CassandraExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The end-to-end harness with tiny sizes and fractions of a second, on the tests' node. */
@ExtendWith(CassandraExtension.class)
class EndToEndSmokeTest {
  @Test
  void everyWorkloadRunsThroughEveryImplementation(CassandraEndpoint endpoint) throws Exception {
    Settings tiny =
        new Settings(
            1,
            0,
            0.2,
            0.2,
            8,
            16,
            20,
            100,
            50,
            List.of("insert", "get", "partition", "scan", "ann"),
            List.of("raw", "augur", "mapper"),
            "512m",
            List.of(),
            endpoint.firstContactPoint(),
            "",
            "");

    String report = EndToEndBenchmark.run(tiny);

    assertThat(report)
        .contains(
            "#### insert @8",
            "#### get @16 (saturation)",
            "#### partition @8",
            "#### scan 2000 rows",
            "#### ann @8",
            "#### ann @16 (saturation)",
            "| augur ",
            "| mapper ",
            "| raw ")
        .doesNotContain("errors)");
  }
}
