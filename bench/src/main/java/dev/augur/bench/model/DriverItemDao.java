package dev.augur.bench.model;

import com.datastax.oss.driver.api.core.MappedAsyncPagingIterable;
import com.datastax.oss.driver.api.mapper.annotations.Dao;
import com.datastax.oss.driver.api.mapper.annotations.Insert;
import com.datastax.oss.driver.api.mapper.annotations.Select;
import java.util.concurrent.CompletionStage;

/**
 * The workloads as a DAO of the driver's own mapper, the way its documentation writes them; its
 * processor generates {@code DriverItemDaoImpl__MapperGenerated}.
 */
@Dao
public interface DriverItemDao {
  @Insert
  CompletionStage<Void> save(Item item);

  @Select
  CompletionStage<Item> find(int pk, int ck);

  @Select
  CompletionStage<MappedAsyncPagingIterable<Item>> partition(int pk);

  @Select
  CompletionStage<MappedAsyncPagingIterable<Item>> all();
}
