package dev.augur.it.faults;

import dev.augur.annotations.Dao;
import dev.augur.annotations.Idempotent;
import dev.augur.annotations.Query;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Statements the simulated cluster is primed for: idempotent ones the driver may retry or execute
 * speculatively, and non-idempotent ones it must send once. The first methods' flags are explicit,
 * so that those tests do not depend on how the processor infers them; the last four have no
 * {@code @Idempotent}: their flag is the processor's inference from the CQL and the entities of the
 * tables ({@link Hit}, {@link Tagged}, {@link Item}).
 */
@Dao
public interface FaultDao {
  String FIND = "SELECT id, name FROM kv WHERE id = :id";
  String FIND_ONCE = "SELECT name, id FROM kv WHERE id = :id";
  String PUT = "INSERT INTO kv (id, name) VALUES (:id, :name)";
  String INCREMENT = "UPDATE hits SET n = n + :delta WHERE id = :id";
  String INFERRED_INCREMENT = "UPDATE hits SET n = n + :step WHERE id = :id";
  String INFERRED_APPEND = "UPDATE tagged SET tags = tags + :more WHERE id = :id";
  String INFERRED_LWT = "INSERT INTO kv (id, name) VALUES (:id, :name) IF NOT EXISTS";
  String INFERRED_UPSERT = "UPDATE kv SET name = :name WHERE id = :id";

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

  /** Inferred non-idempotent: a counter increment. */
  @Query(INFERRED_INCREMENT)
  CompletionStage<Void> incrementBy(int id, long step);

  /** Inferred non-idempotent: a list append, which appends twice if sent twice. */
  @Query(INFERRED_APPEND)
  CompletionStage<Void> append(int id, List<String> more);

  /** Inferred non-idempotent: a lightweight transaction, whose second send reads its own write. */
  @Query(INFERRED_LWT)
  CompletionStage<Boolean> insertIfAbsent(int id, String name);

  /** Inferred idempotent: a plain upsert of a regular column. */
  @Query(INFERRED_UPSERT)
  CompletionStage<Void> rename(int id, String name);
}
