package dev.augur.it.lifecycle;

import dev.augur.annotations.Dao;
import dev.augur.annotations.Idempotent;
import dev.augur.annotations.Query;
import java.util.concurrent.CompletionStage;

/** Writes for the close-under-load test. */
@Dao
public interface LoadDao {
  String DDL = "CREATE TABLE IF NOT EXISTS load_items (id int PRIMARY KEY, v text)";

  @Idempotent(true)
  @Query("INSERT INTO load_items (id, v) VALUES (:id, :v)")
  CompletionStage<Void> put(int id, String v);
}
