package dev.augur.bench.apt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The annotation-processing benchmark on three entities and DAOs, once, in this JVM. */
class ProcessingCostSmokeTest {
  @Test
  void bothProcessorsGenerateTheirCode() throws Exception {
    String report = ProcessingCostBenchmark.run(3, 1, 0, 0, System.getProperty("java.class.path"));

    // Augur: a mapper per entity, a DAO per interface. The driver mapper: an entity helper per
    // entity, an implementation per DAO, and the mapper's builder and implementation.
    assertThat(report).containsPattern("\\| augur +\\|.*\\| +6 \\|");
    assertThat(report).containsPattern("\\| mapper +\\|.*\\| +8 \\|");
    assertThat(report).contains("ratio augur / mapper");
  }
}
