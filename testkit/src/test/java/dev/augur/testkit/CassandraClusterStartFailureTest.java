package dev.augur.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A cluster whose second node cannot start: {@link CassandraCluster#start()} fails with that node's
 * diagnostics, and stops the seed it had already started rather than leaving it running.
 */
class CassandraClusterStartFailureTest {

  @Test
  @Timeout(120)
  void aNodeThatCannotStartStopsTheNodesAlreadyStarted() throws Exception {
    CassandraCluster cluster =
        CassandraCluster.builder().size(2).startupTimeout(Duration.ofSeconds(90)).build();
    CassandraNode seed = cluster.node(1);
    CassandraNode second = cluster.node(2);
    // The second node's inter-node port, taken on its address: it exits at startup, the seed runs.
    try (ServerSocket taken =
        new ServerSocket(second.storagePort(), 1, InetAddress.getByName(second.listenAddress()))) {
      assertThatThrownBy(cluster::start)
          .isInstanceOf(CassandraStartException.class)
          .satisfies(e -> System.out.println(e.getMessage()))
          .hasMessageStartingWith(
              "Cassandra cluster of 2 nodes did not start; stopped the nodes that were running"
                  + " (127.0.0.1): node 127.0.0.2 failed: Cassandra node exited with code 1"
                  + " before answering CQL")
          .hasMessageContaining(
              "/127.0.0.2:" + second.storagePort() + " is in use by another process");

      // Checked before close(), which would stop the seed anyway: start() itself must have.
      long seedPid = seed.pid(); // it did start: pid() throws for a node never started
      assertThat(ProcessHandle.of(seedPid).map(ProcessHandle::isAlive).orElse(false))
          .as("the seed's JVM (pid %d) once start() has failed", seedPid)
          .isFalse();
      assertThat(seed.isRunning()).isFalse();
      assertThat(second.isRunning()).isFalse();
    } finally {
      cluster.close();
    }
  }
}
