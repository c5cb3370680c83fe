package dev.augur.it.vector;

import dev.augur.annotations.Dao;
import dev.augur.annotations.Insert;
import dev.augur.annotations.Query;
import java.util.List;
import java.util.concurrent.CompletionStage;

@Dao
public interface PassageDao {
  @Insert
  CompletionStage<Void> save(Passage passage);

  @Query("SELECT * FROM passages ORDER BY embedding ANN OF :query LIMIT :k")
  CompletionStage<List<Passage>> nearest(float[] query, int k);
}
