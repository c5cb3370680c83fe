package dev.augur.it.vector;

import static dev.augur.it.vector.VectorColumnsTest.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DriverExecutionProfile;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.data.CqlVector;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.api.core.session.Request;
import com.datastax.oss.driver.api.core.tracker.RequestTracker;
import dev.augur.micrometer.AugurMetrics;
import dev.augur.runtime.AugurSession;
import dev.augur.runtime.DaoCallContext;
import dev.augur.runtime.EntitySchema;
import dev.augur.runtime.StreamOptions;
import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.CassandraExtension;
import dev.augur.testkit.Keyspaces;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ANN search through {@code @Select(orderByAnn = ...)}, derived {@code ...EmbeddingNear} names and
 * {@code @Query}, on the node: rows come in the index's order (by the cosine similarity the test
 * computes by brute force), similarity scores read into a {@code @Computed} value equal that
 * similarity, streams deliver the same rows, and a vector of the wrong length fails the call with
 * its context before any request is sent. Every ANN statement is sent as idempotent.
 */
@ExtendWith(CassandraExtension.class)
class AnnMethodsTest {
  private static final String KEYSPACE = "it_vector_ann_methods";
  private static final int ROWS = 300;
  private static final int DIMENSIONS = 8;
  private static final String[] CATEGORIES = {"news", "sport", "science"};
  private static final Requests REQUESTS = new Requests();
  private static final MeterRegistry METRICS = new SimpleMeterRegistry();
  private static final List<Article> ARTICLES = new ArrayList<>();
  private static AugurSession session;
  private static ArticleDao articles;

  @BeforeAll
  static void load(CqlSession admin, CassandraEndpoint endpoint) {
    Keyspaces.recreateSimple(admin, KEYSPACE);
    session =
        await(
            AugurSession.builder()
                .observer(AugurMetrics.create(METRICS))
                .connectAsync(
                    CqlSession.builder()
                        .addContactPoints(endpoint.contactPoints())
                        .withLocalDatacenter(endpoint.localDatacenter())
                        .withConfigLoader(endpoint.driverConfigLoader())
                        .addRequestTracker(REQUESTS)));
    await(EntitySchema.createAsync(session, KEYSPACE, List.of(Article_Mapper.INSTANCE)));
    articles = await(AugurArticleDao.create(session, KEYSPACE));
    Random random = new Random(13);
    for (int id = 0; id < ROWS; id++) {
      float[] embedding = new float[DIMENSIONS];
      for (int i = 0; i < DIMENSIONS; i++) {
        embedding[i] = (float) random.nextGaussian();
      }
      Article article = new Article(id, CATEGORIES[id % CATEGORIES.length], embedding);
      ARTICLES.add(article);
      await(articles.save(article)); // one at a time: 300 concurrent writes once failed on the node
    }
  }

  @AfterAll
  static void close() {
    if (session != null) {
      await(session.closeAsync());
    }
  }

  @Test
  void crudSelectReturnsTheNearestRowsInTheIndexsOrder() {
    float[] query = ARTICLES.get(42).embedding();

    List<Article> nearest = await(articles.nearest(query, 10));

    assertThat(nearest).hasSize(10);
    assertThat(nearest.get(0).id()).isEqualTo(42); // the vector itself, similarity 1
    assertInIndexOrder(nearest, Article::embedding, query);
    System.out.printf(
        "@Select ANN recall@10 against brute force: %.2f%n", recall(nearest, query, null));
  }

  @Test
  void crudSelectWithCustomWhereStaysInTheCategory() {
    Article own = ARTICLES.get(32); // 32 % 3 = 2: science
    List<Float> boxed = new ArrayList<>();
    for (float value : own.embedding()) {
      boxed.add(value);
    }

    List<Article> nearest = await(articles.nearestIn("science", CqlVector.newInstance(boxed)));

    assertThat(nearest).hasSize(5).allMatch(a -> a.category().equals("science"));
    assertThat(nearest.get(0).id()).isEqualTo(32);
    assertInIndexOrder(nearest, Article::embedding, own.embedding());
  }

  @Test
  void scoresEqualTheBruteForceSimilarity() {
    float[] query = randomVector(7);

    List<ScoredArticle> scored = await(articles.scored(query));

    assertThat(scored).hasSize(10);
    assertScores(scored, query);
    assertInIndexOrder(scored, ScoredArticle::embedding, query);
    assertThat(scored)
        .isSortedAccordingTo(Comparator.comparingDouble(ScoredArticle::score).reversed());
    System.out.printf(
        "@Select ANN with scores recall@10 against brute force: %.2f%n",
        recall(scored.stream().map(AnnMethodsTest::article).toList(), query, null));
  }

