package dev.augur.runtime;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one timer thread behind {@link StreamOptions#deadline}: a daemon, started on first use, that
 * only flags an expired stream (the stream's own serialized loop then fails it). A stream that ends
 * in time cancels its task, which leaves the timer's queue at once.
 */
final class Deadlines {
  private Deadlines() {}

  static ScheduledFuture<?> schedule(Runnable task, Duration after) {
    return Holder.TIMER.schedule(task, after.toNanos(), TimeUnit.NANOSECONDS);
  }

  private static final class Holder {
    static final ScheduledThreadPoolExecutor TIMER = create();

    private static ScheduledThreadPoolExecutor create() {
      ScheduledThreadPoolExecutor timer =
          new ScheduledThreadPoolExecutor(
              1,
              task -> {
                Thread thread = new Thread(task, "augur-stream-deadline");
                thread.setDaemon(true);
                return thread;
              });
      timer.setRemoveOnCancelPolicy(true);
      return timer;
    }
  }
}
