package dev.augur.it.vector;

import dev.augur.annotations.Dao;
import dev.augur.annotations.Insert;
import dev.augur.annotations.Query;
import dev.augur.annotations.Select;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

@Dao
public interface DocumentDao {
  @Insert
  CompletionStage<Void> save(Document document);

  @Select
  CompletionStage<Optional<Document>> find(int id);

  @Query("UPDATE documents SET embedding = :embedding WHERE id = :id")
  CompletionStage<Void> moveTo(int id, float[] embedding);
}
