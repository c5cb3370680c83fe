package dev.augur.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which JDK runs a node, and a command line that stays readable in messages. */
class NodeCommandTest {

  private static final Path RUNNING = Paths.get(System.getProperty("java.home"));

  @Test
  void runningJava17IsUsedByDefault() {
    assertThat(NodeCommand.javaExecutable(null, key -> null, key -> null, RUNNING, 17))
        .isEqualTo(RUNNING.resolve("bin/java"));
  }

  @Test
  void environmentVariableWinsOverTheRunningJvm(@TempDir Path jdk) throws Exception {
    Path java = fakeJdk(jdk);

    assertThat(
            NodeCommand.javaExecutable(
                null, key -> null, Map.of("CASSANDRA_JAVA_HOME", jdk.toString())::get, RUNNING, 25))
        .isEqualTo(java);
  }

  @Test
  void systemPropertyWinsOverTheEnvironment(@TempDir Path jdk) throws Exception {
    Path java = fakeJdk(jdk);

    assertThat(
            NodeCommand.javaExecutable(
                null,
                Map.of("augur.cassandra.java-home", jdk.toString())::get,
                Map.of("CASSANDRA_JAVA_HOME", "/nonexistent")::get,
                RUNNING,
                17))
        .isEqualTo(java);
  }

  @Test
  void unsupportedRunningJvmFailsWithAFix() {
    assertThatThrownBy(
            () -> NodeCommand.javaExecutable(null, key -> null, key -> null, RUNNING, 25))
        .isInstanceOf(CassandraStartException.class)
        .hasMessageContaining("Java 25")
        .hasMessageContaining("CASSANDRA_JAVA_HOME");
  }

  @Test
  void missingExecutableNamesWhereTheHomeCameFrom() {
    assertThatThrownBy(
            () ->
                NodeCommand.javaExecutable(
                    null,
                    key -> null,
                    Map.of("CASSANDRA_JAVA_HOME", "/nonexistent/jdk")::get,
                    RUNNING,
                    17))
        .isInstanceOf(CassandraStartException.class)
        .hasMessageContaining("/nonexistent/jdk/bin/java")
        .hasMessageContaining("CASSANDRA_JAVA_HOME");
  }

  @Test
  void describeAbbreviatesTheClasspath() {
    String described =
        NodeCommand.describe(java.util.List.of("java", "-Xmx512m", "-cp", "a.jar:b.jar:c", "Main"));

    assertThat(described)
        .isEqualTo(
            "java -Xmx512m -cp <3 entries: cassandra.classpath + augur-testkit-server> Main");
  }

  private static Path fakeJdk(Path home) throws Exception {
    Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
    Files.writeString(java, "#!/bin/sh\n");
    assertThat(java.toFile().setExecutable(true)).isTrue();
    return java;
  }
}
