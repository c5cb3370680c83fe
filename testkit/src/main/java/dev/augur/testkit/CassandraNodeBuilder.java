package dev.augur.testkit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Configures a {@link CassandraNode}. The defaults make a single node on 127.0.0.1 with free ports,
 * a temporary work directory and a 512 MB heap.
 *
 * <p>A node of a multi-node cluster on loopback aliases sets {@link #listenAddress} (127.0.0.2,
 * ...), a shared fixed {@link #storagePort}, {@link #seeds}, and distinct {@link #initialToken}s.
 */
public final class CassandraNodeBuilder {

  private String listenAddress = "127.0.0.1";
  private int nativePort;
  private int storagePort;
  private String seeds;
  private String initialToken;
  private int numTokens = 1;
  private String clusterName = "augur-test";
  private String datacenter = NodeOptions.DEFAULT_DATACENTER;
  private String heap = "512m";
  private Path javaHome;
  private Path workDirectory;
  private Duration startupTimeout = Duration.ofSeconds(120);
  private final List<String> jvmArgs = new ArrayList<>();
  private final Map<String, String> yaml = new LinkedHashMap<>();

  CassandraNodeBuilder() {}

  /**
   * @param address listen, RPC and CQL address (default 127.0.0.1); any 127.x.y.z works on Linux
   * @return this builder
   */
  public CassandraNodeBuilder listenAddress(String address) {
    this.listenAddress = Objects.requireNonNull(address, "address");
    return this;
  }

  /**
   * @param port CQL port; 0 (default) picks a free one at the first start
   * @return this builder
   */
  public CassandraNodeBuilder nativePort(int port) {
    this.nativePort = checkPort(port);
    return this;
  }

  /**
   * @param port inter-node port; 0 (default) picks a free one, right for a single node. The nodes
   *     of a cluster on loopback aliases must share one fixed port.
   * @return this builder
   */
  public CassandraNodeBuilder storagePort(int port) {
    this.storagePort = checkPort(port);
    return this;
  }

  /**
   * @param seeds seed list as in cassandra.yaml, e.g. {@code "127.0.0.1"} or {@code
   *     "127.0.0.1:7000"}; default: this node itself
   * @return this builder
   */
  public CassandraNodeBuilder seeds(String seeds) {
    this.seeds = seeds;
    return this;
  }

  /**
   * @param token the node's token (Murmur3), e.g. {@code "-9223372036854775808"}; use with {@code
   *     numTokens(1)}
   * @return this builder
   */
  public CassandraNodeBuilder initialToken(String token) {
    this.initialToken = token;
    return this;
  }

  /**
   * @param numTokens tokens per node, default 1
   * @return this builder
   */
  public CassandraNodeBuilder numTokens(int numTokens) {
    if (numTokens < 1) {
      throw new IllegalArgumentException("numTokens must be positive: " + numTokens);
    }
    this.numTokens = numTokens;
    return this;
  }

  /**
   * @param name cluster name, default "augur-test"; the same on every node of a cluster
   * @return this builder
   */
  public CassandraNodeBuilder clusterName(String name) {
    this.clusterName = Objects.requireNonNull(name, "name");
    return this;
  }

  /**
   * @param datacenter datacenter name, default "datacenter1" (SimpleSnitch); another name switches
   *     the node to GossipingPropertyFileSnitch
   * @return this builder
   */
  public CassandraNodeBuilder datacenter(String datacenter) {
    this.datacenter = Objects.requireNonNull(datacenter, "datacenter");
    return this;
  }

  /**
   * @param heap maximum heap of the node, in JVM syntax, default "512m"
   * @return this builder
   */
  public CassandraNodeBuilder heap(String heap) {
    this.heap = Objects.requireNonNull(heap, "heap");
    return this;
  }

  /**
   * @param javaHome JDK 11 or 17 to run the node. Default: system property {@code
   *     augur.cassandra.java-home}, else environment variable {@code CASSANDRA_JAVA_HOME}, else the
   *     running JVM if it is Java 11 or 17
   * @return this builder
   */
  public CassandraNodeBuilder javaHome(Path javaHome) {
    this.javaHome = javaHome;
    return this;
  }

  /**
   * @param directory where data and logs go, kept after {@link CassandraNode#close()}; default a
   *     temporary directory, deleted on close
   * @return this builder
   */
  public CassandraNodeBuilder workDirectory(Path directory) {
    this.workDirectory = directory;
    return this;
  }

  /**
   * @param timeout how long {@link CassandraNode#start()} waits for CQL, default 120 s
   * @return this builder
   */
  public CassandraNodeBuilder startupTimeout(Duration timeout) {
    this.startupTimeout = Objects.requireNonNull(timeout, "timeout");
    return this;
  }

  /**
   * @param args extra JVM arguments for the node, placed after the defaults so they win
   * @return this builder
   */
  public CassandraNodeBuilder jvmArgs(String... args) {
    this.jvmArgs.addAll(Arrays.asList(args));
    return this;
  }

  /**
   * Sets a cassandra.yaml entry, replacing the default if there is one.
   *
   * @param key e.g. {@code "materialized_views_enabled"}
   * @param value the YAML value text, e.g. {@code "true"}
   * @return this builder
   */
  public CassandraNodeBuilder yaml(String key, String value) {
    this.yaml.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
    return this;
  }

  /**
   * @return a node with this configuration, not started
   */
  public CassandraNode build() {
    return new CassandraNode(
        new NodeOptions(
            listenAddress,
            nativePort,
            storagePort,
            seeds,
            initialToken,
            numTokens,
            clusterName,
            datacenter,
            heap,
            javaHome,
            workDirectory,
            startupTimeout,
            jvmArgs,
            yaml));
  }

  private static int checkPort(int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("Not a port: " + port);
    }
    return port;
  }
}
