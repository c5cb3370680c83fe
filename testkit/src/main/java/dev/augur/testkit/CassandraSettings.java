package dev.augur.testkit;

import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;

/**
 * Which Cassandra the shared test instance is, as chosen by system properties and environment
 * variables (a property wins over its variable):
 *
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>System property</th><th>Environment variable</th><th>Meaning</th></tr>
 *   <tr><td>{@value #CONTACT_POINTS}</td><td>AUGUR_CASSANDRA_CONTACT_POINTS</td>
 *       <td>{@code host:port,...} of an external cluster; when set, nothing is started</td></tr>
 *   <tr><td>{@value #DATACENTER}</td><td>AUGUR_CASSANDRA_DATACENTER</td>
 *       <td>local datacenter of the external cluster, default {@code datacenter1}</td></tr>
 *   <tr><td>{@value #MODE}</td><td>AUGUR_CASSANDRA_MODE</td>
 *       <td>{@code auto} (default): Docker if an engine is available, else forked;
 *       {@code docker}; {@code forked}</td></tr>
 *   <tr><td>{@value #DOCKER_IMAGE}</td><td>AUGUR_CASSANDRA_DOCKER_IMAGE</td>
 *       <td>image for the docker mode, default {@code cassandra:<version>} with the version a
 *       forked node runs ({@link #defaultDockerImage()})</td></tr>
 * </table>
 *
 * <p>The choice is printed when the shared Cassandra is provisioned, with its reason ({@link
 * #describe(Choice)}), so a run never switches provider silently.
 *
 * @param contactPoints external contact points, or null
 * @param datacenter local datacenter of the external cluster
 * @param mode how to provide Cassandra when there are no contact points
 * @param dockerImage the image for the docker mode
 */
record CassandraSettings(String contactPoints, String datacenter, Mode mode, String dockerImage) {

  static final String CONTACT_POINTS = "augur.cassandra.contact-points";
  static final String DATACENTER = "augur.cassandra.datacenter";
  static final String MODE = "augur.cassandra.mode";
  static final String DOCKER_IMAGE = "augur.cassandra.docker-image";

  /** How to provide Cassandra when no external cluster is given. */
  enum Mode {
    /** Docker if an engine answers, else a forked node. */
    AUTO,
    /** Testcontainers; fails if there is no Docker engine. */
    DOCKER,
    /** A forked node; never looks for Docker. */
    FORKED
  }

  /** What was chosen. */
  enum Kind {
    EXTERNAL,
    DOCKER,
    FORKED
  }

  /**
   * @param kind the provider
   * @param reason why, for the log
   */
  record Choice(Kind kind, String reason) {}

  /**
   * The Docker mode's default image: Cassandra's official image, tagged with exactly the version a
   * forked node runs (never a floating tag such as {@code 5.0}), so both modes test the same server.
   */
  static String defaultDockerImage() {
    return "cassandra:" + CassandraClasspath.recordedCassandraVersion();
  }

  /** The settings of this JVM. */
  static CassandraSettings fromSystem() {
    return from(System::getProperty, System::getenv);
  }

  /**
   * @param properties system properties lookup
   * @param environment environment lookup
   * @throws IllegalArgumentException for an unknown mode
   */
  static CassandraSettings from(
      UnaryOperator<String> properties, UnaryOperator<String> environment) {
    String mode = lookup(MODE, properties, environment);
    String datacenter = lookup(DATACENTER, properties, environment);
    String image = lookup(DOCKER_IMAGE, properties, environment);
    return new CassandraSettings(
        lookup(CONTACT_POINTS, properties, environment),
        datacenter != null ? datacenter : NodeOptions.DEFAULT_DATACENTER,
        parseMode(mode),
        image != null ? image : defaultDockerImage());
  }

  /**
   * Chooses the provider. {@code dockerAvailable} is asked only in auto mode without contact
   * points, since the check costs a third of a second and loads Testcontainers.
   */
  Choice choose(BooleanSupplier dockerAvailable) {
    if (contactPoints != null) {
      return new Choice(Kind.EXTERNAL, CONTACT_POINTS + " is set");
    }
    switch (mode) {
      case DOCKER:
        return new Choice(Kind.DOCKER, "mode docker: " + MODE + "=docker");
      case FORKED:
        return new Choice(Kind.FORKED, "mode forked: " + MODE + "=forked");
      default:
        return dockerAvailable.getAsBoolean()
            ? new Choice(Kind.DOCKER, "mode auto: a Docker engine answered")
            : new Choice(Kind.FORKED, "mode auto: no Docker engine answered");
    }
  }

  /**
   * The line printed at start: which Cassandra, and why. E.g. {@code augur-testkit: forked
   * Cassandra 5.0.9 (mode auto: no Docker engine answered)}.
   */
  String describe(Choice choice) {
    String what;
    switch (choice.kind()) {
      case EXTERNAL:
        what = "external Cassandra at " + contactPoints + ", datacenter " + datacenter;
        break;
      case DOCKER:
        what = "Testcontainers " + dockerImage;
        break;
      default:
        what = "forked Cassandra " + CassandraClasspath.recordedCassandraVersion();
        break;
    }
    return "augur-testkit: " + what + " (" + choice.reason() + ")";
  }

  /**
   * The environment variable for a property: {@code augur.cassandra.mode} to {@code
   * AUGUR_CASSANDRA_MODE}.
   */
  static String environmentName(String property) {
    return property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  private static String lookup(
      String property, UnaryOperator<String> properties, UnaryOperator<String> environment) {
    String value = properties.apply(property);
    if (value == null || value.isBlank()) {
      value = environment.apply(environmentName(property));
    }
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static Mode parseMode(String mode) {
    if (mode == null) {
      return Mode.AUTO;
    }
    try {
      return Mode.valueOf(mode.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Unknown " + MODE + " '" + mode + "': use auto, docker or forked", e);
    }
  }
}
