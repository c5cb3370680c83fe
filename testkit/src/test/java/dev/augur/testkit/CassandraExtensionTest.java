package dev.augur.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The extension as a test class uses it; on this machine it provides a forked node. */
@ExtendWith(CassandraExtension.class)
class CassandraExtensionTest {

  private static final String KEYSPACE = Keyspaces.nameFor(CassandraExtensionTest.class);

  @BeforeAll
  static void createSchema(CqlSession session) {
    Keyspaces.createSimple(session, KEYSPACE);
    session.execute(
        "CREATE TABLE IF NOT EXISTS " + KEYSPACE + ".counters (id text PRIMARY KEY, n int)");
  }

  @Test
  void resolvesAWorkingSession(CqlSession session) {
    session.execute("INSERT INTO " + KEYSPACE + ".counters (id, n) VALUES ('a', 1)");
    Row row = session.execute("SELECT n FROM " + KEYSPACE + ".counters WHERE id = 'a'").one();
    assertThat(row.getInt("n")).isEqualTo(1);
    assertThat(session.execute("SELECT release_version FROM system.local").one().getString(0))
        .startsWith("5.0");
  }

  @Test
  void sharesOneCassandraAndOneSession(
      CqlSession first, CqlSession second, CassandraEndpoint endpoint) {
    assertThat(first).isSameAs(second);
    assertThat(endpoint).isEqualTo(CassandraExtension.sharedEndpoint());
    assertThat(CassandraExtension.sharedSession()).isSameAs(first);
    assertThat(endpoint.localDatacenter()).isEqualTo("datacenter1");
  }

  @Test
  void closingTheSharedSessionDoesNothing(CqlSession session) {
    session.close();
    assertThat(session.isClosed()).isFalse();
    assertThat(session.execute("SELECT now() FROM system.local").one()).isNotNull();
  }

  @Test
  void endpointBuildsIndependentSessions(CassandraEndpoint endpoint) {
    try (CqlSession own = endpoint.sessionBuilder().withKeyspace(KEYSPACE).build()) {
      assertThat(own.execute("SELECT count(*) FROM counters").one().getLong(0)).isNotNegative();
    }
  }
}
