package dev.augur.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A forked node, end to end: start, real CQL, crash and restart, stop, clean up. */
class CassandraNodeTest {

  @Test
  void startsServesCqlSurvivesKillAndCleansUp() throws Exception {
    CassandraNode node = CassandraNode.builder().build();
    long started = System.nanoTime();
    node.start();
    long startMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    System.out.println("start() to CQL ready: " + startMillis + " ms");

    Path workDirectory = node.workDirectory();
    long firstPid = node.pid();
    assertThat(node.isRunning()).isTrue();
    assertThat(node.endpoint().description()).startsWith("forked Cassandra 5.0.9 at 127.0.0.1:");

    try (CqlSession session = node.endpoint().sessionBuilder().build()) {
      Row version = session.execute("SELECT release_version FROM system.local").one();
      assertThat(version.getString("release_version")).isEqualTo("5.0.9");

      Keyspaces.createSimple(session, "node_test");
      session.execute("CREATE TABLE node_test.kv (k text PRIMARY KEY, v int)");
      session.execute("INSERT INTO node_test.kv (k, v) VALUES ('answer', 42)");
      assertThat(session.execute("SELECT v FROM node_test.kv WHERE k = 'answer'").one().getInt("v"))
          .isEqualTo(42);
    }

    // A crash loses the memtable; the commitlog must bring the row back.
    node.kill();
    assertThat(ProcessHandle.of(firstPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    node.start();
    assertThat(node.pid()).isNotEqualTo(firstPid);
    try (CqlSession session = node.endpoint().sessionBuilder().build()) {
      assertThat(session.execute("SELECT v FROM node_test.kv WHERE k = 'answer'").one().getInt("v"))
          .isEqualTo(42);
    }

    long pid = node.pid();
    node.close();
    assertThat(node.isRunning()).isFalse();
    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    assertThat(workDirectory).doesNotExist();
    assertThat(Files.exists(workDirectory)).isFalse();
  }
}
