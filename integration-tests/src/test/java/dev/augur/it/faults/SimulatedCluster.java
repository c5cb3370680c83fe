package dev.augur.it.faults;

import static com.datastax.oss.simulacron.common.stubbing.PrimeDsl.query;
import static com.datastax.oss.simulacron.common.stubbing.PrimeDsl.when;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.config.ProgrammaticDriverConfigLoaderBuilder;
import com.datastax.oss.driver.api.core.retry.RetryPolicy;
import com.datastax.oss.simulacron.common.cluster.ClusterSpec;
import com.datastax.oss.simulacron.common.cluster.QueryLog;
import com.datastax.oss.simulacron.common.result.Result;
import com.datastax.oss.simulacron.common.stubbing.PrimeDsl;
import com.datastax.oss.simulacron.server.BoundCluster;
import com.datastax.oss.simulacron.server.BoundNode;
import com.datastax.oss.simulacron.server.Inet4Resolver;
import com.datastax.oss.simulacron.server.Server;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Consumer;

/**
 * A simulated cluster of Simulacron nodes on 127.0.3.1, 127.0.3.2, ... (away from the forked
 * Cassandra nodes on 127.0.0.x), one data center {@code dc1}. Each node answers what it is primed
 * with and logs every request it receives, which is how the tests count attempts.
 */
final class SimulatedCluster implements AutoCloseable {
  private static final byte[] FIRST_ADDRESS = {127, 0, 3, 1};

  /**
   * Between speculative executions: long enough that a fault the first node answers at once is
   * always seen before a speculative execution starts, even on a busy machine.
   */
  static final Duration SPECULATION_DELAY = Duration.ofMillis(500);

  private final Server server;
  private final BoundCluster cluster;

  private SimulatedCluster(Server server, BoundCluster cluster) {
    this.server = server;
    this.cluster = cluster;
  }

  static SimulatedCluster start(int nodes) {
    int port = freePort(nodes);
    Server server =
        Server.builder().withAddressResolver(new Inet4Resolver(FIRST_ADDRESS, port)).build();
    return new SimulatedCluster(server, server.register(ClusterSpec.builder().withNodes(nodes)));
  }

  /** Node {@code index}, from 0, in address order (the order {@link FirstNodeFirstPolicy} uses). */
  BoundNode node(int index) {
    return cluster.getNodes().stream()
        .sorted(
            java.util.Comparator.comparing(
                n -> ((InetSocketAddress) n.getAddress()).getAddress().getHostAddress()))
        .toList()
        .get(index);
  }

  /**
   * A session on this cluster: the first node first in every query plan, {@code retryPolicy},
   * speculative executions (at most 2, {@link #SPECULATION_DELAY} apart) for idempotent statements,
   * and {@code requestTimeout}; {@code more} adds settings.
   */
  CqlSessionBuilder sessionBuilder(
      Class<? extends RetryPolicy> retryPolicy,
      Duration requestTimeout,
      Consumer<ProgrammaticDriverConfigLoaderBuilder> more) {
    ProgrammaticDriverConfigLoaderBuilder config =
        DriverConfigLoader.programmaticBuilder()
            .withString(DefaultDriverOption.PROTOCOL_VERSION, ProtocolVersion.V4.name())
            .withClass(DefaultDriverOption.LOAD_BALANCING_POLICY_CLASS, FirstNodeFirstPolicy.class)
            .withClass(DefaultDriverOption.RETRY_POLICY_CLASS, retryPolicy)
            .withString(
                DefaultDriverOption.SPECULATIVE_EXECUTION_POLICY_CLASS,
                "ConstantSpeculativeExecutionPolicy")
            .withInt(DefaultDriverOption.SPECULATIVE_EXECUTION_MAX, 2)
            .withDuration(DefaultDriverOption.SPECULATIVE_EXECUTION_DELAY, SPECULATION_DELAY)
            .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, requestTimeout)
            .withDuration(DefaultDriverOption.RECONNECTION_BASE_DELAY, Duration.ofMillis(100))
            .withDuration(DefaultDriverOption.RECONNECTION_MAX_DELAY, Duration.ofMillis(500))
            // Tests open and close many sessions: no quiet period for the driver's threads.
            .withInt(DefaultDriverOption.NETTY_IO_SHUTDOWN_QUIET_PERIOD, 0)
            .withInt(DefaultDriverOption.NETTY_ADMIN_SHUTDOWN_QUIET_PERIOD, 0);
    more.accept(config);
    return CqlSession.builder()
        .addContactPoint((InetSocketAddress) node(0).getAddress())
        .withLocalDatacenter("dc1")
        .withConfigLoader(config.build());
  }

  /** Primes {@code node} to answer {@code cql} with these parameters with {@code result}. */
  static void prime(
      BoundNode node,
      String cql,
      LinkedHashMap<String, Object> params,
      LinkedHashMap<String, String> types,
      Result result) {
    node.prime(when(query(cql, List.of(), params, types)).then(result).ignoreOnPrepare());
  }

  /** Primes {@code node} to answer {@code cql} with {@code result} after {@code delay}. */
  static void primeDelayed(
      BoundNode node,
      String cql,
      LinkedHashMap<String, Object> params,
      LinkedHashMap<String, String> types,
      PrimeDsl.RowBuilder rows,
      Duration delay) {
    node.prime(
        when(query(cql, List.of(), params, types))
            .then(rows)
            .delay(delay.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS));
  }

  /** Primes {@code node} to answer {@code cql} with rows. */
  static void prime(
      BoundNode node,
      String cql,
      LinkedHashMap<String, Object> params,
      LinkedHashMap<String, String> types,
      PrimeDsl.RowBuilder rows) {
    node.prime(when(query(cql, List.of(), params, types)).then(rows));
  }

  /** How many times {@code node} received an execution of {@code cql}. */
  static long executions(BoundNode node, String cql) {
    return node.getLogs().getQueryLogs().stream()
        .filter(log -> "EXECUTE".equals(log.getType()) && cql.equals(log.getQuery()))
        .count();
  }

  /** Every request {@code node} received, for diagnostics. */
  static List<String> log(BoundNode node) {
    return node.getLogs().getQueryLogs().stream().map(QueryLog::toString).toList();
  }

  void reset() {
    cluster.clearPrimes(true);
    cluster.clearLogs();
  }

  @Override
  public void close() {
    server.close();
  }

  private static int freePort(int nodes) {
    for (int attempt = 0; attempt < 50; attempt++) {
      int port = 20000 + (int) (Math.random() * 30000);
      if (freeOnAll(port, nodes)) {
        return port;
      }
    }
    throw new IllegalStateException("no port free on 127.0.3.1-" + nodes);
  }

  private static boolean freeOnAll(int port, int nodes) {
    for (int i = 0; i < nodes; i++) {
      byte[] address = FIRST_ADDRESS.clone();
      address[3] += (byte) i;
      try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByAddress(address))) {
        socket.setReuseAddress(true);
      } catch (IOException e) {
        return false;
      }
    }
    return true;
  }
}
