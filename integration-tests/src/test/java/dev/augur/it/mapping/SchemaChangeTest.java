package dev.augur.it.mapping;

import static dev.augur.it.mapping.MappingTest.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.augur.runtime.AugurSession;
import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.CassandraExtension;
import dev.augur.testkit.Keyspaces;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The live table changes after the DAO prepared its statements: columns resolved by index must
 * follow the new layout, or fail loudly, never read the wrong column.
 */
@ExtendWith(CassandraExtension.class)
class SchemaChangeTest {

  @Test
  void addedAndDroppedColumnsNeverShiftValuesIntoTheWrongProperty(
      CqlSession admin, CassandraEndpoint endpoint) {
    String keyspace = "it_schema_change";
    Keyspaces.recreateSimple(admin, keyspace);
    admin.execute(
        "CREATE TABLE " + keyspace + ".evolving (id int PRIMARY KEY, mid text, zeta text)");
    AugurSession session =
        await(
            AugurSession.connectAsync(
                CqlSession.builder()
                    .addContactPoints(endpoint.contactPoints())
                    .withLocalDatacenter(endpoint.localDatacenter())
                    .withKeyspace(keyspace)
                    .withConfigLoader(endpoint.driverConfigLoader())));
    try {
      EvolvingDao dao = await(AugurEvolvingDao.create(session));
      session.cqlSession().execute("INSERT INTO evolving (id, mid, zeta) VALUES (1, 'm', 'z')");
      assertThat(await(dao.star(1))).isEqualTo(new Evolving(1, "m", "z"));

      // SELECT * lists regular columns alphabetically: a new "aaa" shifts mid and zeta.
      session.cqlSession().execute("ALTER TABLE evolving ADD aaa text");
      session.cqlSession().execute("UPDATE evolving SET aaa = 'a' WHERE id = 1");

      assertThat(await(dao.star(1))).isEqualTo(new Evolving(1, "m", "z"));
      assertThat(await(dao.listed(1))).isEqualTo(new Evolving(1, "m", "z"));

      // A column the entity maps disappears: reading fails, naming the column.
      session.cqlSession().execute("ALTER TABLE evolving DROP mid");
      CompletionStage<Evolving> star = dao.star(1);
      Throwable error = await(star.handle((v, t) -> t));
      assertThat(error).isNotNull();
      assertThat(error.getMessage()).contains("mid");
    } finally {
      await(session.closeAsync());
    }
  }
}
