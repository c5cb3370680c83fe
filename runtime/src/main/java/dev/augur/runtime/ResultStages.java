package dev.augur.runtime;

import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Turns an execution into the stage a DAO method returns. Every stage completes exactly once, with
 * the driver's own exception on failure (never wrapped in {@code CompletionException}), and no step
 * blocks: further pages are fetched with {@code fetchNextPage()}.
 */
final class ResultStages {
  private ResultStages() {}

  static CompletionStage<Void> none(PreparedQuery<?> query, Statement<?> statement) {
    return map(query, statement, rs -> null);
  }

  static CompletionStage<Boolean> applied(PreparedQuery<?> query, Statement<?> statement) {
    return map(query, statement, AsyncResultSet::wasApplied);
  }

  static <T> CompletionStage<LwtResult<T>> lwt(PreparedQuery<T> query, Statement<?> statement) {
    return map(
        query,
        statement,
        rs -> {
          if (rs.wasApplied()) {
            return new LwtResult<>(true, null);
          }
          Row row = rs.one();
          RowMapping<T> mapping = query.mapping();
          // Cassandra returns [applied] plus the existing row's columns, or only those of the
          // condition: read what is there.
          if (row == null
              || row.getColumnDefinitions().size() <= 1
              || !(mapping instanceof EntityMapper<T> entity)) {
            return new LwtResult<>(false, null);
          }
          AugurSession session = query.session();
          return new LwtResult<>(
              false,
              entity
                  .bindLenient(
                      row.getColumnDefinitions(), session.codecRegistry(), session.protocolVersion())
                  .decode(row));
        });
  }

  static <T> CompletionStage<T> first(PreparedQuery<T> query, Statement<?> statement) {
    return map(query, statement, rs -> decodeFirst(query, rs));
  }

  static <T> CompletionStage<Optional<T>> optional(PreparedQuery<T> query, Statement<?> statement) {
    return map(query, statement, rs -> Optional.ofNullable(decodeFirst(query, rs)));
  }

  private static <T> T decodeFirst(PreparedQuery<T> query, AsyncResultSet rs) {
    Row row = rs.one();
    return row == null ? null : query.decoderFor(rs.getColumnDefinitions()).decode(row);
  }

  static <T> CompletionStage<List<T>> all(PreparedQuery<T> query, Statement<?> statement) {
    CompletableFuture<List<T>> result = new CompletableFuture<>();
    query
        .session()
        .executeAsync(statement)
        .whenComplete((rs, error) -> collect(query, rs, error, new ArrayList<>(), result));
    return result;
  }

  private static <T> void collect(
      PreparedQuery<T> query,
      AsyncResultSet page,
      Throwable error,
      List<T> rows,
      CompletableFuture<List<T>> result) {
    if (error != null) {
      result.completeExceptionally(Futures.unwrap(error));
      return;
    }
    try {
      RowMapping.Decoder<T> decoder = query.decoderFor(page.getColumnDefinitions());
      for (Row row : page.currentPage()) {
        rows.add(decoder.decode(row));
      }
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
      return;
    }
    if (page.hasMorePages()) {
      page.fetchNextPage()
          .whenComplete((next, nextError) -> collect(query, next, nextError, rows, result));
    } else {
      result.complete(rows);
    }
  }

  private static <R> CompletionStage<R> map(
      PreparedQuery<?> query, Statement<?> statement, Function<AsyncResultSet, R> mapper) {
    CompletableFuture<R> result = new CompletableFuture<>();
    query
        .session()
        .executeAsync(statement)
        .whenComplete(
            (rs, error) -> {
              if (error != null) {
                result.completeExceptionally(Futures.unwrap(error));
                return;
              }
              try {
                result.complete(mapper.apply(rs));
              } catch (RuntimeException e) {
                result.completeExceptionally(e);
              }
            });
    return result;
  }
}
