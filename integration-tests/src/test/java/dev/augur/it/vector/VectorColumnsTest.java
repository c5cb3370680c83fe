package dev.augur.it.vector;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.data.CqlVector;
import dev.augur.it.CountingThrottler;
import dev.augur.runtime.AugurSession;
import dev.augur.runtime.EntitySchema;
import dev.augur.runtime.SchemaMismatchException;
import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.CassandraExtension;
import dev.augur.testkit.Keyspaces;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Vector columns on the real node: DDL, each Java form, wrong lengths, schema verification. */
@ExtendWith(CassandraExtension.class)
class VectorColumnsTest {
  private static final String KEYSPACE = "it_vector_columns";
  private static AugurSession session;
  private static DocumentDao documents;

  @BeforeAll
  static void schema(CqlSession admin, CassandraEndpoint endpoint) {
    Keyspaces.recreateSimple(admin, KEYSPACE);
    session = open(endpoint);
    await(EntitySchema.createAsync(session, KEYSPACE, List.of(Document_Mapper.INSTANCE)));
    documents = await(AugurDocumentDao.create(session, KEYSPACE));
  }

  @AfterAll
  static void close() {
    await(session.closeAsync());
  }

  @Test
  void ddlDeclaresEachVectorWithItsElementTypeAndDimension() {
    assertThat(EntitySchema.ddl(KEYSPACE, List.of(Document_Mapper.INSTANCE)))
        .containsExactly(
            "CREATE TABLE IF NOT EXISTS it_vector_columns.documents (id int,"
                + " embedding vector<float, 3>, weights vector<float, 3>,"
                + " centroid vector<float, 3>, counts vector<int, 3>, labels vector<text, 2>,"
                + " PRIMARY KEY ((id)))");
  }

  @Test
  void everyJavaFormIsWrittenAndReadBack(CqlSession admin) {
    Document written = sample(1, new float[] {0.5f, -1f, 2.25f});
    await(documents.save(written));

    Document read = await(documents.find(1)).orElseThrow();
    assertThat(read.embedding()).containsExactly(0.5f, -1f, 2.25f);
    assertThat(read.weights()).containsExactly(1f, 2f, 3f);
    assertThat(read.centroid()).isEqualTo(CqlVector.newInstance(0.1f, 0.2f, 0.3f));
    assertThat(read.counts()).containsExactly(7, 8, 9);
    assertThat(read.labels()).isEqualTo(CqlVector.newInstance("left", "right"));
    // What the server stored, read without Augur.
    Row row = admin.execute("SELECT embedding, counts FROM " + KEYSPACE + ".documents WHERE id = 1")
        .one();
    assertThat(row.getFormattedContents()).contains("[0.5, -1.0, 2.25]", "[7, 8, 9]");

    await(documents.moveTo(1, new float[] {3f, 2f, 1f}));
    assertThat(await(documents.find(1)).orElseThrow().embedding()).containsExactly(3f, 2f, 1f);
  }

  @Test
  void aValueOfTheWrongLengthFailsTheStageAndSendsNothing() {
    int sentBefore = requestsStarted(session);
    Throwable entity =
        failure(documents.save(sample(2, new float[] {1f, 2f})));
    assertThat(requestsStarted(session)).as("requests started for a wrong-length entity")
        .isEqualTo(sentBefore);
    assertThat(entity)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "DocumentDao.save: Document could not be bound: embedding (column embedding): the"
                + " value has 2 elements, but vector<float, 3> takes exactly 3.");

    Throwable list =
        failure(
            documents.save(
                new Document(
                    3, new float[3], List.of(1f, 2f, 3f, 4f), CqlVector.newInstance(1f, 2f, 3f),
                    List.of(1, 2, 3), CqlVector.newInstance("a", "b"))));
    assertThat(list).hasMessageContaining(
        "weights (column weights): the value has 4 elements, but vector<float, 3> takes exactly 3");
    Throwable cqlVector =
        failure(
            documents.save(
                new Document(
                    4, new float[3], List.of(1f, 2f, 3f), CqlVector.newInstance(1f, 2f, 3f),
                    List.of(1, 2, 3), CqlVector.newInstance("a"))));
    assertThat(cqlVector).hasMessageContaining(
        "labels (column labels): the value has 1 elements, but vector<text, 2> takes exactly 2");

    Throwable parameter = failure(documents.moveTo(5, new float[] {1f, 2f, 3f, 4f}));
    // Counted by the driver's throttler as each request starts, before anything is written.
    assertThat(requestsStarted(session)).as("requests started for the four wrong lengths")
        .isEqualTo(sentBefore);
    assertThat(parameter)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "DocumentDao.moveTo: parameter embedding cannot be bound: the value has 4 elements, but"
                + " vector<float, 3> takes exactly 3; nothing was sent.");

    for (int id = 2; id <= 5; id++) {
      assertThat(await(documents.find(id))).as("row %s", id).isEmpty();
    }
  }

  @Test
  void verificationReportsAVectorOfAnotherDimension(CqlSession admin) {
    String keyspace = "it_vector_drift";
    Keyspaces.recreateSimple(admin, keyspace);
    admin.execute("CREATE TABLE " + keyspace + ".documents (id int PRIMARY KEY,"
        + " embedding vector<float, 4>, weights vector<float, 3>, centroid vector<float, 3>,"
        + " counts vector<bigint, 3>, labels vector<text, 2>)");
    Throwable error =
        failure(EntitySchema.verifyAsync(session, keyspace, List.of(Document_Mapper.INSTANCE)));

    assertThat(error).isInstanceOf(SchemaMismatchException.class);
    assertThat(((SchemaMismatchException) error).differences())
        .containsExactlyInAnyOrder(
            keyspace + ".documents: column embedding (Document.embedding): CQL type"
                + " vector<float, 4> cannot be mapped to float[] (vector of 3)",
            keyspace + ".documents: column counts (Document.counts): CQL type vector<bigint, 3>"
                + " cannot be mapped to List<java.lang.Integer> (vector of 3)");
  }

  private static Document sample(int id, float[] embedding) {
    return new Document(
        id,
        embedding,
        List.of(1f, 2f, 3f),
        CqlVector.newInstance(0.1f, 0.2f, 0.3f),
        List.of(7, 8, 9),
        CqlVector.newInstance("left", "right"));
  }

  private static Throwable failure(CompletionStage<?> stage) {
    try {
      stage.toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      return e.getCause();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("the stage completed normally");
  }

  static <T> T await(CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /**
   * A session whose driver counts every request as it starts ({@link CountingThrottler}), so that
   * "nothing was sent" is a count that did not move ({@link #requestsStarted}).
   */
  static AugurSession open(CassandraEndpoint endpoint) {
    DriverConfigLoader config =
        DriverConfigLoader.programmaticBuilder()
            .withDuration(DefaultDriverOption.METADATA_SCHEMA_WINDOW, Duration.ofMillis(10))
            .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(10))
            .withClass(DefaultDriverOption.REQUEST_THROTTLER_CLASS, CountingThrottler.class)
            .build();
    return await(AugurSession.connectAsync(CqlSession.builder()
        .addContactPoints(endpoint.contactPoints())
        .withLocalDatacenter(endpoint.localDatacenter())
        .withConfigLoader(config)));
  }

  /** The requests (statements, pages, preparations) the session's driver has started. */
  static int requestsStarted(AugurSession session) {
    return CountingThrottler.of(session.cqlSession().getName()).started();
  }
}
