package dev.augur.it.generics;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import dev.augur.runtime.AugurSession;
import dev.augur.runtime.EntityColumn;
import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.CassandraExtension;
import dev.augur.testkit.Keyspaces;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Entities whose columns are declared with type variables of generic superclasses, two levels up:
 * each entity's columns take the types its {@code extends} clause gives, on a real node.
 */
@ExtendWith(CassandraExtension.class)
class GenericSuperclassTest {
  private static final String KEYSPACE = "it_generics";
  private static AugurSession session;
  private static GenericDao dao;

  @BeforeAll
  static void createSchemaAndDao(CqlSession admin, CassandraEndpoint endpoint) {
    Keyspaces.createSimple(admin, KEYSPACE);
    for (String ddl : List.of(Note.DDL, Score.DDL)) {
      admin.execute(ddl.replace("IF NOT EXISTS ", "IF NOT EXISTS " + KEYSPACE + "."));
    }
    session =
        await(
            AugurSession.connectAsync(
                CqlSession.builder()
                    .addContactPoints(endpoint.contactPoints())
                    .withLocalDatacenter(endpoint.localDatacenter())
                    .withKeyspace(KEYSPACE)
                    .withConfigLoader(endpoint.driverConfigLoader())));
    dao = await(AugurGenericDao.create(session)); // verifies the live schema against the entities
  }

  @AfterAll
  static void close() {
    if (session != null) {
      await(session.closeAsync());
    }
  }

  @Test
  void theColumnsOfGenericSuperclassesTakeTheTypesTheEntityGivesThem() {
    assertThat(Note_Mapper.INSTANCE.columns().stream().map(EntityColumn::cqlType))
        .containsExactly("text", "list<text>", "bigint", "uuid", "map<uuid, text>", "text");
    assertThat(Score_Mapper.INSTANCE.columns().stream().map(EntityColumn::cqlType))
        .containsExactly("int", "list<int>", "bigint", "text", "map<text, int>");
  }

  @Test
  void entitiesWithGenericSuperclassesRoundTrip() {
    UUID id = UUID.randomUUID();
    UUID other = UUID.randomUUID();
    Note note = new Note();
    note.setId(id);
    note.setPayload("third draft");
    note.setHistory(List.of("first draft", "second draft"));
    note.setVersion(3);
    note.setRelated(Map.of(other, "see also"));
    note.setAuthor("Ada");
    Score score = new Score();
    score.setId("level-1");
    score.setPayload(42);
    score.setHistory(List.of(7, 30));
    score.setVersion(2);
    score.setRelated(Map.of("level-0", 12));

    await(dao.save(note));
    await(dao.save(score));

    Note readNote = await(dao.findNote(id)).orElseThrow();
    assertThat(readNote.getPayload()).isEqualTo("third draft");
    assertThat(readNote.getHistory()).containsExactly("first draft", "second draft");
    assertThat(readNote.getVersion()).isEqualTo(3);
    assertThat(readNote.getRelated()).isEqualTo(Map.of(other, "see also"));
    assertThat(readNote.getAuthor()).isEqualTo("Ada");
    Score readScore = await(dao.findScore("level-1")).orElseThrow();
    assertThat(readScore.getPayload()).isEqualTo(42);
    assertThat(readScore.getHistory()).containsExactly(7, 30);
    assertThat(readScore.getRelated()).isEqualTo(Map.of("level-0", 12));
    Row raw = session.cqlSession().execute("SELECT payload, history FROM score").one();
    assertThat(raw.getInt("payload")).as("stored as the CQL int it maps to").isEqualTo(42);
    assertThat(raw.getList("history", Integer.class)).containsExactly(7, 30);
  }

  private static <T> T await(CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
