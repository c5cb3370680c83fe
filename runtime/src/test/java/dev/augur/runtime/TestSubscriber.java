package dev.augur.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

/** Records every signal, and the thread each ran on; requests only when told to. */
final class TestSubscriber<T> implements Flow.Subscriber<T> {
  final List<T> items = new ArrayList<>();
  final List<String> threads = new ArrayList<>();
  final CountDownLatch terminated = new CountDownLatch(1);
  volatile Flow.Subscription subscription;
  volatile Throwable error;
  volatile boolean completed;

  @Override
  public synchronized void onSubscribe(Flow.Subscription subscription) {
    threads.add(Thread.currentThread().getName());
    this.subscription = subscription;
  }

  @Override
  public synchronized void onNext(T item) {
    threads.add(Thread.currentThread().getName());
    items.add(item);
  }

  @Override
  public synchronized void onError(Throwable throwable) {
    threads.add(Thread.currentThread().getName());
    error = throwable;
    terminated.countDown();
  }

  @Override
  public synchronized void onComplete() {
    threads.add(Thread.currentThread().getName());
    completed = true;
    terminated.countDown();
  }

  void request(long n) {
    subscription.request(n);
  }

  synchronized List<T> items() {
    return List.copyOf(items);
  }

  synchronized List<String> threads() {
    return List.copyOf(threads);
  }

  boolean awaitTermination() throws InterruptedException {
    return terminated.await(10, TimeUnit.SECONDS);
  }
}
