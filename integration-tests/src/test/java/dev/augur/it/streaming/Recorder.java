package dev.augur.it.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A subscriber that records every signal and the thread it ran on, detects overlapping signals, and
 * requests in batches of {@code batch} (0: only when told to), optionally pausing after each item
 * like a slow consumer.
 */
final class Recorder<T> implements Flow.Subscriber<T> {
  private final long batch;
  private final long pauseMillis;
  private final Consumer<Recorder<T>> onItem;
  private final List<T> items = new ArrayList<>();
  private final List<String> threads = new ArrayList<>();
  private final CountDownLatch terminated = new CountDownLatch(1);
  private final CountDownLatch subscribed = new CountDownLatch(1);
  private final AtomicInteger concurrentSignals = new AtomicInteger();
  private volatile boolean overlapped;
  private volatile Throwable error;
  private volatile boolean completed;
  private volatile Flow.Subscription subscription;
  private long receivedInBatch;

  private Recorder(long batch, long pauseMillis, Consumer<Recorder<T>> onItem) {
    this.batch = batch;
    this.pauseMillis = pauseMillis;
    this.onItem = onItem;
  }

  /** Requests nothing by itself. */
  static <T> Recorder<T> manual() {
    return new Recorder<>(0, 0, r -> {});
  }

  /** Requests {@code batch} items, and {@code batch} more each time a batch has arrived. */
  static <T> Recorder<T> inBatches(long batch) {
    return new Recorder<>(batch, 0, r -> {});
  }

  /** Requests one at a time and takes {@code pauseMillis} over each item; calls {@code onItem}. */
  static <T> Recorder<T> slow(long pauseMillis, Consumer<Recorder<T>> onItem) {
    return new Recorder<>(1, pauseMillis, onItem);
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    enter();
    this.subscription = subscription;
    subscribed.countDown();
    leave();
    if (batch > 0) {
      subscription.request(batch);
    }
  }

  @Override
  public void onNext(T item) {
    enter();
    synchronized (this) {
      items.add(item);
      notifyAll();
    }
    onItem.accept(this);
    if (pauseMillis > 0) {
      try {
        Thread.sleep(pauseMillis); // a slow consumer, on its own thread (see the callers)
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    leave();
    if (batch > 0 && ++receivedInBatch == batch) {
      receivedInBatch = 0;
      subscription.request(batch);
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
    completed = true;
    terminated.countDown();
    leave();
  }

  private void enter() {
    synchronized (this) {
      threads.add(Thread.currentThread().getName());
    }
    if (concurrentSignals.incrementAndGet() > 1) {
      overlapped = true;
    }
  }

  private void leave() {
    concurrentSignals.decrementAndGet();
  }

  /**
   * Requests {@code n}, once {@code onSubscribe} has run (on a callback executor, it may not yet).
   */
  void request(long n) throws InterruptedException {
    assertThat(subscribed.await(30, TimeUnit.SECONDS)).as("subscribed within 30 s").isTrue();
    subscription.request(n);
  }

  void cancel() {
    subscription.cancel(); // from onNext, or after request: onSubscribe has run
  }

  synchronized List<T> items() {
    return List.copyOf(items);
  }

  synchronized int count() {
    return items.size();
  }

  synchronized List<String> threads() {
    return List.copyOf(threads);
  }

  /** Waits until at least {@code count} items arrived. */
  void awaitItems(int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    synchronized (this) {
      while (items.size() < count) {
        long left = deadline - System.nanoTime();
        assertThat(left).as("waiting for %d items, have %d", count, items.size()).isPositive();
        wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
      }
    }
  }

  void awaitTermination() throws InterruptedException {
    assertThat(terminated.await(60, TimeUnit.SECONDS)).as("terminated within 60 s").isTrue();
  }

  boolean completed() {
    return completed;
  }

  Throwable error() {
    return error;
  }

  boolean signalsOverlapped() {
    return overlapped;
  }
}
