package dev.augur.bench.impl;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.type.reflect.GenericType;
import dev.augur.bench.model.Item;
import dev.augur.bench.model.Items;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * Hand-written driver code, as a careful user writes it: statements prepared once, values bound and
 * read by position, the {@code GenericType} of the set made once. The baseline the other two are
 * measured against.
 */
public final class RawItemStore implements ItemStore {
  private static final GenericType<Set<String>> SET_OF_TEXT = GenericType.setOf(String.class);

  private final CqlSession session;
  private final PreparedStatement insert;
  private final PreparedStatement get;
  private final PreparedStatement partition;
  private final PreparedStatement scan;

  private RawItemStore(
      CqlSession session,
      PreparedStatement insert,
      PreparedStatement get,
      PreparedStatement partition,
      PreparedStatement scan) {
    this.session = session;
    this.insert = insert;
    this.get = get;
    this.partition = partition;
    this.scan = scan;
  }

  /** Prepares the statements concurrently. */
  public static CompletionStage<ItemStore> create(
      CqlSession session, String readKeyspace, String writeKeyspace) {
    String columns = Items.COLUMNS;
    CompletableFuture<PreparedStatement> insert =
        prepare(
            session,
            "INSERT INTO "
                + writeKeyspace
                + ".items ("
                + columns
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            true);
    CompletableFuture<PreparedStatement> get =
        prepare(
            session,
            "SELECT " + columns + " FROM " + readKeyspace + ".items WHERE pk = ? AND ck = ?",
            true);
    CompletableFuture<PreparedStatement> partition =
        prepare(
            session, "SELECT " + columns + " FROM " + readKeyspace + ".items WHERE pk = ?", true);
    CompletableFuture<PreparedStatement> scan =
        prepare(session, "SELECT " + columns + " FROM " + readKeyspace + ".items", true);
    return CompletableFuture.allOf(insert, get, partition, scan)
        .thenApply(
            ignored ->
                new RawItemStore(
                    session, insert.join(), get.join(), partition.join(), scan.join()));
  }

  private static CompletableFuture<PreparedStatement> prepare(
      CqlSession session, String cql, boolean idempotent) {
    return session
        .prepareAsync(SimpleStatement.builder(cql).setIdempotence(idempotent).build())
        .toCompletableFuture();
  }

  @Override
  public String name() {
    return "raw";
  }

  /** Binds every column by position. */
  public BoundStatement bindInsert(Item item) {
    return insert
        .boundStatementBuilder()
        .setInt(0, item.getPk())
        .setInt(1, item.getCk())
        .setString(2, item.getName())
        .setBigDecimal(3, item.getPrice())
        .setBoolean(4, item.isActive())
        .setInstant(5, item.getCreatedAt())
        .set(6, item.getTags(), SET_OF_TEXT)
        .setDouble(7, item.getScore())
        .setUuid(8, item.getRef())
        .setLong(9, item.getQuantity())
        .build();
  }

  /** Reads every column by position, in the order of the SELECT. */
  public static Item read(Row row) {
    return new Item(
        row.getInt(0),
        row.getInt(1),
        row.getString(2),
        row.getBigDecimal(3),
        row.getBoolean(4),
        row.getInstant(5),
        row.get(6, SET_OF_TEXT),
        row.getDouble(7),
        row.getUuid(8),
        row.getLong(9));
  }

  @Override
  public CompletionStage<Void> insert(Item item) {
    return session.executeAsync(bindInsert(item)).thenApply(rs -> null);
  }

  @Override
  public CompletionStage<Item> get(int pk, int ck) {
    return session
        .executeAsync(get.boundStatementBuilder().setInt(0, pk).setInt(1, ck).build())
        .thenApply(
            rs -> {
              Row row = rs.one();
              return row == null ? null : read(row);
            });
  }

  @Override
  public CompletionStage<List<Item>> partition(int pk) {
    CompletableFuture<List<Item>> result = new CompletableFuture<>();
    session
        .executeAsync(partition.boundStatementBuilder().setInt(0, pk).build())
        .whenComplete((rs, error) -> collect(rs, error, new ArrayList<>(), result));
    return result;
  }

  private static void collect(
      AsyncResultSet rs, Throwable error, List<Item> items, CompletableFuture<List<Item>> result) {
    if (error != null) {
      result.completeExceptionally(error);
      return;
    }
    for (Row row : rs.currentPage()) {
      items.add(read(row));
    }
    if (rs.hasMorePages()) {
      rs.fetchNextPage().whenComplete((next, e) -> collect(next, e, items, result));
    } else {
      result.complete(items);
    }
  }

  @Override
  public CompletionStage<Long> scan(Consumer<? super Item> action) {
    CompletableFuture<Long> result = new CompletableFuture<>();
    session
        .executeAsync(scan.bind())
        .whenComplete((rs, error) -> scan(rs, error, action, 0, result));
    return result;
  }

  private static void scan(
      AsyncResultSet rs,
      Throwable error,
      Consumer<? super Item> action,
      long seen,
      CompletableFuture<Long> result) {
    if (error != null) {
      result.completeExceptionally(error);
      return;
    }
    long count = seen;
    for (Row row : rs.currentPage()) {
      action.accept(read(row));
      count++;
    }
    if (rs.hasMorePages()) {
      long total = count;
      rs.fetchNextPage().whenComplete((next, e) -> scan(next, e, action, total, result));
    } else {
      result.complete(count);
    }
  }
}
