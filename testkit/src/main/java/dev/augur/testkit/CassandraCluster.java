package dev.augur.testkit;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.api.core.metadata.NodeState;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Several forked nodes forming one cluster on loopback aliases 127.0.0.1, 127.0.0.2, ... (Linux
 * routes all of 127.0.0.0/8 to the loopback interface; macOS needs the aliases added first).
 *
 * <p>All nodes share one CQL port and one storage port, each on its own address, as real nodes on
 * separate hosts would. Each node owns one evenly spaced token, so data is spread evenly and
 * deterministically. 127.0.0.1 is the seed; it starts first, the others then start side by side.
 * {@link #start()} returns once the driver sees every node up.
 *
 * <p>Each node takes about 750 MB of memory with the default 512m heap.
 */
public final class CassandraCluster implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(CassandraCluster.class);
  private static final String FIRST_ADDRESS_PREFIX = "127.0.0.";

  private final List<CassandraNode> nodes;
  private final Duration startupTimeout;

  private CassandraCluster(List<CassandraNode> nodes, Duration startupTimeout) {
    this.nodes = List.copyOf(nodes);
    this.startupTimeout = startupTimeout;
  }

  /**
   * @param size number of nodes, 1 to 9
   * @return a cluster of {@code size} nodes with default settings, not started
   */
  public static CassandraCluster ofSize(int size) {
    return builder().size(size).build();
  }

  /**
   * @return a builder for a 3-node cluster with default settings
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts the seed, then the other nodes in parallel, then waits until the driver sees all of them
   * up. If any of that fails, the nodes already started are stopped before the exception is thrown:
   * a failed start leaves no process behind.
   *
   * @return this cluster
   * @throws CassandraStartException if a node fails to start or the cluster does not converge; the
   *     message names the node and carries its diagnostics
   */
  public CassandraCluster start() {
    long started = System.nanoTime();
    try {
      startNodes();
      awaitAllUp();
    } catch (RuntimeException e) {
      List<String> running =
          nodes.stream().filter(CassandraNode::isRunning).map(CassandraNode::listenAddress).toList();
      try {
        close();
      } catch (RuntimeException stopFailure) {
        e.addSuppressed(stopFailure);
      }
      throw new CassandraStartException(
          "Cassandra cluster of "
              + nodes.size()
              + " nodes did not start; stopped the nodes that were running ("
              + (running.isEmpty() ? "none" : String.join(", ", running))
              + "): "
              + e.getMessage(),
          e);
    }
    LOG.info(
        "Cassandra cluster of {} nodes up after {} ms",
        nodes.size(),
        Duration.ofNanos(System.nanoTime() - started).toMillis());
    return this;
  }

  /** The seed, then the others side by side; returns once all have started, or all have ended. */
  private void startNodes() {
    List<CompletableFuture<CassandraNode>> starts = new ArrayList<>();
    starts.add(CompletableFuture.completedFuture(nodes.get(0)));
    try {
      nodes.get(0).start();
    } catch (RuntimeException e) {
      starts.set(0, CompletableFuture.failedFuture(e));
    }
    if (!starts.get(0).isCompletedExceptionally()) {
      for (CassandraNode node : nodes.subList(1, nodes.size())) {
        starts.add(node.startAsync().toCompletableFuture());
      }
    }
    // Every start has ended, failed ones included, before anyone stops the nodes.
    CompletableFuture.allOf(starts.toArray(new CompletableFuture<?>[0]))
        .exceptionally(failed -> null)
        .join();
    for (int i = 0; i < starts.size(); i++) {
      try {
        starts.get(i).join();
      } catch (CompletionException e) {
        throw new CassandraStartException(
            "node " + nodes.get(i).listenAddress() + " failed: " + e.getCause().getMessage(),
            e.getCause());
      }
    }
  }

  /**
   * @return all nodes, the seed 127.0.0.1 first
   */
  public List<CassandraNode> nodes() {
    return nodes;
  }

  /**
   * @param index 1-based, matching the last byte of the node's address
   * @return the node on 127.0.0.{index}
   */
  public CassandraNode node(int index) {
    return nodes.get(index - 1);
  }

  /**
   * @return an endpoint listing every node as a contact point
   */
  public CassandraEndpoint endpoint() {
    List<InetSocketAddress> contactPoints = new ArrayList<>();
    for (CassandraNode node : nodes) {
      contactPoints.addAll(node.endpoint().contactPoints());
    }
    CassandraNode first = nodes.get(0);
    return new CassandraEndpoint(
        contactPoints,
        NodeOptions.DEFAULT_DATACENTER,
        "forked Cassandra cluster of "
            + nodes.size()
            + " nodes at "
            + FIRST_ADDRESS_PREFIX
            + "1-"
            + nodes.size()
            + ":"
            + first.nativePort());
  }

  /** Stops every node in parallel and deletes temporary work directories. */
  @Override
  public void close() {
    CompletableFuture.allOf(
            nodes.stream()
                .map(
                    node ->
                        CompletableFuture.runAsync(
                            node::close,
                            task -> {
                              Thread thread =
                                  new Thread(task, "augur-cluster-stop-" + node.listenAddress());
                              thread.start();
                            }))
                .toArray(CompletableFuture<?>[]::new))
        .join();
  }

  private void awaitAllUp() {
    long deadline = System.nanoTime() + startupTimeout.toNanos();
    try (CqlSession session = endpoint().sessionBuilder().build()) {
      while (true) {
        Collection<Node> seen = session.getMetadata().getNodes().values();
        long up = seen.stream().filter(node -> node.getState() == NodeState.UP).count();
        if (seen.size() == nodes.size() && up == nodes.size()) {
          return;
        }
        if (System.nanoTime() > deadline) {
          throw new CassandraStartException(
              "Cluster did not converge within "
                  + startupTimeout.toSeconds()
                  + " s: the driver sees "
                  + up
                  + " of "
                  + nodes.size()
                  + " nodes up: "
                  + seen);
        }
        Thread.sleep(200);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CassandraStartException("Interrupted while waiting for the cluster to converge");
    }
  }

  /** The token of node {@code index} of {@code size}: the Murmur3 range split evenly. */
  static String token(int index, int size) {
    BigInteger range = BigInteger.ONE.shiftLeft(64);
    return BigInteger.valueOf(Long.MIN_VALUE)
        .add(range.multiply(BigInteger.valueOf(index)).divide(BigInteger.valueOf(size)))
        .toString();
  }

  /** Configures a {@link CassandraCluster}. */
  public static final class Builder {

    private int size = 3;
    private String clusterName = "augur-test-cluster";
    private String heap = "512m";
    private Path javaHome;
    private Duration startupTimeout = Duration.ofSeconds(180);
    private final List<String> jvmArgs = new ArrayList<>();

    private Builder() {}

    /**
     * @param size number of nodes, 1 to 9 (default 3)
     * @return this builder
     */
    public Builder size(int size) {
      if (size < 1 || size > 9) {
        throw new IllegalArgumentException("A test cluster has 1 to 9 nodes, not " + size);
      }
      this.size = size;
      return this;
    }

    /**
     * @param name cluster name
     * @return this builder
     */
    public Builder clusterName(String name) {
      this.clusterName = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * @param heap maximum heap per node, default "512m"
     * @return this builder
     */
    public Builder heap(String heap) {
      this.heap = Objects.requireNonNull(heap, "heap");
      return this;
    }

    /**
     * @param javaHome JDK 11 or 17 for the nodes; default as for {@link
     *     CassandraNodeBuilder#javaHome}
     * @return this builder
     */
    public Builder javaHome(Path javaHome) {
      this.javaHome = javaHome;
      return this;
    }

    /**
     * @param timeout for each node's CQL, and again for the cluster to converge (default 180 s)
     * @return this builder
     */
    public Builder startupTimeout(Duration timeout) {
      this.startupTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * @param args extra JVM arguments for every node
     * @return this builder
     */
    public Builder jvmArgs(String... args) {
      this.jvmArgs.addAll(List.of(args));
      return this;
    }

    /**
     * @return the cluster, not started; ports are picked now, free on every address
     */
    public CassandraCluster build() {
      List<InetAddress> addresses = new ArrayList<>();
      for (int i = 1; i <= size; i++) {
        addresses.add(address(FIRST_ADDRESS_PREFIX + i));
      }
      int nativePort = FreePorts.pickOnAll(addresses);
      int storagePort = FreePorts.pickOnAll(addresses);
      List<CassandraNode> nodes = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        nodes.add(
            CassandraNode.builder()
                .listenAddress(addresses.get(i).getHostAddress())
                .nativePort(nativePort)
                .storagePort(storagePort)
                .seeds(FIRST_ADDRESS_PREFIX + "1:" + storagePort)
                .numTokens(1)
                .initialToken(token(i, size))
                .clusterName(clusterName)
                .heap(heap)
                .javaHome(javaHome)
                .startupTimeout(startupTimeout)
                .jvmArgs(jvmArgs.toArray(new String[0]))
                .build());
      }
      return new CassandraCluster(nodes, startupTimeout);
    }

    private static InetAddress address(String host) {
      try {
        return InetAddress.getByName(host);
      } catch (UnknownHostException e) {
        throw new IllegalStateException("Bad loopback address " + host, e);
      }
    }
  }
}
