package dev.augur.it.vector;

import dev.augur.annotations.Dao;
import dev.augur.annotations.Insert;
import dev.augur.annotations.Query;
import dev.augur.annotations.Select;
import java.util.List;
import java.util.concurrent.CompletionStage;

@Dao
public interface ChunkDao {
  @Insert
  CompletionStage<Void> save(Chunk chunk);

  @Query("SELECT * FROM chunks ORDER BY embedding ANN OF :query LIMIT 10")
  CompletionStage<List<Chunk>> nearest(float[] query);

  @Select(orderByAnn = "embedding", limit = "10")
  CompletionStage<List<Chunk>> nearestBySelect(float[] query);

  CompletionStage<List<Chunk>> findTop10ByEmbeddingNear(float[] query);
}
