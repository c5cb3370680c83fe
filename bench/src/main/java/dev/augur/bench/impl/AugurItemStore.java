package dev.augur.bench.impl;

import dev.augur.bench.model.AugurItemDao;
import dev.augur.bench.model.Item;
import dev.augur.bench.model.ItemDao;
import dev.augur.runtime.AugurSession;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.function.Consumer;

/**
 * The workloads through Augur's generated {@code AugurItemDao}: one DAO for the read keyspace, one
 * for the write keyspace, created as the README shows.
 */
public final class AugurItemStore implements ItemStore {
  private final ItemDao reads;
  private final ItemDao writes;

  private AugurItemStore(ItemDao reads, ItemDao writes) {
    this.reads = reads;
    this.writes = writes;
  }

  /** Creates both DAOs, their statements prepared concurrently. */
  public static CompletionStage<ItemStore> create(
      AugurSession session, String readKeyspace, String writeKeyspace) {
    CompletableFuture<ItemDao> reads =
        AugurItemDao.create(session, readKeyspace).toCompletableFuture();
    CompletableFuture<ItemDao> writes =
        AugurItemDao.create(session, writeKeyspace).toCompletableFuture();
    return reads.thenCombine(writes, AugurItemStore::new);
  }

  @Override
  public String name() {
    return "augur";
  }

  @Override
  public CompletionStage<Void> insert(Item item) {
    return writes.save(item);
  }

  @Override
  public CompletionStage<Item> get(int pk, int ck) {
    return reads.find(pk, ck);
  }

  @Override
  public CompletionStage<List<Item>> partition(int pk) {
    return reads.partition(pk);
  }

  /** Subscribes to the DAO's publisher with unbounded demand, as {@code forEachAsync} does. */
  @Override
  public CompletionStage<Long> scan(Consumer<? super Item> action) {
    CompletableFuture<Long> result = new CompletableFuture<>();
    reads
        .all()
        .subscribe(
            new Flow.Subscriber<Item>() {
              private long seen;

              @Override
              public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
              }

              @Override
              public void onNext(Item item) {
                action.accept(item);
                seen++;
              }

              @Override
              public void onError(Throwable error) {
                result.completeExceptionally(error);
              }

              @Override
              public void onComplete() {
                result.complete(seen);
              }
            });
    return result;
  }
}
