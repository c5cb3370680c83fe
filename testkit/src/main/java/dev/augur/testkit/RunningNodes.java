package dev.augur.testkit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The nodes this JVM has started and not yet stopped, stopped by a shutdown hook when the JVM exits
 * normally. This complements the standard-input watch in the node's main class, which covers the
 * case no hook can: this JVM being killed.
 */
final class RunningNodes {

  private static final Set<CassandraNode> NODES = new LinkedHashSet<>();
  private static boolean hookInstalled;

  private RunningNodes() {}

  static synchronized void add(CassandraNode node) {
    if (!hookInstalled) {
      Runtime.getRuntime()
          .addShutdownHook(new Thread(RunningNodes::closeAll, "augur-cassandra-stop"));
      hookInstalled = true;
    }
    NODES.add(node);
  }

  static synchronized void remove(CassandraNode node) {
    NODES.remove(node);
  }

  private static void closeAll() {
    List<CassandraNode> nodes;
    synchronized (RunningNodes.class) {
      nodes = new ArrayList<>(NODES);
    }
    // In parallel: each drain takes seconds, and the JVM is waiting to exit.
    List<Thread> stoppers = new ArrayList<>();
    for (CassandraNode node : nodes) {
      Thread stopper = new Thread(node::close, "augur-cassandra-stop-" + node.pidOrZero());
      stopper.start();
      stoppers.add(stopper);
    }
    for (Thread stopper : stoppers) {
      try {
        stopper.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
