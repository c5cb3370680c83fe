package dev.augur.it.vector;

import static dev.augur.it.vector.VectorColumnsTest.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.augur.runtime.AugurSession;
import dev.augur.runtime.EntitySchema;
import dev.augur.runtime.SchemaMismatchException;
import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.CassandraExtension;
import dev.augur.testkit.Keyspaces;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** ANN indexes on vector columns: DDL with the similarity function, and its verification. */
@ExtendWith(CassandraExtension.class)
class VectorIndexesTest {
  private static AugurSession session;

  @BeforeAll
  static void open(CassandraEndpoint endpoint) {
    session = await(AugurSession.connectAsync(CqlSession.builder()
        .addContactPoints(endpoint.contactPoints())
        .withLocalDatacenter(endpoint.localDatacenter())
        .withConfigLoader(endpoint.driverConfigLoader())));
  }

  @AfterAll
  static void close() {
    await(session.closeAsync());
  }

  @Test
  void ddlCreatesEachIndexWithItsSimilarityFunction(CqlSession admin) {
    String keyspace = "it_vector_indexes";
    Keyspaces.recreateSimple(admin, keyspace);
    assertThat(EntitySchema.ddl(keyspace, List.of(Passage_Mapper.INSTANCE)))
        .containsExactly(
            "CREATE TABLE IF NOT EXISTS it_vector_indexes.passages (id int,"
                + " embedding vector<float, 3>, summary vector<float, 3>, PRIMARY KEY ((id)))",
            "CREATE CUSTOM INDEX IF NOT EXISTS passages_embedding_idx ON it_vector_indexes.passages"
                + " (embedding) USING 'StorageAttachedIndex'"
                + " WITH OPTIONS = {'similarity_function': 'dot_product'}",
            "CREATE CUSTOM INDEX IF NOT EXISTS passages_summary_idx ON it_vector_indexes.passages"
                + " (summary) USING 'StorageAttachedIndex'"
                + " WITH OPTIONS = {'similarity_function': 'cosine'}");

    await(EntitySchema.createAsync(session, keyspace, List.of(Passage_Mapper.INSTANCE)));
    await(EntitySchema.verifyAsync(session, keyspace, List.of(Passage_Mapper.INSTANCE)));

    Map<String, String> similarities = new TreeMap<>();
    admin.execute("SELECT index_name, options FROM system_schema.indexes WHERE keyspace_name = '"
            + keyspace + "'")
        .forEach(row -> similarities.put(row.getString(0),
            row.getMap(1, String.class, String.class).get("similarity_function")));
    assertThat(similarities).containsExactly(
        Map.entry("passages_embedding_idx", "dot_product"),
        Map.entry("passages_summary_idx", "cosine"));
  }

  @Test
  void annQueryThroughTheDaoRanksByTheIndexsSimilarity(CqlSession admin) {
    String keyspace = "it_vector_ann";
    Keyspaces.recreateSimple(admin, keyspace);
    await(EntitySchema.createAsync(session, keyspace, List.of(Passage_Mapper.INSTANCE)));
    PassageDao passages = await(AugurPassageDao.create(session, keyspace));
    float[][] embeddings = {{1f, 0f, 0f}, {0f, 1f, 0f}, {0.5f, 0.5f, 0f}, {0f, 0f, 3f}};
    for (int id = 0; id < embeddings.length; id++) {
      await(passages.save(new Passage(id, embeddings[id], List.of(1f, 1f, 1f))));
    }

    // With (1, 0.2, 0.1) the dot products are 1, 0.2, 0.6, 0.3 (top 3: 0, 2, 3); by cosine the
    // third would be 1 (0.195 against 0.098), so the order shows the index ranks by dot product.
    List<Passage> nearest = await(passages.nearest(new float[] {1f, 0.2f, 0.1f}, 3));

    assertThat(nearest).extracting(Passage::id).containsExactly(0, 2, 3);
    assertThat(nearest.get(1).embedding()).containsExactly(0.5f, 0.5f, 0f);
    Throwable wrongLength =
        await(passages.nearest(new float[] {1f, 0f}, 3).handle((ok, t) -> t));
    assertThat(wrongLength)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "parameter query cannot be bound: the value has 2 elements, but vector<float, 3>"
                + " takes exactly 3");
  }

  @Test
  void verificationReportsAMissingIndexAndAnotherSimilarityFunction(CqlSession admin) {
    String keyspace = "it_vector_index_drift";
    Keyspaces.recreateSimple(admin, keyspace);
    admin.execute("CREATE TABLE " + keyspace + ".passages (id int PRIMARY KEY,"
        + " embedding vector<float, 3>, summary vector<float, 3>)");
    admin.execute("CREATE CUSTOM INDEX ON " + keyspace + ".passages (embedding)"
        + " USING 'StorageAttachedIndex' WITH OPTIONS = {'similarity_function': 'EUCLIDEAN'}");

    Throwable error = await(EntitySchema.verifyAsync(session, keyspace,
            List.of(Passage_Mapper.INSTANCE)).handle((ok, t) -> t));

    assertThat(error).isInstanceOf(SchemaMismatchException.class);
    assertThat(((SchemaMismatchException) error).differences()).containsExactlyInAnyOrder(
        keyspace + ".passages: column embedding (Passage.embedding): index passages_embedding_idx"
            + " ranks by similarity function euclidean, but the entity declares dot_product",
        keyspace + ".passages: column summary (Passage.summary): no secondary index, but the"
            + " entity declares @Indexed");

    // An index created without options ranks by cosine, which is what summary declares.
    admin.execute("CREATE CUSTOM INDEX ON " + keyspace + ".passages (summary)"
        + " USING 'StorageAttachedIndex'");
    Throwable after = await(EntitySchema.verifyAsync(session, keyspace,
            List.of(Passage_Mapper.INSTANCE)).handle((ok, t) -> t));
    assertThat(((SchemaMismatchException) after).differences()).hasSize(1);
  }
}
