package dev.augur.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The container path, end to end: mode docker provisions the pinned image through Testcontainers,
 * the driver talks to it, and releasing it stops the container. Runs only where a Docker engine
 * answers; elsewhere it is reported as skipped, with the reason, never as passed.
 */
class DockerCassandraTest {

  @Test
  @Timeout(300)
  void dockerModeRunsThePinnedImage() {
    assumeTrue(
        DockerCassandra.isDockerAvailable(),
        "no Docker engine answered: the container path cannot run on this machine");
    CassandraSettings settings =
        CassandraSettings.from(Map.of(CassandraSettings.MODE, "docker")::get, name -> null);

    ProvisionedCassandra docker = SharedCassandra.provision(settings);
    try (CqlSession session = docker.endpoint().sessionBuilder().build()) {
      assertThat(docker.endpoint().description()).startsWith("Testcontainers cassandra:5.0.9 at ");
      assertThat(
              session
                  .execute("SELECT release_version FROM system.local")
                  .one()
                  .getString("release_version"))
          .as("the container runs the forked node's version")
          .isEqualTo(CassandraClasspath.recordedCassandraVersion())
          .isEqualTo("5.0.9");
      Keyspaces.createSimple(session, "docker_path");
      session.execute("CREATE TABLE docker_path.kv (k int PRIMARY KEY, v text)");
      session.execute("INSERT INTO docker_path.kv (k, v) VALUES (1, 'one')");
      assertThat(session.execute("SELECT v FROM docker_path.kv WHERE k = 1").one().getString(0))
          .isEqualTo("one");
    } finally {
      docker.release().run();
    }
  }
}
