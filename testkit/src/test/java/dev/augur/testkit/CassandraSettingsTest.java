package dev.augur.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** The choice of provider, without Docker and without starting anything. */
class CassandraSettingsTest {

  private static CassandraSettings settings(
      Map<String, String> properties, Map<String, String> environment) {
    return CassandraSettings.from(properties::get, environment::get);
  }

  /** A Docker probe that counts its calls and must not be needed. */
  private static final class Probe implements BooleanSupplier {
    final AtomicInteger calls = new AtomicInteger();
    final boolean answer;

    Probe(boolean answer) {
      this.answer = answer;
    }

    @Override
    public boolean getAsBoolean() {
      calls.incrementAndGet();
      return answer;
    }
  }

  @Test
  void externalClusterFromSystemPropertyWinsWithoutProbingDocker() {
    Probe docker = new Probe(true);
    CassandraSettings settings =
        settings(
            Map.of(
                "augur.cassandra.contact-points",
                "10.0.0.1:9142,10.0.0.2",
                "augur.cassandra.datacenter",
                "dc-east",
                "augur.cassandra.mode",
                "docker"),
            Map.of());

    assertThat(settings.choose(docker).kind()).isEqualTo(CassandraSettings.Kind.EXTERNAL);
    assertThat(docker.calls).hasValue(0);
    CassandraEndpoint endpoint = ProvisionedCassandra.external(settings).endpoint();
    assertThat(endpoint.localDatacenter()).isEqualTo("dc-east");
    assertThat(endpoint.contactPoints()).hasSize(2);
    assertThat(endpoint.contactPoints().get(0).getPort()).isEqualTo(9142);
    assertThat(endpoint.contactPoints().get(1).getPort()).isEqualTo(9042);
  }

  @Test
  void externalClusterFromEnvironmentWithDefaultDatacenter() {
    CassandraSettings settings =
        settings(Map.of(), Map.of("AUGUR_CASSANDRA_CONTACT_POINTS", "db:9042"));

    assertThat(settings.choose(new Probe(false)).kind()).isEqualTo(CassandraSettings.Kind.EXTERNAL);
    assertThat(settings.datacenter()).isEqualTo("datacenter1");
  }

  @Test
  void propertyWinsOverEnvironment() {
    CassandraSettings settings =
        settings(
            Map.of("augur.cassandra.mode", "forked"), Map.of("AUGUR_CASSANDRA_MODE", "docker"));

    assertThat(settings.mode()).isEqualTo(CassandraSettings.Mode.FORKED);
  }

  @Test
  void autoWithoutDockerForks() {
    Probe docker = new Probe(false);
    CassandraSettings.Choice choice = settings(Map.of(), Map.of()).choose(docker);

    assertThat(choice.kind()).isEqualTo(CassandraSettings.Kind.FORKED);
    assertThat(choice.reason()).contains("no Docker");
    assertThat(docker.calls).hasValue(1);
  }

  @Test
  void autoWithDockerUsesTestcontainers() {
    assertThat(
            settings(Map.of("augur.cassandra.mode", "AUTO"), Map.of())
                .choose(new Probe(true))
                .kind())
        .isEqualTo(CassandraSettings.Kind.DOCKER);
  }

  @Test
  void explicitModesDoNotProbe() {
    Probe docker = new Probe(true);

    assertThat(settings(Map.of("augur.cassandra.mode", "forked"), Map.of()).choose(docker).kind())
        .isEqualTo(CassandraSettings.Kind.FORKED);
    assertThat(settings(Map.of(), Map.of("AUGUR_CASSANDRA_MODE", "docker")).choose(docker).kind())
        .isEqualTo(CassandraSettings.Kind.DOCKER);
    assertThat(docker.calls).hasValue(0);
  }

  @Test
  void unknownModeNamesTheChoices() {
    assertThatThrownBy(() -> settings(Map.of("augur.cassandra.mode", "kubernetes"), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kubernetes")
        .hasMessageContaining("auto, docker or forked");
  }

  @Test
  void dockerImageIsPinnedToTheForkedNodesVersion() {
    // Never a floating tag: the container runs exactly what a forked node runs.
    assertThat(settings(Map.of(), Map.of()).dockerImage())
        .isEqualTo("cassandra:5.0.9")
        .isEqualTo("cassandra:" + CassandraClasspath.resolve().cassandraVersion());
    assertThat(
            settings(Map.of(), Map.of("AUGUR_CASSANDRA_DOCKER_IMAGE", "cassandra:5.0.8"))
                .dockerImage())
        .isEqualTo("cassandra:5.0.8");
  }

  @Test
  void theChoiceIsDescribedWithItsReason() {
    CassandraSettings auto = settings(Map.of(), Map.of());
    CassandraSettings docker = settings(Map.of("augur.cassandra.mode", "docker"), Map.of());
    CassandraSettings external =
        settings(Map.of(), Map.of("AUGUR_CASSANDRA_CONTACT_POINTS", "db:9042"));

    assertThat(auto.describe(auto.choose(new Probe(false))))
        .isEqualTo("augur-testkit: forked Cassandra 5.0.9 (mode auto: no Docker engine answered)");
    assertThat(auto.describe(auto.choose(new Probe(true))))
        .isEqualTo(
            "augur-testkit: Testcontainers cassandra:5.0.9 (mode auto: a Docker engine answered)");
    assertThat(docker.describe(docker.choose(new Probe(false))))
        .isEqualTo(
            "augur-testkit: Testcontainers cassandra:5.0.9"
                + " (mode docker: augur.cassandra.mode=docker)");
    assertThat(external.describe(external.choose(new Probe(true))))
        .isEqualTo(
            "augur-testkit: external Cassandra at db:9042, datacenter datacenter1"
                + " (augur.cassandra.contact-points is set)");
  }

  @Test
  void realDockerProbeAnswersWithoutThrowing() {
    long start = System.nanoTime();
    boolean available = DockerCassandra.isDockerAvailable();
    // Whatever the machine has, the probe must answer quickly rather than throw or hang.
    assertThat(System.nanoTime() - start).isLessThan(30_000_000_000L);
    System.out.println("Docker available: " + available);
  }
}
