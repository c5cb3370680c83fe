package dev.augur.it.cluster;

import dev.augur.annotations.Dao;
import dev.augur.annotations.Increment;
import dev.augur.annotations.Insert;
import dev.augur.annotations.Select;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * The load of the node-kill test: an idempotent insert and a non-idempotent counter increment per
 * key (Augur infers both flags), and reads to check them.
 */
@Dao
public interface ClusterDao {
  @Insert
  CompletionStage<Void> save(Reading reading);

  @Increment(entity = Tally.class)
  CompletionStage<Void> count(int id, long hits);

  @Select
  CompletionStage<Optional<Reading>> reading(int id);

  @Select
  CompletionStage<Optional<Tally>> tally(int id);
}
