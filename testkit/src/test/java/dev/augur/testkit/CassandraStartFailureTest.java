package dev.augur.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A node that cannot start fails fast, and the exception shows what the node said. */
class CassandraStartFailureTest {

  @Test
  @Timeout(60)
  void jvmThatCannotStartShowsItsOutput() {
    CassandraNode node =
        CassandraNode.builder()
            .jvmArgs("-XX:+NoSuchAugurOption")
            .startupTimeout(Duration.ofSeconds(30))
            .build();

    assertThatThrownBy(node::start)
        .isInstanceOf(CassandraStartException.class)
        .satisfies(e -> System.out.println(e.getMessage()))
        .hasMessageContaining("exited with code 1 before answering CQL")
        .hasMessageContaining("Command: ")
        .hasMessageContaining("dev.augur.testkit.server.NodeMain")
        .hasMessageContaining("last ")
        .hasMessageContaining("Unrecognized VM option 'NoSuchAugurOption'");
    assertThat(node.isRunning()).isFalse();
    // A node that never ran keeps nothing on disk.
    assertThat(node.workDirectory()).isNull();
  }

  @Test
  @Timeout(90)
  void invalidConfigurationShowsCassandrasError(@TempDir Path workDirectory) {
    CassandraNode node =
        CassandraNode.builder()
            .workDirectory(workDirectory)
            .yaml("num_tokens", "not-a-number")
            .startupTimeout(Duration.ofSeconds(60))
            .build();

    assertThatThrownBy(node::start)
        .isInstanceOf(CassandraStartException.class)
        .satisfies(e -> System.out.println(e.getMessage()))
        .hasMessageContaining("before answering CQL")
        .hasMessageContaining("node output")
        .hasMessageContaining("not-a-number");
    assertThat(node.isRunning()).isFalse();
    // A work directory the caller chose is left to the caller.
    assertThat(Files.exists(workDirectory.resolve("cassandra.yaml"))).isTrue();
  }

  @Test
  @Timeout(60)
  void slowStartTimesOutKillsTheNodeAndShowsItsLog() {
    CassandraNode node = CassandraNode.builder().startupTimeout(Duration.ofSeconds(2)).build();

    assertThatThrownBy(node::start)
        .isInstanceOf(CassandraStartException.class)
        .satisfies(e -> System.out.println(e.getMessage()))
        .hasMessageContaining("did not answer CQL at 127.0.0.1:")
        .hasMessageContaining("within 2 s")
        // INFO lines exist only in system.log: the node was still starting.
        .hasMessageContaining("system.log")
        .hasMessageContaining("INFO");
    long pid = node.pid();
    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    assertThat(node.workDirectory()).isNull();
  }
}
