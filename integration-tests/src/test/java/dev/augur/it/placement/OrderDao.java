package dev.augur.it.placement;

import dev.augur.annotations.Dao;
import dev.augur.annotations.Delete;
import dev.augur.annotations.Insert;
import dev.augur.annotations.Select;
import dev.augur.annotations.Update;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/** CRUD and derived statements on a table named {@code order}. */
@Dao
public interface OrderDao {
  @Insert
  CompletionStage<Void> save(Order order);

  @Update
  CompletionStage<Void> update(Order order);

  @Select
  CompletionStage<List<Order>> byId(UUID id);

  CompletionStage<Long> countById(UUID id);

  @Delete(entity = Order.class)
  CompletionStage<Void> delete(UUID id);
}
