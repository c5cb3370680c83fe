package dev.augur.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A subscriber that records every signal and requests only when told to (or one at a time). */
final class RecordingSubscriber<T> implements Flow.Subscriber<T> {
  private final boolean oneAtATime;
  private final List<T> items = new ArrayList<>();
  private final AtomicInteger completions = new AtomicInteger();
  private final CountDownLatch terminated = new CountDownLatch(1);
  private final AtomicInteger concurrentSignals = new AtomicInteger();
  private volatile boolean overlapped;
  private volatile Throwable error;
  private volatile Flow.Subscription subscription;

  private RecordingSubscriber(boolean oneAtATime) {
    this.oneAtATime = oneAtATime;
  }

  /** Requests nothing by itself. */
  static <T> RecordingSubscriber<T> manual() {
    return new RecordingSubscriber<>(false);
  }

  /** Requests one item, and one more after each item. */
  static <T> RecordingSubscriber<T> oneAtATime() {
    return new RecordingSubscriber<>(true);
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    if (oneAtATime) {
      subscription.request(1);
    }
  }

  @Override
  public void onNext(T item) {
    enter();
    synchronized (items) {
      items.add(item);
      items.notifyAll();
    }
    leave();
    if (oneAtATime) {
      subscription.request(1);
    }
  }

  @Override
  public void onError(Throwable throwable) {
    enter();
    error = throwable;
    terminated.countDown();
    leave();
  }

  @Override
  public void onComplete() {
    enter();
    completions.incrementAndGet();
    terminated.countDown();
    leave();
  }

  private void enter() {
    if (concurrentSignals.incrementAndGet() > 1) {
      overlapped = true;
    }
  }

  private void leave() {
    concurrentSignals.decrementAndGet();
  }

  void request(long n) {
    subscription.request(n);
  }

  void cancel() {
    subscription.cancel();
  }

  List<T> items() {
    synchronized (items) {
      return List.copyOf(items);
    }
  }

  /** Waits until at least {@code count} items arrived. */
  List<T> awaitItems(int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    synchronized (items) {
      while (items.size() < count) {
        long left = deadline - System.nanoTime();
        assertThat(left).as("waiting for %d items, have %d", count, items.size()).isPositive();
        items.wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
      }
      return List.copyOf(items);
    }
  }

  void awaitTermination() throws InterruptedException {
    assertThat(terminated.await(30, TimeUnit.SECONDS)).as("terminated within 30 s").isTrue();
  }

  int completions() {
    return completions.get();
  }

  Throwable error() {
    return error;
  }

  boolean signalsOverlapped() {
    return overlapped;
  }
}
