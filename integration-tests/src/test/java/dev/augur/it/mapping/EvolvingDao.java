package dev.augur.it.mapping;

import dev.augur.annotations.Dao;
import dev.augur.annotations.Query;
import dev.augur.annotations.Select;
import java.util.concurrent.CompletionStage;

@Dao
public interface EvolvingDao {
  @Query("SELECT * FROM evolving WHERE id = :id")
  CompletionStage<Evolving> star(int id);

  @Select
  CompletionStage<Evolving> listed(int id);
}
