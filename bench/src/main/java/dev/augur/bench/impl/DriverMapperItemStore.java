package dev.augur.bench.impl;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.MappedAsyncPagingIterable;
import dev.augur.bench.model.DriverItemDao;
import dev.augur.bench.model.DriverMapper;
import dev.augur.bench.model.DriverMapperBuilder;
import dev.augur.bench.model.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * The workloads through the driver mapper's generated DAO, one per keyspace, created as its
 * documentation shows. Its async result type is a {@code MappedAsyncPagingIterable}; this class
 * walks its pages the way the driver's documentation does.
 */
public final class DriverMapperItemStore implements ItemStore {
  private final DriverItemDao reads;
  private final DriverItemDao writes;

  private DriverMapperItemStore(DriverItemDao reads, DriverItemDao writes) {
    this.reads = reads;
    this.writes = writes;
  }

  /**
   * Builds the mapper and both DAOs. {@code schemaValidation} is the mapper's check of the entity
   * against the table's metadata, on by default; an offline session has no metadata.
   */
  public static CompletionStage<ItemStore> create(
      CqlSession session, String readKeyspace, String writeKeyspace, boolean schemaValidation) {
    // The generated factory methods block on preparation; keep that off the caller's thread.
    return CompletableFuture.supplyAsync(
        () -> {
          DriverMapper mapper =
              new DriverMapperBuilder(session)
                  .withSchemaValidationEnabled(schemaValidation)
                  .build();
          return new DriverMapperItemStore(
              mapper.itemDao(CqlIdentifier.fromCql(readKeyspace)),
              mapper.itemDao(CqlIdentifier.fromCql(writeKeyspace)));
        });
  }

  @Override
  public String name() {
    return "mapper";
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
    CompletableFuture<List<Item>> result = new CompletableFuture<>();
    reads
        .partition(pk)
        .whenComplete((page, error) -> collect(page, error, new ArrayList<>(), result));
    return result;
  }

  private static void collect(
      MappedAsyncPagingIterable<Item> page,
      Throwable error,
      List<Item> items,
      CompletableFuture<List<Item>> result) {
    if (error != null) {
      result.completeExceptionally(error);
      return;
    }
    for (Item item : page.currentPage()) {
      items.add(item);
    }
    if (page.hasMorePages()) {
      page.fetchNextPage().whenComplete((next, e) -> collect(next, e, items, result));
    } else {
      result.complete(items);
    }
  }

  @Override
  public CompletionStage<Long> scan(Consumer<? super Item> action) {
    CompletableFuture<Long> result = new CompletableFuture<>();
    reads.all().whenComplete((page, error) -> scan(page, error, action, 0, result));
    return result;
  }

  private static void scan(
      MappedAsyncPagingIterable<Item> page,
      Throwable error,
      Consumer<? super Item> action,
      long seen,
      CompletableFuture<Long> result) {
    if (error != null) {
      result.completeExceptionally(error);
      return;
    }
    long count = seen;
    for (Item item : page.currentPage()) {
      action.accept(item);
      count++;
    }
    if (page.hasMorePages()) {
      long total = count;
      page.fetchNextPage().whenComplete((next, e) -> scan(next, e, action, total, result));
    } else {
      result.complete(count);
    }
  }
}
