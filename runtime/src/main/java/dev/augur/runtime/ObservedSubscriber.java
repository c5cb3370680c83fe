package dev.augur.runtime;

import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A subscriber of a {@link RowStream} whose statement is observed: one call for the session's
 * {@link DaoObserver}, from {@code subscribe} until the stream completes, fails or is cancelled,
 * with the rows it delivered. Forwards every signal unchanged; only used when the session has an
 * observer.
 */
final class ObservedSubscriber<T> implements Flow.Subscriber<T> {
  private final Flow.Subscriber<? super T> delegate;
  private final DaoCalls.Site site;
  private final DaoObserver.Observation observation;
  private final long start = System.nanoTime();
  private final AtomicBoolean finished = new AtomicBoolean();
  private volatile long rows; // written by onNext alone (signals never overlap), read at the end

  ObservedSubscriber(Flow.Subscriber<? super T> delegate, DaoCalls.Site site) {
    this.delegate = delegate;
    this.site = site;
    this.observation = DaoCalls.start(site);
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
    rows++;
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
      DaoCalls.end(site, observation, System.nanoTime() - start, rows, error, false);
    }
  }
}
