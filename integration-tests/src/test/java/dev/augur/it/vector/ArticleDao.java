package dev.augur.it.vector;

import com.datastax.oss.driver.api.core.data.CqlVector;
import dev.augur.annotations.Dao;
import dev.augur.annotations.Insert;
import dev.augur.annotations.Query;
import dev.augur.annotations.Select;
import dev.augur.runtime.RowStream;
import dev.augur.runtime.StreamOptions;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** ANN search in each form a DAO method has: CRUD select, derived name and hand-written CQL. */
@Dao
public interface ArticleDao {
  @Insert
  CompletionStage<Void> save(Article article);

  @Select(orderByAnn = "embedding", limit = ":k")
  CompletionStage<List<Article>> nearest(float[] query, int k);

  @Select(customWhere = "category = :category", orderByAnn = "embedding", limit = "5")
  CompletionStage<List<Article>> nearestIn(String category, CqlVector<Float> query);

  @Select(orderByAnn = "embedding", limit = "10")
  CompletionStage<List<ScoredArticle>> scored(float[] query);

  @Select(orderByAnn = "embedding", limit = ":k")
  Flow.Publisher<ScoredArticle> scoredStream(float[] query, int k);

  CompletionStage<List<Article>> findTop10ByEmbeddingNear(float[] query);

  CompletionStage<List<ScoredArticle>> findByCategoryAndEmbeddingNear(
      String category, float[] query, int limit);

  Flow.Publisher<Article> findTop7ByEmbeddingNear(float[] query);

  @Query(
      "SELECT id, category, embedding, similarity_cosine(embedding, :query) AS score"
          + " FROM ann_articles ORDER BY embedding ANN OF :query LIMIT :k")
  RowStream<ScoredArticle> scoredRows(float[] query, int k, StreamOptions options);
}
