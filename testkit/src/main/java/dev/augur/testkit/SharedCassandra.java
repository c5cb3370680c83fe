package dev.augur.testkit;

import com.datastax.oss.driver.api.core.CqlSession;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Cassandra, and one driver session, shared by all tests of a JVM. Provisioned on first use
 * according to {@link CassandraSettings}; released when JUnit closes its root store at the end of
 * the run (or by the forked node's shutdown hook outside JUnit).
 *
 * <p>A failed start is remembered: later test classes fail at once with the original diagnostics
 * instead of each waiting for another node to time out.
 */
final class SharedCassandra implements ExtensionContext.Store.CloseableResource {

  private static final Logger LOG = LoggerFactory.getLogger(SharedCassandra.class);

  private static SharedCassandra current;
  private static RuntimeException startFailure;

  private final ProvisionedCassandra cassandra;
  private CqlSession realSession;
  private CqlSession sessionView;
  private boolean closed;

  private SharedCassandra(ProvisionedCassandra cassandra) {
    this.cassandra = cassandra;
  }

  /** The shared instance, provisioned now if needed. */
  static synchronized SharedCassandra get() {
    if (startFailure != null) {
      throw new CassandraStartException(
          "The shared Cassandra failed to start earlier in this JVM: " + startFailure.getMessage(),
          startFailure);
    }
    if (current == null || current.isClosed()) {
      try {
        current = new SharedCassandra(provision(CassandraSettings.fromSystem()));
      } catch (RuntimeException e) {
        startFailure = e;
        throw e;
      }
    }
    return current;
  }

  CassandraEndpoint endpoint() {
    return cassandra.endpoint();
  }

  /** The shared session, connected on first use; closing it does nothing. */
  synchronized CqlSession session() {
    if (closed) {
      throw new IllegalStateException("The shared Cassandra has been closed");
    }
    if (sessionView == null) {
      realSession = endpoint().sessionBuilder().build();
      sessionView = SharedSession.uncloseable(realSession);
    }
    return sessionView;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (realSession != null) {
        realSession.close();
      }
    } finally {
      LOG.info("Releasing {}", endpoint().description());
      cassandra.release().run();
    }
  }

  private synchronized boolean isClosed() {
    return closed;
  }

  /** Starts (or finds) the Cassandra {@code settings} choose, after printing which and why. */
  static ProvisionedCassandra provision(CassandraSettings settings) {
    CassandraSettings.Choice choice = settings.choose(DockerCassandra::isDockerAvailable);
    // Printed, not only logged: a test JVM may have no logging binding, and a switch of provider
    // (a Docker engine appearing on a machine) must never go unseen.
    System.out.println(settings.describe(choice));
    ProvisionedCassandra provisioned;
    switch (choice.kind()) {
      case EXTERNAL:
        provisioned = ProvisionedCassandra.external(settings);
        break;
      case DOCKER:
        provisioned = DockerCassandra.start(settings.dockerImage());
        break;
      default:
        provisioned = ProvisionedCassandra.forked();
        break;
    }
    LOG.info("Shared Cassandra for tests: {}", provisioned.endpoint().description());
    return provisioned;
  }
}
