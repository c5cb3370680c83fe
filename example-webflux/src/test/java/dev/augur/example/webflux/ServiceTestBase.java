package dev.augur.example.webflux;

import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.CassandraExtension;
import dev.augur.testkit.Keyspaces;
import java.net.InetSocketAddress;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service on a random port, against the testkit's node; the test classes share one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ServiceTestBase {
  static final String KEYSPACE = "augur_webflux_test";

  @LocalServerPort int port;

  @DynamicPropertySource
  static void cassandra(DynamicPropertyRegistry registry) {
    CassandraEndpoint endpoint = CassandraExtension.sharedEndpoint();
    Keyspaces.createSimple(CassandraExtension.sharedSession(), KEYSPACE);
    InetSocketAddress first = endpoint.contactPoints().get(0);
    registry.add(
        "spring.cassandra.contact-points", () -> first.getHostString() + ":" + first.getPort());
    registry.add("spring.cassandra.local-datacenter", endpoint::localDatacenter);
    registry.add("spring.cassandra.keyspace-name", () -> KEYSPACE);
    registry.add("spring.cassandra.request.timeout", () -> "20s");
  }
}
