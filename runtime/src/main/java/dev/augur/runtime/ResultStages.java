package dev.augur.runtime;

import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * What a DAO call reads from its result: readers of the first page, for {@link DaoCalls#read}, and
 * the stage of every row of every page. Stages complete exactly once, with the driver's own
 * exception on failure (never wrapped in {@code CompletionException}), and no step blocks: further
 * pages are fetched with {@code fetchNextPage()}, through the request limiter.
 */
final class ResultStages {
  private ResultStages() {}

  /** Reads nothing: for statements whose rows are not read. */
  static Void none(AsyncResultSet rs) {
    return null;
  }

  /** Whether a conditional statement was applied. */
  static Boolean applied(AsyncResultSet rs) {
    return rs.wasApplied();
  }

  /** Whether a lightweight transaction was applied, and if not the row Cassandra returned. */
  static <T> LwtResult<T> lwt(PreparedQuery<T> query, AsyncResultSet rs) {
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
  }

  /** The first row, or null. */
  static <T> T first(PreparedQuery<T> query, AsyncResultSet rs) {
    Row row = rs.one();
    return row == null ? null : query.decoderFor(rs.getColumnDefinitions()).decode(row);
  }

  /** The first row, or empty. */
  static <T> Optional<T> optional(PreparedQuery<T> query, AsyncResultSet rs) {
    return Optional.ofNullable(first(query, rs));
  }

  /**
   * Runs the statement; completes with whether any page holds a row, fetching the next page only
   * while the pages so far were empty.
   */
  static CompletionStage<Boolean> exists(PreparedQuery<?> query, Statement<?> statement) {
    CompletableFuture<Boolean> result = new CompletableFuture<>();
    query
        .session()
        .sendForCall(statement)
        .whenComplete((rs, error) -> seek(query, rs, error, result));
    return result;
  }

  private static void seek(
      PreparedQuery<?> query,
      AsyncResultSet page,
      Throwable error,
      CompletableFuture<Boolean> result) {
    if (error != null) {
      query.session().deliver(result, null, error);
    } else if (page.remaining() > 0 || !page.hasMorePages()) {
      query.session().deliver(result, page.remaining() > 0, null);
    } else {
      query
          .session()
          .fetchNextForCall(page)
          .whenComplete((next, nextError) -> seek(query, next, nextError, result));
    }
  }

  /** Runs the statement and fetches every page without blocking; completes with all rows. */
  static <T> CompletionStage<List<T>> all(PreparedQuery<T> query, Statement<?> statement) {
    CompletableFuture<List<T>> result = new CompletableFuture<>();
    query
        .session()
        .sendForCall(statement)
        .whenComplete((rs, error) -> collectOnCallbackThread(query, rs, error, List.of(), result));
    return result;
  }

  private static <T> void collectOnCallbackThread(
      PreparedQuery<T> query,
      AsyncResultSet page,
      Throwable error,
      List<T> rows,
      CompletableFuture<List<T>> result) {
    AugurSession session = query.session();
    if (session.callbackExecutor() == null) {
      collect(query, page, error, rows, result);
    } else {
      session.onCallbackThread(
          () -> collect(query, page, error, rows, result), result::completeExceptionally);
    }
  }

  /**
   * Reads {@code page} after {@code rows} (the rows of the pages before), then the next page. With
   * the session's {@link AugurSession#prefetchPages} on, the next page is requested before this one
   * is read, so that its round trip overlaps the reading; one that has already arrived when this one
   * is read is read in the same loop, not by a nested call.
   */
  private static <T> void collect(
      PreparedQuery<T> query,
      AsyncResultSet page,
      Throwable error,
      List<T> rows,
      CompletableFuture<List<T>> result) {
    AugurSession session = query.session();
    List<T> read = rows;
    AsyncResultSet at = page;
    Throwable failure = error;
    while (true) {
      if (failure != null) {
        result.completeExceptionally(Futures.unwrap(failure));
        return;
      }
      CompletableFuture<AsyncResultSet> next =
          session.prefetchPages() && at.hasMorePages()
              ? session.fetchNextForCall(at).toCompletableFuture()
              : null;
      try {
        RowMapping.Decoder<T> decoder = query.decoderFor(at.getColumnDefinitions());
        if (read.isEmpty()) {
          read = new ArrayList<>(at.hasMorePages() ? 2 * at.remaining() : at.remaining());
        }
        for (Row row : at.currentPage()) {
          read.add(decoder.decode(row));
        }
      } catch (RuntimeException e) {
        result.completeExceptionally(e); // a page fetched ahead is dropped when it comes
        return;
      }
      if (!at.hasMorePages()) {
        result.complete(read);
        return;
      }
      if (next == null) {
        next = session.fetchNextForCall(at).toCompletableFuture();
      }
      if (!next.isDone() || session.callbackExecutor() != null) {
        List<T> sofar = read;
        next.whenComplete(
            (nextPage, nextError) ->
                collectOnCallbackThread(query, nextPage, nextError, sofar, result));
        return;
      }
      try {
        at = next.join();
      } catch (CompletionException | CancellationException e) {
        failure = e;
      }
    }
  }
}
