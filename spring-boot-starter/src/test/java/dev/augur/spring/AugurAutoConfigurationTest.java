package dev.augur.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.session.Session;
import dev.augur.runtime.AugurSession;
import dev.augur.spring.app.Note;
import dev.augur.spring.app.NoteApplication;
import dev.augur.spring.app.NoteDao;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import com.jayway.jsonpath.JsonPath;
import io.netty.util.Version;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The starter in an application against the real node: Boot's CqlSession borrowed, the DAO
 * injected by its interface, its table created by the schema action, health and metrics.
 */
@SpringBootTest(
    classes = NoteApplication.class,
    properties = {"augur.schema-action=create-if-not-exists", "augur.slow-query-threshold=5s"})
class AugurAutoConfigurationTest {
  @DynamicPropertySource
  static void cassandra(DynamicPropertyRegistry registry) {
    TestCassandra.properties("augur_spring").forEach((k, v) -> registry.add(k, () -> v));
  }

  @Autowired NoteDao notes;
  @Autowired AugurSession augur;
  @Autowired ApplicationContext context;
  @Autowired MeterRegistry meters;
  @Autowired HealthContributorRegistry health;

  @Test
  void injectsTheGeneratedDaoWithItsTableCreated() {
    UUID id = UUID.randomUUID();
    notes.save(new Note(id, "hello")).toCompletableFuture().join();

    assertThat(notes.find(id).toCompletableFuture().join()).contains(new Note(id, "hello"));
    assertThat(context.getBeansOfType(NoteDao.class)).containsOnlyKeys("noteDao");
  }

  @Test
  void borrowsTheOneCqlSessionBootConfigured() {
    assertThat(context.getBeansOfType(CqlSession.class)).hasSize(1);
    assertThat(augur.cqlSession()).isSameAs(context.getBean(CqlSession.class));
    assertThat(augur.cqlSession().getKeyspace().orElseThrow().asInternal())
        .isEqualTo("augur_spring");
  }

  @Test
  void runsTheDriverOnBootsNettyLine() {
    // Boot 4.0.7 manages netty 4.2 and driver 4.19.3; the starter keeps the project's driver.
    assertThat(Version.identify().get("netty-common").artifactVersion()).startsWith("4.2.");
    assertThat(Session.OSS_DRIVER_COORDINATES.getVersion().toString()).isEqualTo("4.19.4");
  }

  @Test
  void publishesMetricsPerDaoMethodIntoBootsRegistry() {
    UUID id = UUID.randomUUID();
    notes.save(new Note(id, "metered")).toCompletableFuture().join();
    notes.find(id).toCompletableFuture().join();

    Counter saves = meters.find("augur.dao.calls").tag("method", "NoteDao.save").counter();
    assertThat(saves).isNotNull();
    assertThat(saves.count()).isGreaterThanOrEqualTo(1);
    assertThat(meters.find("augur.dao.latency").tag("method", "NoteDao.find").timer().count())
        .isGreaterThanOrEqualTo(1);
    assertThat(meters.getMeters().stream().map(m -> m.getId().getName()))
        .filteredOn(name -> name.startsWith("augur."))
        .contains("augur.dao.calls", "augur.dao.latency", "augur.session.in-flight");
  }

  @Test
  void reportsHealthUpUnderItsName() {
    HealthIndicator indicator = (HealthIndicator) health.getContributor("augur");

    var result = indicator.health();

    assertThat(result.getStatus()).isEqualTo(Status.UP);
    assertThat(result.getDetails()).containsEntry("daos", 1).containsKey("version");
  }

  @Test
  void describesEveryPropertyForIdes() throws Exception {
    String metadata;
    try (InputStream in =
        AugurProperties.class.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      metadata = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> names = JsonPath.read(metadata, "$.properties[*].name");
    assertThat(names)
        .contains(
            "augur.keyspace",
            "augur.packages",
            "augur.schema-action",
            "augur.close-timeout",
            "augur.max-requests-in-flight",
            "augur.max-queued-requests",
            "augur.page-token-secret",
            "augur.slow-query-threshold",
            "augur.log-bound-values",
            "augur.verify-schema-on-dao-creation");
    List<String> described =
        JsonPath.read(metadata, "$.properties[?(@.description)].name");
    assertThat(described).containsExactlyInAnyOrderElementsOf(names);
    List<String> defaults =
        JsonPath.read(metadata, "$.properties[?(@.name == 'augur.schema-action')].defaultValue");
    assertThat(defaults).containsExactly("none");
  }
}
