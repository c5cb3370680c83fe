package dev.augur.bench.model;

import dev.augur.annotations.Dao;
import dev.augur.annotations.Insert;
import dev.augur.annotations.Select;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** The workloads as an Augur DAO; Augur generates {@code AugurItemDao}. */
@Dao
public interface ItemDao {
  @Insert
  CompletionStage<Void> save(Item item);

  @Select
  CompletionStage<Item> find(int pk, int ck);

  @Select
  CompletionStage<List<Item>> partition(int pk);

  @Select
  Flow.Publisher<Item> all();
}
