package dev.augur.bench.model;

import dev.augur.annotations.Dao;
import dev.augur.annotations.Query;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** The ANN workload as an Augur DAO; Augur generates {@code AugurEmbeddingDao}. */
@Dao
public interface EmbeddingDao {
  @Query("SELECT id, embedding FROM embeddings ORDER BY embedding ANN OF :query LIMIT 10")
  CompletionStage<List<Embedding>> nearest(float[] query);
}
