package dev.augur.example.service;

import io.vertx.core.Vertx;
import io.vertx.core.impl.VertxInternal;
import io.vertx.core.impl.btc.BlockedThreadEvent;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Records every warning of a Vert.x's blocked-thread checker: "Thread[vert.x-eventloop-thread-1]
 * has been blocked for 312 ms, time limit is 100 ms", with the blocked thread's stack, and with why
 * the task was late, judged by an {@link EventLoopWatch} from what it read of the thread over the
 * late task's window. It takes the place of the checker's own handler (which logs), so it learns
 * of a late task at the moment the checker does, with the thread itself and the exact lateness;
 * the stack is taken only after the thread has been read, and nothing here looks at it to judge.
 */
final class BlockedThreadWarnings {

  /** A warning, the thread it names, and the verdict on it. */
  record Warning(String text, Thread thread, EventLoopWatch.Verdict verdict) {
    @Override
    public String toString() {
      return verdict + ": " + text;
    }
  }

  private final List<Warning> warnings = new CopyOnWriteArrayList<>();
  private final EventLoopWatch watch;

  private BlockedThreadWarnings(EventLoopWatch watch) {
    this.watch = watch;
  }

  /** Judges every warning of {@code vertx}'s checker with {@code watch}, from now on. */
  static BlockedThreadWarnings attach(Vertx vertx, EventLoopWatch watch) {
    BlockedThreadWarnings warnings = new BlockedThreadWarnings(watch);
    ((VertxInternal) vertx).blockedThreadChecker().setThreadBlockedHandler(warnings::handle);
    return warnings;
  }

  /** On the checker's thread, as soon as it finds a task late. */
  void handle(BlockedThreadEvent event) {
    try {
      // Read the threads first: the checker found the task late a moment ago.
      EventLoopWatch.Snapshot now = watch.readNow();
      handle(event, now, event.thread().getStackTrace());
    } catch (RuntimeException e) {
      // Thrown out of here, it would end the checker's timer thread, and with it every warning
      // after this one: the run would pass unwatched. It fails as a warning not judged instead.
      warnings.add(
          new Warning(
              "Thread[" + event.thread().getName() + "] late; judging it failed",
              event.thread(),
              new EventLoopWatch.Verdict(EventLoopWatch.Kind.UNKNOWN, "the watch failed: " + e)));
    }
  }

  /** As the checker's handler does, with the stack given: the tests' way in. */
  void handle(BlockedThreadEvent event, EventLoopWatch.Snapshot now, StackTraceElement[] stack) {
    long lateMillis = TimeUnit.NANOSECONDS.toMillis(event.duration());
    long limitMillis = TimeUnit.NANOSECONDS.toMillis(event.maxExecTime());
    EventLoopWatch.Verdict verdict =
        watch.judge(event.thread(), event.duration(), event.maxExecTime(), now);
    String text =
        String.format(
            "Thread[%s] has been blocked for %d ms, time limit is %d ms%s",
            event.thread().getName(),
            lateMillis,
            limitMillis,
            Arrays.stream(stack)
                .limit(40)
                .map(frame -> "\n    at " + frame)
                .collect(Collectors.joining()));
    warnings.add(new Warning(text, event.thread(), verdict));
  }

  /** Every warning since the last {@link #clear}, with its verdict. */
  List<Warning> warnings() {
    return List.copyOf(warnings);
  }

  /** The warnings that are not a starved thread: blocking, busy, or not explained. */
  List<Warning> failures() {
    return warnings.stream().filter(w -> w.verdict().isFailure()).toList();
  }

  void clear() {
    warnings.clear();
  }

  /** How often the watch could judge: "judged 11 of 12 (blocking 1, busy 0, starved 10), unknown 1". */
  static String summary(List<Warning> warnings) {
    Map<EventLoopWatch.Kind, Long> kinds = new EnumMap<>(EventLoopWatch.Kind.class);
    for (EventLoopWatch.Kind kind : EventLoopWatch.Kind.values()) {
      kinds.put(kind, 0L);
    }
    warnings.forEach(w -> kinds.merge(w.verdict().kind(), 1L, Long::sum));
    long unknown = kinds.get(EventLoopWatch.Kind.UNKNOWN);
    return String.format(
        "judged %d of %d (blocking %d, busy %d, starved %d), unknown %d",
        warnings.size() - unknown,
        warnings.size(),
        kinds.get(EventLoopWatch.Kind.BLOCKING),
        kinds.get(EventLoopWatch.Kind.BUSY),
        kinds.get(EventLoopWatch.Kind.STARVED),
        unknown);
  }

  /** Stops the watch. */
  void close() {
    watch.close();
  }
}