  @Test
  void derivedNamesQueryByAnn() {
    float[] query = randomVector(8);

    List<Article> top10 = await(articles.findTop10ByEmbeddingNear(query));
    List<ScoredArticle> sport = await(articles.findByCategoryAndEmbeddingNear("sport", query, 4));

    assertThat(top10).extracting(Article::id).isEqualTo(ids(await(articles.nearest(query, 10))));
    assertInIndexOrder(top10, Article::embedding, query);
    assertThat(sport).hasSize(4).allMatch(a -> a.category().equals("sport"));
    assertScores(sport, query);
    assertInIndexOrder(sport, ScoredArticle::embedding, query);
    System.out.printf(
        "derived ANN recall@10 against brute force: %.2f; in category sport, recall@4: %.2f%n",
        recall(top10, query, null),
        recall(sport.stream().map(AnnMethodsTest::article).toList(), query, "sport"));
  }

  @Test
  void streamsDeliverTheSameRows() {
    float[] query = randomVector(9);
    List<Integer> expected = ids(await(articles.nearest(query, 7)));

    List<ScoredArticle> crud = collect(articles.scoredStream(query, 7));
    List<Article> derived = collect(articles.findTop7ByEmbeddingNear(query));
    List<ScoredArticle> rows = new ArrayList<>();
    await(articles.scoredRows(query, 7, StreamOptions.DEFAULTS).forEachAsync(rows::add));

    assertThat(crud).extracting(ScoredArticle::id).isEqualTo(expected);
    assertThat(derived).extracting(Article::id).isEqualTo(expected);
    assertThat(rows).extracting(ScoredArticle::id).isEqualTo(expected);
    assertScores(crud, query);
    assertScores(rows, query);
  }

