package dev.augur.bench.streaming;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * A pass through the generated DAO's {@code Flow.Publisher}: a subscriber that requests in batches
 * of {@code batch} rows, asking for the next batch each time it has consumed one. With {@code
 * ahead}, it keeps two batches of demand outstanding, the usual shape of a prefetching reactive
 * consumer: with batches of a page, the stream then has the next page in flight while the
 * subscriber reads the current one (like {@link RawPass} with prefetch). Without, it has one batch
 * outstanding, and the next page is fetched when the current one is read (like {@link RawPass}
 * without).
 */
final class AugurPass implements Flow.Subscriber<StreamRow> {
  private final long batch;
  private final boolean ahead;
  private final long start = System.nanoTime();
  private final CompletableFuture<Pass> done = new CompletableFuture<>();
  private Flow.Subscription subscription;
  private long rows;
  private long checksum;
  private long sinceRequest;

  private AugurPass(long batch, boolean ahead) {
    this.batch = batch;
    this.ahead = ahead;
  }

  static CompletableFuture<Pass> run(StreamRowDao dao, long batch, boolean ahead) {
    AugurPass pass = new AugurPass(batch, ahead);
    dao.all().subscribe(pass);
    return pass.done;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    subscription.request(ahead ? 2 * batch : batch);
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
