package dev.augur.example;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Runs {@code count} asynchronous writes with at most {@code maxInFlight} outstanding, without
 * blocking any thread: each completion starts the next write. The stage fails with the first
 * write's failure, after the writes already started have finished.
 */
public final class BoundedWrites {
  private final int count;
  private final IntFunction<CompletionStage<?>> write;
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicInteger finished = new AtomicInteger();
  private final CompletableFuture<Integer> done = new CompletableFuture<>();
  private volatile Throwable failure;

  private BoundedWrites(int count, IntFunction<CompletionStage<?>> write) {
    this.count = count;
    this.write = write;
  }

  /** Completes with {@code count} once every write succeeded. */
  public static CompletionStage<Integer> run(
      int count, int maxInFlight, IntFunction<CompletionStage<?>> write) {
    BoundedWrites writes = new BoundedWrites(count, write);
    if (count == 0) {
      return CompletableFuture.completedFuture(0);
    }
    for (int i = 0; i < Math.min(maxInFlight, count); i++) {
      writes.startNext();
    }
    return writes.done;
  }

  private void startNext() {
    int index = next.getAndIncrement();
    if (index >= count || failure != null) {
      return;
    }
    CompletionStage<?> stage;
    try {
      stage = write.apply(index);
    } catch (RuntimeException e) {
      stage = CompletableFuture.failedFuture(e);
    }
    stage.whenComplete(
        (ignored, error) -> {
          if (error != null && failure == null) {
            failure = error;
          }
          int total = finished.incrementAndGet();
          if (failure != null && total == Math.min(next.get(), count)) {
            done.completeExceptionally(failure);
          } else if (total == count) {
            done.complete(count);
          } else {
            startNext();
          }
        });
  }
}
