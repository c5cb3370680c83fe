package dev.augur.bench.streaming;

import dev.augur.runtime.StreamOptions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * A pass through a generated DAO's {@code RowStream}: a subscriber that requests in batches of
 * {@code batch} rows and keeps two batches of demand outstanding (the usual shape of a reactive
 * consumer), asking for the next batch each time it has consumed one; or {@code forEachAsync}, whose
 * demand is unbounded. The stream's {@code StreamOptions.prefetchPages} is set per pass: on, the
 * stream fetches page n+1 when page n arrives (like {@link RawPass} with prefetch); off, once page n
 * has been delivered (like {@link RawPass} without).
 */
final class AugurPass implements Flow.Subscriber<StreamRow> {
  private final long batch;
  private final long start = System.nanoTime();
  private final CompletableFuture<Pass> done = new CompletableFuture<>();
  private Flow.Subscription subscription;
  private long rows;
  private long checksum;
  private long sinceRequest;

  private AugurPass(long batch) {
    this.batch = batch;
  }

  /** A subscriber requesting {@code batch} rows at a time, two batches ahead. */
  static CompletableFuture<Pass> run(StreamRowDao dao, long batch, boolean prefetch) {
    AugurPass pass = new AugurPass(batch);
    dao.rows(StreamOptions.DEFAULTS.prefetchPages(prefetch)).subscribe(pass);
    return pass.done;
  }

  /** {@code forEachAsync}: unbounded demand. */
  static CompletableFuture<Pass> forEach(StreamRowDao dao, boolean prefetch) {
    long start = System.nanoTime();
    long[] checksum = new long[1];
    return dao.rows(StreamOptions.DEFAULTS.prefetchPages(prefetch))
        .forEachAsync(row -> checksum[0] += Pass.checksum(row))
        .thenApply(rows -> new Pass(rows, checksum[0], System.nanoTime() - start))
        .toCompletableFuture();
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    subscription.request(2 * batch);
  }

  @Override
  public void onNext(StreamRow row) {
    rows++;
    checksum += Pass.checksum(row);
    if (++sinceRequest == batch) {
      sinceRequest = 0;
      subscription.request(batch);
    }
  }

  @Override
  public void onError(Throwable error) {
    done.completeExceptionally(error);
  }

  @Override
  public void onComplete() {
    done.complete(new Pass(rows, checksum, System.nanoTime() - start));
  }
}
