package dev.augur.testkit;

import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a Cassandra for tests can be reached: contact points, local datacenter, and a
 * human-readable description of what it is (for logs and failure messages).
 *
 * <p>{@link #sessionBuilder()} returns a driver builder tuned for tests rather than production: a
 * short schema debounce window, since tests issue DDL and then use it at once, and generous
 * timeouts, since a node on a loaded two-core CI machine can stall for seconds.
 *
 * @param contactPoints the nodes the driver connects to first; never empty
 * @param localDatacenter the datacenter the driver treats as local
 * @param description e.g. {@code "forked Cassandra 5.0.9 at 127.0.0.1:41234"}
 */
public record CassandraEndpoint(
    List<InetSocketAddress> contactPoints, String localDatacenter, String description) {

  /** The CQL port used when a contact point names none. */
  public static final int DEFAULT_PORT = 9042;

  /** Compact constructor: copies the list and rejects empty or missing values. */
  public CassandraEndpoint {
    contactPoints = List.copyOf(contactPoints);
    Objects.requireNonNull(localDatacenter, "localDatacenter");
    Objects.requireNonNull(description, "description");
    if (contactPoints.isEmpty()) {
      throw new IllegalArgumentException("At least one contact point is required");
    }
  }

  /**
   * Parses contact points written as {@code "host:port,host:port"}; a host without a port gets
   * {@value #DEFAULT_PORT}. IPv6 literals are written in brackets: {@code "[::1]:9042"}.
   *
   * @param contactPoints comma-separated {@code host[:port]} list
   * @param datacenter the local datacenter
   * @return an endpoint describing itself as an external cluster
   * @throws IllegalArgumentException if the list is empty or a port is not a number
   */
  public static CassandraEndpoint of(String contactPoints, String datacenter) {
    List<InetSocketAddress> addresses = new ArrayList<>();
    for (String entry : contactPoints.split(",")) {
      String trimmed = entry.trim();
      if (!trimmed.isEmpty()) {
        addresses.add(parseHostAndPort(trimmed));
      }
    }
    if (addresses.isEmpty()) {
      throw new IllegalArgumentException("No contact point in '" + contactPoints + "'");
    }
    return new CassandraEndpoint(
        addresses, datacenter, "external Cassandra at " + contactPoints.trim());
  }

  /**
   * A driver session builder for this endpoint, with a configuration suited to tests. Callers may
   * customise it further (keyspace, codecs, ...) before {@code build()}.
   *
   * @return a new builder each call
   */
  public CqlSessionBuilder sessionBuilder() {
    return new CqlSessionBuilder()
        .addContactPoints(contactPoints)
        .withLocalDatacenter(localDatacenter)
        .withConfigLoader(driverConfigLoader());
  }

  /**
   * The driver configuration {@link #sessionBuilder()} uses: the driver's defaults (and any {@code
   * application.conf}) with test-friendly overrides. Each call returns a new loader, which the
   * session that uses it closes.
   *
   * @return a new config loader
   */
  public DriverConfigLoader driverConfigLoader() {
    return DriverConfigLoader.programmaticBuilder()
        // Tests create a table and use it immediately; the default 1 s debounce made
        // two consecutive DDL statements take 2.25 s instead of 0.2 s.
        .withDuration(DefaultDriverOption.METADATA_SCHEMA_WINDOW, Duration.ofMillis(10))
        .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(10))
        .withDuration(DefaultDriverOption.CONNECTION_CONNECT_TIMEOUT, Duration.ofSeconds(10))
        .withDuration(DefaultDriverOption.CONNECTION_INIT_QUERY_TIMEOUT, Duration.ofSeconds(10))
        .withDuration(DefaultDriverOption.CONNECTION_SET_KEYSPACE_TIMEOUT, Duration.ofSeconds(10))
        .withDuration(DefaultDriverOption.CONTROL_CONNECTION_TIMEOUT, Duration.ofSeconds(10))
        .withDuration(
            DefaultDriverOption.CONTROL_CONNECTION_AGREEMENT_TIMEOUT, Duration.ofSeconds(30))
        .withDuration(DefaultDriverOption.METADATA_SCHEMA_REQUEST_TIMEOUT, Duration.ofSeconds(30))
        .build();
  }

  /**
   * The first contact point as {@code host:port}, e.g. for log messages.
   *
   * @return host and port of the first contact point
   */
  public String firstContactPoint() {
    return hostAndPort(contactPoints.get(0));
  }

  @Override
  public String toString() {
    return description;
  }

  static String hostAndPort(InetSocketAddress address) {
    return address.getHostString() + ":" + address.getPort();
  }

  private static InetSocketAddress parseHostAndPort(String entry) {
    String host = entry;
    int port = DEFAULT_PORT;
    int colon = entry.lastIndexOf(':');
    boolean bracketed = entry.startsWith("[");
    if (bracketed) {
      int close = entry.indexOf(']');
      if (close < 0) {
        throw new IllegalArgumentException("Unclosed '[' in contact point '" + entry + "'");
      }
      host = entry.substring(1, close);
      if (close + 1 < entry.length()) {
        port = parsePort(entry.substring(close + 2), entry);
      }
    } else if (colon >= 0) {
      host = entry.substring(0, colon);
      port = parsePort(entry.substring(colon + 1), entry);
    }
    // Unresolved: resolution happens in the driver, which also re-resolves on reconnect.
    return InetSocketAddress.createUnresolved(host, port);
  }

  private static int parsePort(String text, String entry) {
    try {
      int port = Integer.parseInt(text.trim());
      if (port < 1 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Bad port in contact point '" + entry + "'", e);
    }
  }
}
