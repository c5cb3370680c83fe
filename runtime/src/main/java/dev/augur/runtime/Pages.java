package dev.augur.runtime;

import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.PagingState;
import com.datastax.oss.driver.api.core.cql.Row;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Reads one page of a statement for a {@link PageRequest}, and the pages after it. */
final class Pages {
  private Pages() {}

  /**
   * Runs {@code statement} from the page {@code request} points to. A bad token fails the stage
   * with an {@link InvalidPageTokenException} before anything is sent.
   */
  static <T> CompletionStage<Page<T>> read(
      PreparedQuery<T> query, BoundStatement statement, PageRequest request) {
    BoundStatement sized = statement.setPageSize(request.size());
    if (request.token().isPresent()) {
      AugurSession session = query.session();
      ByteBuffer state;
      try {
        state =
            session
                .pageTokens()
                .decode(query.spec().method(), request.token().get(), sized, session.cqlSession());
      } catch (InvalidPageTokenException e) {
        return CompletableFuture.failedFuture(e);
      }
      sized = sized.setPagingState(state);
    }
    return fetch(query, sized);
  }

  private static <T> CompletionStage<Page<T>> fetch(PreparedQuery<T> query, BoundStatement at) {
    CancellableCall<Page<T>> result = new CancellableCall<>();
    CompletionStage<AsyncResultSet> sent = query.session().executeAsync(at);
    result.sending(sent);
    sent.whenComplete(
            (rs, error) -> {
              if (error != null) {
                result.completeExceptionally(Futures.unwrap(error));
                return;
              }
              try {
                result.complete(toPage(query, at, rs));
              } catch (RuntimeException e) {
                result.completeExceptionally(e);
              }
            });
    return result;
  }

  private static <T> Page<T> toPage(PreparedQuery<T> query, BoundStatement at, AsyncResultSet rs) {
    RowMapping.Decoder<T> decoder = query.decoderFor(rs.getColumnDefinitions());
    List<T> rows = new ArrayList<>(rs.remaining());
    for (Row row : rs.currentPage()) {
      rows.add(decoder.decode(row));
    }
    if (!rs.hasMorePages()) {
      return new Page<>(rows, null, null);
    }
    PagingState state = rs.getExecutionInfo().getSafePagingState();
    ByteBuffer raw = rs.getExecutionInfo().getPagingState();
    String token = query.session().pageTokens().encode(state);
    // The next page is a call of its own: refused once the session is closing, counted, timed.
    BoundStatement next = at.setPagingState(raw);
    return new Page<>(
        rows, token, () -> query.call(next, s -> fetch(query, (BoundStatement) s)));
  }
}
