package dev.augur.bench.streaming;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * A pass through the generated DAO's {@code Flow.Publisher}: a subscriber that requests in batches
 * of {@code batch} rows, keeping two batches of demand outstanding (it asks for the next batch each
 * time it has consumed one), the usual shape of a prefetching reactive consumer. With batches of a
 * page, the stream always has a page in flight while the subscriber reads the current one.
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

  static CompletableFuture<Pass> run(StreamRowDao dao, long batch) {
    AugurPass pass = new AugurPass(batch);
    dao.all().subscribe(pass);
    return pass.done;
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
