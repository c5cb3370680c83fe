package dev.augur.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A real three-node cluster. About 20 s and 2.5 GB of memory, so it runs only on request: {@code
 * mvn test -Daugur.testkit.cluster-tests=true}.
 */
class CassandraClusterTest {

  @Test
  void tokensSplitTheRingEvenly() {
    assertThat(CassandraCluster.token(0, 3)).isEqualTo("-9223372036854775808");
    assertThat(CassandraCluster.token(1, 3)).isEqualTo("-3074457345618258603");
    assertThat(CassandraCluster.token(2, 3)).isEqualTo("3074457345618258602");
    assertThat(CassandraCluster.token(1, 2)).isEqualTo("0");
  }

  @Test
  @EnabledIfSystemProperty(named = "augur.testkit.cluster-tests", matches = "true")
  void threeNodesReplicateAtQuorum() {
    try (CassandraCluster cluster = CassandraCluster.ofSize(3).start();
        CqlSession session = cluster.endpoint().sessionBuilder().build()) {
      assertThat(session.getMetadata().getNodes()).hasSize(3);
      Keyspaces.createSimple(session, "cluster_test", 3);
      session.execute("CREATE TABLE cluster_test.kv (k int PRIMARY KEY, v text)");
      for (int k = 0; k < 30; k++) {
        session.execute(
            SimpleStatement.newInstance(
                    "INSERT INTO cluster_test.kv (k, v) VALUES (?, ?)", k, "v" + k)
                .setConsistencyLevel(ConsistencyLevel.ALL));
      }

      // With RF 3, a quorum read still succeeds with one node stopped.
      cluster.node(3).stop();
      long rows =
          session
              .execute(
                  SimpleStatement.newInstance("SELECT count(*) FROM cluster_test.kv")
                      .setConsistencyLevel(ConsistencyLevel.QUORUM))
              .one()
              .getLong(0);
      assertThat(rows).isEqualTo(30);
    }
  }
}
