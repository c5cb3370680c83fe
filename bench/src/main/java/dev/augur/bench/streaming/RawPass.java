package dev.augur.bench.streaming;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.ColumnDefinitions;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A pass with the driver alone: {@code executeAsync}, then {@code fetchNextPage()} page after page,
 * each row read by index (indexes resolved once) into the same record. Two shapes: {@code prefetch}
 * asks for the next page before reading the current one (the fastest hand-written loop), otherwise
 * after it (the shape of the driver manual's example).
 */
final class RawPass {
  private final boolean prefetch;
  private final long start = System.nanoTime();
  private final CompletableFuture<Pass> done = new CompletableFuture<>();
  private int bucket = -1;
  private int seq;
  private int name;
  private int amount;
  private int takenAt;
  private int tag;
  private long rows;
  private long checksum;

  private RawPass(boolean prefetch) {
    this.prefetch = prefetch;
  }

  static CompletableFuture<Pass> run(CqlSession session, PreparedStatement all, boolean prefetch) {
    RawPass pass = new RawPass(prefetch);
    session.executeAsync(all.bind()).whenComplete(pass::onPage);
    return pass.done;
  }

  private void onPage(AsyncResultSet page, Throwable error) {
    if (error != null) {
      done.completeExceptionally(error);
      return;
    }
    try {
      if (bucket < 0) {
        resolve(page.getColumnDefinitions());
      }
      CompletionStage<AsyncResultSet> next =
          prefetch && page.hasMorePages() ? page.fetchNextPage() : null;
      for (Row row : page.currentPage()) {
        StreamRow value =
            new StreamRow(
                row.getInt(bucket),
                row.getInt(seq),
                row.getString(name),
                row.getDouble(amount),
                row.getInstant(takenAt),
                row.getUuid(tag));
        rows++;
        checksum += Pass.checksum(value);
      }
      if (page.hasMorePages()) {
        (next != null ? next : page.fetchNextPage()).whenComplete(this::onPage);
      } else {
        done.complete(new Pass(rows, checksum, System.nanoTime() - start));
      }
    } catch (RuntimeException e) {
      done.completeExceptionally(e);
    }
  }

  private void resolve(ColumnDefinitions columns) {
    bucket = columns.firstIndexOf("bucket");
    seq = columns.firstIndexOf("seq");
    name = columns.firstIndexOf("name");
    amount = columns.firstIndexOf("amount");
    takenAt = columns.firstIndexOf("taken_at");
    tag = columns.firstIndexOf("tag");
  }
}
