package dev.augur.runtime;

import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A subscriber of a {@link RowStream} whose method has meters: counts the stream in flight from
 * {@code subscribe} until it completes, fails or is cancelled, then records its duration and any
 * error as one call of the method. Forwards every signal unchanged; only used when the session has
 * metrics.
 */
final class MeteredSubscriber<T> implements Flow.Subscriber<T> {
  private final Flow.Subscriber<? super T> delegate;
  private final DaoMetrics.MethodMeters meters;
  private final long start = System.nanoTime();
  private final AtomicBoolean finished = new AtomicBoolean();

  MeteredSubscriber(Flow.Subscriber<? super T> delegate, DaoMetrics.MethodMeters meters) {
    this.delegate = delegate;
    this.meters = meters;
    meters.started();
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    try {
      delegate.onSubscribe(
          new Flow.Subscription() {
            @Override
            public void request(long n) {
              subscription.request(n);
            }

            @Override
            public void cancel() {
              finish(null);
              subscription.cancel();
            }
          });
    } catch (RuntimeException e) {
      finish(e); // the stream treats a throwing subscriber as cancelled: no signal follows
      throw e;
    }
  }

  @Override
  public void onNext(T item) {
    try {
      delegate.onNext(item);
    } catch (RuntimeException e) {
      finish(e);
      throw e;
    }
  }

  @Override
  public void onError(Throwable error) {
    finish(error);
    delegate.onError(error);
  }

  @Override
  public void onComplete() {
    finish(null);
    delegate.onComplete();
  }

  private void finish(Throwable error) {
    if (finished.compareAndSet(false, true)) {
      meters.finished(System.nanoTime() - start, error, false);
    }
  }
}
