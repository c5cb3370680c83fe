package dev.augur.it.derived;

import dev.augur.annotations.Dao;
import dev.augur.annotations.Query;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/** existsById, findById and deleteById, derived. */
@Dao
public interface CustomerDao {
  @Query("INSERT INTO customers (id, name) VALUES (:id, :name)")
  CompletionStage<Void> save(UUID id, String name);

  CompletionStage<Boolean> existsById(UUID id);

  CompletionStage<Optional<Customer>> findById(UUID id);

  CompletionStage<Void> deleteById(UUID id);
}
