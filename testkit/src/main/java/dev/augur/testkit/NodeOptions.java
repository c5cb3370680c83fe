package dev.augur.testkit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Everything a {@link CassandraNode} is configured with. Ports of 0 mean "pick a free one at the
 * first start"; {@link #withPorts} records the picked ones so that a restart reuses them.
 *
 * @param listenAddress listen, RPC and native-transport address, e.g. 127.0.0.2 in a cluster
 * @param nativePort CQL port, 0 to pick
 * @param storagePort inter-node port, 0 to pick (a cluster on loopback aliases shares one)
 * @param seeds seed list, or null for this node alone
 * @param initialToken the node's token, or null to let Cassandra choose
 * @param numTokens tokens per node (1 is enough for tests and required with initialToken)
 * @param clusterName cluster name, identical on all nodes of a cluster
 * @param datacenter datacenter name; "datacenter1" is what SimpleSnitch reports
 * @param heap maximum heap, e.g. "512m"
 * @param javaHome JDK to run the node with, or null to resolve one
 * @param workDirectory where data and logs go, or null for a temporary directory
 * @param startupTimeout how long start() waits for CQL
 * @param jvmArgs extra JVM arguments, appended last so they override the defaults
 * @param yaml extra cassandra.yaml entries, key to YAML value text, appended last
 */
record NodeOptions(
    String listenAddress,
    int nativePort,
    int storagePort,
    String seeds,
    String initialToken,
    int numTokens,
    String clusterName,
    String datacenter,
    String heap,
    Path javaHome,
    Path workDirectory,
    Duration startupTimeout,
    List<String> jvmArgs,
    Map<String, String> yaml) {

  /** SimpleSnitch's fixed datacenter name, and the default. */
  static final String DEFAULT_DATACENTER = "datacenter1";

  NodeOptions {
    jvmArgs = List.copyOf(jvmArgs);
    yaml = Map.copyOf(yaml);
  }

  NodeOptions withPorts(int nativePort, int storagePort) {
    return new NodeOptions(
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
        yaml);
  }

  /** The seeds to write: the given ones, or this node itself. */
  String effectiveSeeds() {
    return seeds != null ? seeds : listenAddress + ":" + storagePort;
  }

  /** Whether the datacenter needs a property-file snitch rather than SimpleSnitch. */
  boolean customDatacenter() {
    return !DEFAULT_DATACENTER.equals(datacenter);
  }
}
