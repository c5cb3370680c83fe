package dev.augur.bench.e2e;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Keeps a fixed number of operations in flight for a fixed time: each completion records its
 * latency and starts the next operation, on the thread that completed it (a driver I/O thread),
 * until the time is up. The client's CPU time and allocation are taken from the first start to the
 * last completion.
 */
final class ClosedLoop {
  /**
   * Failures are retried after a pause, off the failing thread, so a synchronous one can't spin.
   */
  private static final Executor RETRY =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "bench-retry");
            thread.setDaemon(true);
            return thread;
          });

  private ClosedLoop() {}

  /** The figures of one run. */
  record Result(
      long operations,
      long errors,
      long elapsedNanos,
      long cpuNanos,
      long allocatedBytes,
      int threads,
      Histogram latencies) {
    double perSecond() {
      return operations * 1e9 / elapsedNanos;
    }

    double cpuMicrosPerOperation() {
      return cpuNanos / 1e3 / operations;
    }

    double bytesPerOperation() {
      return (double) allocatedBytes / operations;
    }
  }

  /**
   * Runs {@code operation} (given a sequence number) with {@code concurrency} in flight for {@code
   * seconds}.
   */
  static Result run(IntFunction<CompletionStage<?>> operation, int concurrency, double seconds)
      throws InterruptedException {
    Recorder recorder = new Recorder(3);
    AtomicLong sequence = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    AtomicLong lastCompletion = new AtomicLong();
    CountDownLatch done = new CountDownLatch(concurrency);
    ProcessMetrics before = ProcessMetrics.now();
    long start = System.nanoTime();
    long deadline = start + (long) (seconds * 1e9);
    Loop loop = new Loop(operation, recorder, sequence, errors, lastCompletion, done, deadline);
    for (int i = 0; i < concurrency; i++) {
      loop.next();
    }
    if (!done.await((long) (seconds + 120), TimeUnit.SECONDS)) {
      throw new IllegalStateException("operations still in flight 2 minutes after the deadline");
    }
    ProcessMetrics after = ProcessMetrics.now();
    long operations = sequence.get() - errors.get();
    return new Result(
        operations,
        errors.get(),
        lastCompletion.get() - start,
        after.cpuSince(before),
        after.allocatedSince(before),
        after.threads(),
        recorder.getIntervalHistogram());
  }

  private record Loop(
      IntFunction<CompletionStage<?>> operation,
      Recorder recorder,
      AtomicLong sequence,
      AtomicLong errors,
      AtomicLong lastCompletion,
      CountDownLatch done,
      long deadline) {

    void next() {
      long started = System.nanoTime();
      CompletionStage<?> stage;
      try {
        stage = operation.apply((int) sequence.getAndIncrement());
      } catch (RuntimeException e) {
        failed(e);
        return;
      }
      stage.whenComplete(
          (result, error) -> {
            long now = System.nanoTime();
            lastCompletion.accumulateAndGet(now, Math::max);
            if (error != null) {
              failed(error);
              return;
            }
            recorder.recordValue(now - started);
            if (now < deadline) {
              next();
            } else {
              done.countDown();
            }
          });
    }

    private void failed(Throwable error) {
      if (errors.incrementAndGet() <= 3) {
        System.err.println("operation failed: " + error);
      }
      if (System.nanoTime() < deadline) {
        RETRY.execute(
            () -> {
              try {
                Thread.sleep(1);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              next();
            });
      } else {
        done.countDown();
      }
    }
  }
}
