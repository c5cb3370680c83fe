package dev.augur.example.webflux;

import dev.augur.testkit.CassandraNode;
import dev.augur.testkit.Keyspaces;
import java.net.InetSocketAddress;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The sensor service: Spring Boot 4 WebFlux, with Augur's starter creating the session and the
 * DAOs. Without {@code spring.cassandra.contact-points} (or the environment's {@code
 * SPRING_CASSANDRA_CONTACT_POINTS}) it starts a local Cassandra node first, and stops it at exit.
 */
@SpringBootApplication
public class SensorApplication {
  public static void main(String[] args) {
    SpringApplication application = new SpringApplication(SensorApplication.class);
    if (System.getProperty("spring.cassandra.contact-points") == null
        && System.getenv("SPRING_CASSANDRA_CONTACT_POINTS") == null) {
      System.out.println("No spring.cassandra.contact-points: starting a local Cassandra node...");
      CassandraNode node = CassandraNode.builder().build().start();
      Runtime.getRuntime().addShutdownHook(new Thread(node::close, "cassandra-stop"));
      InetSocketAddress address = node.endpoint().contactPoints().get(0);
      try (var session = node.endpoint().sessionBuilder().build()) {
        Keyspaces.createSimple(session, "augur_webflux");
      }
      application.setDefaultProperties(
          Map.of(
              "spring.cassandra.contact-points",
              address.getHostString() + ":" + address.getPort(),
              "spring.cassandra.local-datacenter",
              node.endpoint().localDatacenter()));
    }
    application.run(args);
  }
}
