package dev.augur.it.observability;

import dev.augur.annotations.Dao;
import dev.augur.annotations.Idempotent;
import dev.augur.annotations.Query;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** Calls whose metrics, errors and logs the observability tests read. */
@Dao
public interface SecretDao {
  String SAVE = "INSERT INTO secrets (name, secret) VALUES (:name, :secret)";
  String FIND = "SELECT name, secret FROM secrets WHERE name = :name";

  @Idempotent(true)
  @Query(SAVE)
  CompletionStage<Void> save(String name, String secret);

  @Idempotent(true)
  @Query(FIND)
  CompletionStage<Optional<Secret>> find(String name);

  @Idempotent(true)
  @Query(FIND)
  Flow.Publisher<Secret> stream(String name);

  @Idempotent(true)
  @Query("SELECT name, secret FROM secrets WHERE name IN :names")
  CompletionStage<List<Secret>> findAll(List<String> names);
}
