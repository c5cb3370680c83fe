package dev.augur.testkit;

/**
 * Run in a child JVM by {@link OrphanPreventionTest}: starts a node, reports it, and waits to be
 * killed. It deliberately never stops the node.
 */
public final class OrphanNodeMain {

  private OrphanNodeMain() {}

  public static void main(String[] args) throws InterruptedException {
    CassandraNode node = CassandraNode.builder().build();
    node.start();
    System.out.println("NODE-PID " + node.pid());
    System.out.println("NODE-DIR " + node.workDirectory());
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
