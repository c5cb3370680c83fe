package shop;

import dev.augur.annotations.BatchKind;
import dev.augur.annotations.Dao;
import dev.augur.annotations.Delete;
import dev.augur.annotations.Increment;
import dev.augur.annotations.Insert;
import dev.augur.annotations.Select;
import dev.augur.annotations.StatementAttributes;
import dev.augur.annotations.Update;
import dev.augur.runtime.LwtResult;
import dev.augur.runtime.StatementOptions;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/** One method per CRUD annotation. */
@Dao
public interface PlantDao {
  @Insert(ttl = ":ttl")
  CompletionStage<Void> save(Plant plant, int ttl);

  @Insert(ifNotExists = true)
  CompletionStage<LwtResult<Plant>> create(Plant plant);

  @Insert(batch = BatchKind.UNLOGGED)
  CompletionStage<Void> saveAll(List<Plant> plants);

  @Select
  @StatementAttributes(consistency = "LOCAL_QUORUM", timeout = "2s")
  CompletionStage<Optional<Plant>> find(UUID id, StatementOptions options);

  @Update(customIfClause = "name = :expected")
  CompletionStage<Boolean> rename(Plant plant, String expected);

  @Delete(entity = Plant.class)
  CompletionStage<Void> delete(UUID id);

  @Increment(entity = Plant.Stats.class)
  CompletionStage<Void> watered(UUID plantId, long waterings);
}
