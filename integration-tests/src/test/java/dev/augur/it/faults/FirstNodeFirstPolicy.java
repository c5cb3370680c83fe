package dev.augur.it.faults;

import com.datastax.oss.driver.api.core.context.DriverContext;
import com.datastax.oss.driver.api.core.loadbalancing.LoadBalancingPolicy;
import com.datastax.oss.driver.api.core.loadbalancing.NodeDistance;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.api.core.metadata.NodeState;
import com.datastax.oss.driver.api.core.session.Request;
import com.datastax.oss.driver.api.core.session.Session;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A load-balancing policy for tests: every query plan lists the nodes in address order, so that the
 * first attempt always goes to the first simulated node (the faulty one) and a retry or a
 * speculative execution to the next.
 */
public final class FirstNodeFirstPolicy implements LoadBalancingPolicy {
  private static final Comparator<Node> BY_ADDRESS =
      Comparator.comparing(
          node -> {
            InetSocketAddress address = (InetSocketAddress) node.getEndPoint().resolve();
            return address.getAddress().getHostAddress() + ":" + address.getPort();
          });

  private final Set<Node> nodes = ConcurrentHashMap.newKeySet();

  public FirstNodeFirstPolicy(DriverContext context, String profileName) {}

  @Override
  public void init(Map<UUID, Node> initial, DistanceReporter distances) {
    for (Node node : initial.values()) {
      distances.setDistance(node, NodeDistance.LOCAL);
      nodes.add(node);
    }
  }

  @Override
  public Queue<Node> newQueryPlan(Request request, Session session) {
    ArrayDeque<Node> plan = new ArrayDeque<>();
    nodes.stream()
        .filter(node -> node.getState() != NodeState.FORCED_DOWN)
        .sorted(BY_ADDRESS)
        .forEach(plan::add);
    return plan;
  }

  @Override
  public void onAdd(Node node) {
    nodes.add(node);
  }

  @Override
  public void onUp(Node node) {
    nodes.add(node);
  }

  @Override
  public void onDown(Node node) {}

  @Override
  public void onRemove(Node node) {
    nodes.remove(node);
  }

  @Override
  public void close() {}
}
