package dev.augur.testkit;

import java.util.List;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.cassandra.CassandraContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Cassandra in a Docker container, via Testcontainers. The only class that touches Testcontainers,
 * so that nothing loads it unless Docker was chosen (or is being probed for).
 */
final class DockerCassandra {

  private DockerCassandra() {}

  /**
   * Whether a Docker engine answers. False, not an error, when Testcontainers is not on the
   * classpath (a user may exclude it) or fails in any way.
   */
  static boolean isDockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (LinkageError | RuntimeException e) {
      return false;
    }
  }

  /**
   * Starts a container; Testcontainers' reaper removes it if this JVM dies.
   *
   * @param image e.g. {@code cassandra:5.0.9}
   */
  static ProvisionedCassandra start(String image) {
    CassandraContainer container = new CassandraContainer(DockerImageName.parse(image));
    try {
      container.start();
    } catch (RuntimeException e) {
      container.stop();
      throw new CassandraStartException("Testcontainers could not start " + image + ": " + e, e);
    }
    CassandraEndpoint endpoint =
        new CassandraEndpoint(
            List.of(container.getContactPoint()),
            container.getLocalDatacenter(),
            "Testcontainers "
                + image
                + " at "
                + CassandraEndpoint.hostAndPort(container.getContactPoint()));
    return new ProvisionedCassandra(endpoint, container::stop);
  }
}
