package dev.augur.spring;

import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.CassandraExtension;
import dev.augur.testkit.Keyspaces;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The spring.cassandra.* properties that point Boot at the testkit's node, in a keyspace. */
final class TestCassandra {
  private TestCassandra() {}

  static Map<String, Object> properties(String keyspace) {
    CassandraEndpoint endpoint = CassandraExtension.sharedEndpoint();
    Keyspaces.createSimple(CassandraExtension.sharedSession(), keyspace);
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(
        "spring.cassandra.contact-points",
        endpoint.contactPoints().stream()
            .map(TestCassandra::hostAndPort)
            .collect(Collectors.joining(",")));
    properties.put("spring.cassandra.local-datacenter", endpoint.localDatacenter());
    properties.put("spring.cassandra.keyspace-name", keyspace);
    // The driver's 2 s default is short for CREATE TABLE on a busy two-core machine.
    properties.put("spring.cassandra.request.timeout", "20s");
    return properties;
  }

  private static String hostAndPort(InetSocketAddress address) {
    return address.getHostString() + ":" + address.getPort();
  }
}
