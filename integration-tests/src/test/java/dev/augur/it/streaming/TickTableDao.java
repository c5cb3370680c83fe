package dev.augur.it.streaming;

import dev.augur.annotations.Dao;
import dev.augur.annotations.Insert;
import dev.augur.annotations.Select;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** CRUD on the tick table: a DAO whose creation verifies the table's live schema. */
@Dao
public interface TickTableDao {
  @Insert
  CompletionStage<Void> save(Tick tick);

  @Select
  CompletionStage<List<Tick>> series(String series);
}
