package dev.augur.it.vector;

import dev.augur.annotations.Dao;
import dev.augur.annotations.Insert;
import dev.augur.annotations.Query;
import java.util.List;
import java.util.concurrent.CompletionStage;

@Dao
public interface ChunkDao {
  @Insert
  CompletionStage<Void> save(Chunk chunk);

  @Query("SELECT * FROM chunks ORDER BY embedding ANN OF :query LIMIT 10")
  CompletionStage<List<Chunk>> nearest(float[] query);
}