  @Test
  void aVectorOfTheWrongLengthFailsEachFormBeforeAnythingIsSent() {
    int before = REQUESTS.settled();
    float[] three = {1f, 0f, 0f};

    Throwable crud = failure(articles.nearest(three, 3));
    Throwable derived = failure(articles.findTop10ByEmbeddingNear(new float[9]));
    Throwable streamed = failure(collectAsync(articles.findTop7ByEmbeddingNear(three)));

    assertThat(crud)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "parameter query cannot be bound: the value has 3 elements, but vector<float, 8>"
                + " takes exactly 8");
    assertThat(DaoCallContext.of(crud).orElseThrow().method()).isEqualTo("ArticleDao.nearest");
    assertThat(DaoCallContext.of(crud).orElseThrow().cql())
        .contains("ORDER BY embedding ANN OF :query LIMIT :k");
    assertThat(derived)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the value has 9 elements, but vector<float, 8> takes exactly 8");
    assertThat(DaoCallContext.of(derived).orElseThrow().method())
        .isEqualTo("ArticleDao.findTop10ByEmbeddingNear");
    assertThat(streamed)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the value has 3 elements");
    assertThat(DaoCallContext.of(streamed)).isPresent();
    assertThat(REQUESTS.settled()).as("requests sent").isEqualTo(before);
  }

  /** The scores the README gives for the three similarity functions, as the node computes them. */
  @Test
  void similarityFunctionsScoreAsTheReadmeSays(CqlSession admin) {
    float[] stored = ARTICLES.get(0).embedding();
    float[] query = randomVector(12);
    StringBuilder literal = new StringBuilder("[");
    for (int i = 0; i < query.length; i++) {
      literal.append(i == 0 ? "" : ", ").append(query[i]);
    }
    literal.append(']');
    var row =
        admin
            .execute(
                "SELECT similarity_cosine(embedding, "
                    + literal
                    + "), similarity_dot_product(embedding, "
                    + literal
                    + "), similarity_euclidean(embedding, "
                    + literal
                    + ") FROM "
                    + KEYSPACE
                    + ".ann_articles WHERE id = 0")
            .one();
    double dot = 0;
    double squared = 0;
    for (int i = 0; i < DIMENSIONS; i++) {
      dot += stored[i] * query[i];
      squared += (stored[i] - query[i]) * (stored[i] - query[i]);
    }

    assertThat((double) row.getFloat(0)).isCloseTo(similarity(stored, query), within(1e-5));
    assertThat((double) row.getFloat(1)).isCloseTo((1 + dot) / 2, within(1e-4));
    assertThat((double) row.getFloat(2)).isCloseTo(1 / (1 + squared), within(1e-5));
  }

  @Test
  void eachFormIsCountedUnderItsMethod() {
    double crud = calls("ArticleDao.nearest");
    double derived = calls("ArticleDao.findTop10ByEmbeddingNear");
    float[] query = randomVector(11);

    await(articles.nearest(query, 3));
    await(articles.nearest(query, 4));
    await(articles.findTop10ByEmbeddingNear(query));

    assertThat(calls("ArticleDao.nearest")).isEqualTo(crud + 2);
    assertThat(calls("ArticleDao.findTop10ByEmbeddingNear")).isEqualTo(derived + 1);
  }

  private static double calls(String method) {
    var counter = METRICS.find("augur.dao.calls").tag("method", method).counter();
    return counter == null ? 0 : counter.count();
  }

  @Test
  void annStatementsAreSentAsIdempotent() {
    REQUESTS.settled();
    REQUESTS.idempotence.clear();
    float[] query = randomVector(10);

    await(articles.nearest(query, 3));
    await(articles.scored(query));
    await(articles.findTop10ByEmbeddingNear(query));

    REQUESTS.settled();
    assertThat(REQUESTS.idempotence).hasSize(3).containsOnly(true);
  }

  private static <T> void assertInIndexOrder(
      List<T> rows, Function<T, float[]> embedding, float[] query) {
    // Non-increasing similarity; ties (equal floats) may come in any order.
    for (int i = 1; i < rows.size(); i++) {
      assertThat(similarity(embedding.apply(rows.get(i)), query))
          .as("similarity of row %d against row %d", i, i - 1)
          .isLessThanOrEqualTo(similarity(embedding.apply(rows.get(i - 1)), query) + 1e-6);
    }
  }

  private static void assertScores(List<ScoredArticle> scored, float[] query) {
    for (ScoredArticle row : scored) {
      assertThat((double) row.score())
          .as("score of %d", row.id())
          .isCloseTo(similarity(row.embedding(), query), within(1e-5));
    }
  }

  /** Cassandra's similarity_cosine: the cosine mapped to [0, 1], as (1 + cos) / 2. */
  static double similarity(float[] a, float[] b) {
    double dot = 0;
    double normA = 0;
    double normB = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      normA += a[i] * a[i];
      normB += b[i] * b[i];
    }
    return (1 + dot / Math.sqrt(normA * normB)) / 2;
  }

  /** The share of the brute-force top k (within {@code category} if set) that {@code rows} hold. */
  private static double recall(List<Article> rows, float[] query, String category) {
    List<Integer> exact =
        ARTICLES.stream()
            .filter(a -> category == null || a.category().equals(category))
            .sorted(
                Comparator.comparingDouble((Article a) -> similarity(a.embedding(), query))
                    .reversed())
            .limit(rows.size())
            .map(Article::id)
            .toList();
    return (double) ids(rows).stream().filter(exact::contains).count() / rows.size();
  }

  private static Article article(ScoredArticle scored) {
    return new Article(scored.id(), scored.category(), scored.embedding());
  }

  private static List<Integer> ids(List<Article> rows) {
    return rows.stream().map(Article::id).toList();
  }

  private static float[] randomVector(long seed) {
    Random random = new Random(seed);
    float[] vector = new float[DIMENSIONS];
    IntStream.range(0, DIMENSIONS).forEach(i -> vector[i] = (float) random.nextGaussian());
    return vector;
  }

  private static <T> List<T> collect(Flow.Publisher<T> publisher) {
    return await(collectAsync(publisher));
  }

  private static <T> CompletionStage<List<T>> collectAsync(Flow.Publisher<T> publisher) {
    CompletableFuture<List<T>> done = new CompletableFuture<>();
    List<T> items = Collections.synchronizedList(new ArrayList<>());
    publisher.subscribe(
        new Flow.Subscriber<T>() {
          @Override
          public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
          }

          @Override
          public void onNext(T item) {
            items.add(item);
          }

          @Override
          public void onError(Throwable error) {
            done.completeExceptionally(error);
          }

          @Override
          public void onComplete() {
            done.complete(List.copyOf(items));
          }
        });
    return done;
  }

  private static Throwable failure(CompletionStage<?> stage) {
    return await(
        stage.handle(
            (value, error) -> {
              assertThat(error).as("the call's failure, not " + value).isNotNull();
              return error instanceof CompletionException ? error.getCause() : error;
            }));
  }

  /** Counts the bound statements sent, and records whether each was sent as idempotent. */
  private static final class Requests implements RequestTracker {
    private final ConcurrentLinkedQueue<Boolean> idempotence = new ConcurrentLinkedQueue<>();
    private final AtomicInteger sent = new AtomicInteger();

    /**
     * The count once it has not changed for 300 ms: the driver calls trackers after it completes
     * the request's future, so the last requests may not have been counted when a call returns.
     */
    int settled() {
      int last = -1;
      while (last != sent.get()) {
        last = sent.get();
        try {
          Thread.sleep(300);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError(e);
        }
      }
      return last;
    }

    @Override
    public void close() {}

    @Override
    public void onSuccess(
        Request request, long latency, DriverExecutionProfile profile, Node node, String prefix) {
      count(request);
    }

    @Override
    public void onError(
        Request request,
        Throwable error,
        long latency,
        DriverExecutionProfile profile,
        Node node,
        String prefix) {
      count(request);
    }

    private void count(Request request) {
      if (request instanceof BoundStatement bound) {
        sent.incrementAndGet();
        if (bound.getPreparedStatement().getQuery().contains(" ANN OF ")) {
          idempotence.add(bound.isIdempotent());
        }
      }
    }
  }
}
