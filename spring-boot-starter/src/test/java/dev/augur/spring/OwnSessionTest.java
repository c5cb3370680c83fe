package dev.augur.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.typesafe.config.ConfigFactory;
import dev.augur.runtime.AugurSession;
import dev.augur.spring.app.Note;
import dev.augur.spring.app.NoteApplication;
import dev.augur.spring.app.NoteDao;
import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.CassandraExtension;
import dev.augur.testkit.Keyspaces;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Without Boot's CqlSession (its Cassandra auto-configuration excluded), the starter connects a
 * session of its own from the driver's configuration, and closes it with the context.
 */
class OwnSessionTest {
  private static final Map<String, String> DRIVER = driverSettings();

  @AfterEach
  void restore() {
    DRIVER.keySet().forEach(System::clearProperty);
    ConfigFactory.invalidateCaches();
  }

  @Test
  void connectsItsOwnSessionAndClosesIt() {
    Keyspaces.createSimple(CassandraExtension.sharedSession(), "augur_spring_own");
    DRIVER.forEach(System::setProperty);
    ConfigFactory.invalidateCaches();

    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(NoteApplication.class)
            .properties(
                "spring.autoconfigure.exclude="
                    + "org.springframework.boot.cassandra.autoconfigure.CassandraAutoConfiguration",
                "augur.keyspace=augur_spring_own",
                "augur.schema-action=create-if-not-exists")
            .run();
    AugurSession augur = context.getBean(AugurSession.class);
    NoteDao notes = context.getBean(NoteDao.class);
    UUID id = UUID.randomUUID();
    notes.save(new Note(id, "own")).toCompletableFuture().join();

    assertThat(context.getBeansOfType(CqlSession.class)).isEmpty();
    assertThat(notes.find(id).toCompletableFuture().join()).contains(new Note(id, "own"));
    context.close();
    assertThat(augur.cqlSession().isClosed()).as("the starter's own CqlSession, closed").isTrue();
  }

  private static Map<String, String> driverSettings() {
    CassandraEndpoint endpoint = CassandraExtension.sharedEndpoint();
    InetSocketAddress first = endpoint.contactPoints().get(0);
    return Map.of(
        "datastax-java-driver.basic.contact-points.0",
        first.getHostString() + ":" + first.getPort(),
        "datastax-java-driver.basic.load-balancing-policy.local-datacenter",
        endpoint.localDatacenter(),
        "datastax-java-driver.basic.request.timeout",
        "20s");
  }
}
