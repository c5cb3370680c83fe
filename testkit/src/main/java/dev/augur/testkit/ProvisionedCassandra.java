package dev.augur.testkit;

/**
 * A Cassandra that some provider made available, and how to give it back.
 *
 * @param endpoint where it is
 * @param release stops it, or does nothing for an external cluster
 */
record ProvisionedCassandra(CassandraEndpoint endpoint, Runnable release) {

  /** Starts a single forked node with default settings. */
  static ProvisionedCassandra forked() {
    CassandraNode node = CassandraNode.builder().build();
    try {
      node.start();
    } catch (RuntimeException e) {
      node.close();
      throw e;
    }
    return new ProvisionedCassandra(node.endpoint(), node::close);
  }

  /** An external cluster: nothing to start or stop. */
  static ProvisionedCassandra external(CassandraSettings settings) {
    return new ProvisionedCassandra(
        CassandraEndpoint.of(settings.contactPoints(), settings.datacenter()), () -> {});
  }
}
