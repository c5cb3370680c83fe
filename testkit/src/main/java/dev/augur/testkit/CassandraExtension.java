package dev.augur.testkit;

import com.datastax.oss.driver.api.core.CqlSession;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension giving tests a real Cassandra: one per test JVM, shared by every test class
 * that uses the extension, started before the first such class and stopped at the end of the run.
 *
 * <pre>{@code
 * @ExtendWith(CassandraExtension.class)
 * class UserDaoIT {
 *     @BeforeAll
 *     static void schema(CqlSession session) {
 *         Keyspaces.createSimple(session, Keyspaces.nameFor(UserDaoIT.class));
 *     }
 *
 *     @Test
 *     void finds(CqlSession session, CassandraEndpoint endpoint) { ... }
 * }
 * }</pre>
 *
 * <p>Parameters of type {@link CassandraEndpoint} and {@link CqlSession} are resolved in
 * constructors, lifecycle and test methods. The session is shared too; its close methods do
 * nothing, and a test needing its own session builds one from {@link
 * CassandraEndpoint#sessionBuilder()}.
 *
 * <p>Which Cassandra, in this order:
 *
 * <ol>
 *   <li>an external cluster, if system property {@value #CONTACT_POINTS_PROPERTY} or environment
 *       variable {@code AUGUR_CASSANDRA_CONTACT_POINTS} is set ({@code host:port,...}), with local
 *       datacenter {@value #DATACENTER_PROPERTY} / {@code AUGUR_CASSANDRA_DATACENTER} (default
 *       {@code datacenter1});
 *   <li>else per {@value #MODE_PROPERTY} / {@code AUGUR_CASSANDRA_MODE}: {@code docker}
 *       (Testcontainers, image {@value #DOCKER_IMAGE_PROPERTY}, default {@code cassandra:5.0.9},
 *       the version a forked node runs), {@code forked} (a {@link CassandraNode}), or {@code auto}
 *       (default): docker when a Docker engine answers, forked otherwise.
 * </ol>
 *
 * <p>The choice and its reason are printed to standard output when the shared Cassandra starts,
 * e.g. {@code augur-testkit: forked Cassandra 5.0.9 (mode auto: no Docker engine answered)}.
 */
public final class CassandraExtension implements BeforeAllCallback, ParameterResolver {

  /** System property: contact points of an external cluster, {@code host:port,...}. */
  public static final String CONTACT_POINTS_PROPERTY = CassandraSettings.CONTACT_POINTS;

  /** System property: local datacenter of the external cluster. */
  public static final String DATACENTER_PROPERTY = CassandraSettings.DATACENTER;

  /** System property: {@code auto}, {@code docker} or {@code forked}. */
  public static final String MODE_PROPERTY = CassandraSettings.MODE;

  /** System property: the Docker image of the docker mode. */
  public static final String DOCKER_IMAGE_PROPERTY = CassandraSettings.DOCKER_IMAGE;

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(CassandraExtension.class);

  /**
   * Starts the shared Cassandra before the class's tests, so that its start is not billed to one
   * test.
   */
  @Override
  public void beforeAll(ExtensionContext context) {
    shared(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == CassandraEndpoint.class || type == CqlSession.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    SharedCassandra cassandra = shared(context);
    return parameter.getParameter().getType() == CqlSession.class
        ? cassandra.session()
        : cassandra.endpoint();
  }

  /**
   * The shared Cassandra of this JVM, for code outside JUnit (a benchmark, a main method),
   * provisioned now if needed. It is stopped when the JVM exits.
   *
   * @return where it is
   */
  public static CassandraEndpoint sharedEndpoint() {
    return SharedCassandra.get().endpoint();
  }

  /**
   * The shared session of this JVM, for code outside JUnit. Do not close it.
   *
   * @return the session
   */
  public static CqlSession sharedSession() {
    return SharedCassandra.get().session();
  }

  private static SharedCassandra shared(ExtensionContext context) {
    // The root store lives as long as the test run and closes its resources at the end.
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            SharedCassandra.class, key -> SharedCassandra.get(), SharedCassandra.class);
  }
}
