package dev.augur.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The JVM that started a node is killed with SIGKILL, so no shutdown hook runs: the node must
 * notice and end itself, and delete its temporary work directory.
 */
class OrphanPreventionTest {

  @Test
  @Timeout(240)
  void nodeEndsWhenItsParentJvmIsKilled() throws Exception {
    Process parent = new ProcessBuilder(childCommand()).redirectErrorStream(true).start();
    long nodePid = -1;
    Path nodeDirectory = null;
    List<String> output = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((nodePid < 0 || nodeDirectory == null) && (line = reader.readLine()) != null) {
        output.add(line);
        if (line.startsWith("NODE-PID ")) {
          nodePid = Long.parseLong(line.substring(9).trim());
        } else if (line.startsWith("NODE-DIR ")) {
          nodeDirectory = Paths.get(line.substring(9).trim());
        }
      }
      assertThat(nodePid).as("child output: %s", output).isPositive();
      ProcessHandle node = ProcessHandle.of(nodePid).orElseThrow();
      assertThat(node.isAlive()).isTrue();
      assertThat(nodeDirectory).exists();

      parent.destroyForcibly();
      assertThat(parent.waitFor(10, TimeUnit.SECONDS)).isTrue();

      node.onExit().get(30, TimeUnit.SECONDS);
      assertThat(node.isAlive()).isFalse();
      assertThat(Files.exists(nodeDirectory)).isFalse();
    } finally {
      parent.destroyForcibly();
      if (nodePid > 0) {
        // Never leave a node behind, even when the assertion above failed.
        ProcessHandle.of(nodePid).ifPresent(ProcessHandle::destroyForcibly);
      }
    }
  }

  private static List<String> childCommand() {
    // Surefire runs tests from a manifest-only jar; it publishes the real classpath here.
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    String repository = System.getProperty("maven.repo.local");
    if (repository != null) {
      command.add("-Dmaven.repo.local=" + repository);
    }
    command.add("-cp");
    command.add(classpath);
    command.add(OrphanNodeMain.class.getName());
    return command;
  }
}
