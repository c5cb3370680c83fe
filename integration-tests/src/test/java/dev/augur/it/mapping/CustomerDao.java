package dev.augur.it.mapping;

import dev.augur.annotations.BatchKind;
import dev.augur.annotations.Dao;
import dev.augur.annotations.Delete;
import dev.augur.annotations.Insert;
import dev.augur.annotations.NullSaving;
import dev.augur.annotations.Query;
import dev.augur.annotations.QueryProvider;
import dev.augur.annotations.Select;
import dev.augur.annotations.StatementAttributes;
import dev.augur.annotations.Update;
import dev.augur.runtime.LwtResult;
import dev.augur.runtime.StatementOptions;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

@Dao
public interface CustomerDao {
  @Insert
  CompletionStage<Void> save(Customer customer);

  @Insert(nullSaving = NullSaving.SET_TO_NULL)
  CompletionStage<Void> overwrite(Customer customer);

  @Insert(ifNotExists = true)
  CompletionStage<LwtResult<Customer>> create(Customer customer);

  @Insert(ttl = ":seconds")
  CompletionStage<Void> saveFor(Customer customer, int seconds);

  @Insert(batch = BatchKind.UNLOGGED)
  CompletionStage<Void> saveAll(List<Customer> customers);

  @Select
  CompletionStage<Optional<Customer>> find(UUID id);

  @Select
  CompletionStage<Customer> get(UUID id, StatementOptions options);

  @Select
  @StatementAttributes(consistency = "ONE", pageSize = 2, timeout = "5s")
  CompletionStage<List<Customer>> all();

  @Update
  CompletionStage<Void> update(Customer customer);

  @Update(ifExists = true)
  CompletionStage<Boolean> updateIfExists(Customer customer);

  @Update(customIfClause = "name = :expected")
  CompletionStage<LwtResult<Customer>> rename(Customer customer, String expected);

  @Delete
  CompletionStage<Void> delete(Customer customer);

  @Delete(entity = Customer.class, ifExists = true)
  CompletionStage<Boolean> deleteById(UUID id);

  @Query("SELECT * FROM ${qualifiedTable} WHERE id = :id")
  CompletionStage<Customer> byPlaceholder(UUID id);

  @Query("SELECT ttl(name) FROM ${qualifiedTable} WHERE id = :id")
  CompletionStage<Long> ttlOfName(Customer customer);

  @QueryProvider(CustomerSearch.class)
  CompletionStage<List<String>> namesByStatus(Status status);
}
