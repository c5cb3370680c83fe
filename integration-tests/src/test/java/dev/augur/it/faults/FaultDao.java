package dev.augur.it.faults;

import dev.augur.annotations.Dao;
import dev.augur.annotations.Idempotent;
import dev.augur.annotations.Query;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Statements the simulated cluster is primed for: idempotent ones the driver may retry or execute
 * speculatively, and non-idempotent ones it must send once. The flags are explicit so that the
 * tests do not depend on how the processor infers them.
 */
@Dao
public interface FaultDao {
  String FIND = "SELECT id, name FROM kv WHERE id = :id";
  String FIND_ONCE = "SELECT name, id FROM kv WHERE id = :id";
  String PUT = "INSERT INTO kv (id, name) VALUES (:id, :name)";
  String INCREMENT = "UPDATE hits SET n = n + :delta WHERE id = :id";

  @Idempotent(true)
  @Query(FIND)
  CompletionStage<Optional<Item>> find(int id);

  @Idempotent(true)
  @Query(FIND)
  Flow.Publisher<Item> stream(int id);

  /** A read marked non-idempotent: the driver's default policy still retries its read timeouts. */
  @Idempotent(false)
  @Query(FIND_ONCE)
  CompletionStage<Optional<Item>> findOnce(int id);

  @Idempotent(true)
  @Query(PUT)
  CompletionStage<Void> put(int id, String name);

  /** A counter increment: sent twice, it counts twice. */
  @Idempotent(false)
  @Query(INCREMENT)
  CompletionStage<Void> increment(int id, long delta);
}
