package dev.augur.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CassandraClasspathTest {

  @Test
  void resolvesEveryRecordedJarPlusTheServerModule() {
    CassandraClasspath classpath = CassandraClasspath.resolve();

    assertThat(classpath.cassandraVersion()).isEqualTo("5.0.9");
    assertThat(classpath.entries())
        .hasSizeGreaterThan(80)
        .allSatisfy(entry -> assertThat(entry).exists());
    assertThat(classpath.entries())
        .anySatisfy(
            entry ->
                assertThat(entry.getFileName().toString()).isEqualTo("cassandra-all-5.0.9.jar"));
    Path server = classpath.entries().get(classpath.entries().size() - 1);
    assertThat(server.toString()).contains("testkit-server");
  }

  @Test
  void cassandraItselfIsNotOnTheTestClasspath() {
    assertThatThrownBy(() -> Class.forName("org.apache.cassandra.service.CassandraDaemon"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void settingsXmlLocalRepositoryIgnoresComments() {
    String settings =
        "<settings>\n"
            + "  <!-- <localRepository>/path/to/local/repo</localRepository> -->\n"
            + "  <localRepository> ${user.home}/custom-repo </localRepository>\n"
            + "</settings>";

    assertThat(CassandraClasspath.localRepositoryIn(settings))
        .isEqualTo("${user.home}/custom-repo");
    assertThat(
            CassandraClasspath.localRepositoryIn(
                "<settings><!-- <localRepository>/x</localRepository> --></settings>"))
        .isNull();
  }

  @Test
  void localRepositoryComesFromTheBuildWhenGiven() {
    String configured = System.getProperty("maven.repo.local");
    if (configured != null) {
      assertThat(CassandraClasspath.localRepository()).isEqualTo(Path.of(configured));
    }
    assertThat(Files.isDirectory(CassandraClasspath.localRepository())).isTrue();
  }
}
