package dev.augur.bench.impl;

import dev.augur.bench.model.Item;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * The benchmarks' workloads, implemented three ways over the same driver session: {@link
 * RawItemStore} (hand-written driver code), {@link AugurItemStore} (a generated Augur DAO) and
 * {@link DriverMapperItemStore} (a DAO of the driver's own mapper). Every method is asynchronous;
 * reads produce the same {@link Item} objects in all three.
 */
public interface ItemStore {
  /** A short name for tables of figures: {@code raw}, {@code augur}, {@code mapper}. */
  String name();

  /** Inserts {@code item} into the write keyspace's table. */
  CompletionStage<Void> insert(Item item);

  /** The row at ({@code pk}, {@code ck}) of the read keyspace's table, or null. */
  CompletionStage<Item> get(int pk, int ck);

  /** Every row of partition {@code pk} of the read keyspace's table, all pages. */
  CompletionStage<List<Item>> partition(int pk);

  /**
   * Every row of the read keyspace's table, page after page, each passed to {@code action} on the
   * thread that delivers it; completes with the number of rows.
   */
  CompletionStage<Long> scan(Consumer<? super Item> action);
}
