package dev.augur.example.service;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Records every warning of Vert.x's blocked-thread checker: "Thread[vert.x-eventloop-thread-1] has
 * been blocked for 312 ms, time limit is 100 ms", with the blocked thread's stack once past the
 * warning-exception time, and with why the task was late, judged by an {@link EventLoopWatch} at
 * the moment of the warning. Vert.x logs through JUL in these tests (see the module's surefire
 * configuration), under the checker's logger name.
 */
final class BlockedThreadWarnings extends Handler {
  /** Held strongly: JUL keeps loggers only weakly, and would drop the handler with it. */
  private static final Logger CHECKER = Logger.getLogger("io.vertx.core.impl.BlockedThreadChecker");

  private static final Pattern LATE =
      Pattern.compile("blocked for (\\d+) ms, time limit is (\\d+)");

  /** A warning, and the verdict on it. */
  record Warning(String text, EventLoopWatch.Verdict verdict) {
    @Override
    public String toString() {
      return verdict + ": " + text;
    }
  }

  private final List<Warning> warnings = new CopyOnWriteArrayList<>();
  private volatile EventLoopWatch watch;

  private BlockedThreadWarnings() {}

  static BlockedThreadWarnings install() {
    BlockedThreadWarnings handler = new BlockedThreadWarnings();
    handler.setLevel(Level.ALL);
    CHECKER.setLevel(Level.ALL);
    CHECKER.addHandler(handler);
    return handler;
  }

  /** From now on, judges each warning with {@code watch}; before, each is {@code UNKNOWN}. */
  void judgeWith(EventLoopWatch watch) {
    this.watch = watch;
  }

  @Override
  public void publish(LogRecord record) {
    if (record.getLevel().intValue() < Level.WARNING.intValue()) {
      return;
    }
    // The checker logs while the task is still running late: judge it now.
    EventLoopWatch current = watch;
    Thread thread = threadOf(record, current);
    Matcher late = LATE.matcher(record.getMessage());
    EventLoopWatch.Verdict verdict =
        current == null || thread == null || !late.find()
            ? new EventLoopWatch.Verdict(EventLoopWatch.Kind.UNKNOWN, "no watch for this thread")
            : current.judge(thread, Long.parseLong(late.group(1)), Long.parseLong(late.group(2)));
    if (verdict.kind() == EventLoopWatch.Kind.BLOCKING && inNettyIo(record)) {
      verdict =
          new EventLoopWatch.Verdict(
              EventLoopWatch.Kind.STARVED,
              verdict.detail()
                  + "; the thread is in netty's own non-blocking socket I/O or select, where only"
                  + " the kernel waits");
    }
    warnings.add(new Warning(describe(record), verdict));
  }

  /**
   * Whether the blocked thread's stack is netty writing to or reading from a non-blocking socket,
   * or selecting with no task: a wait there is the kernel's (a socket lock, a starved softirq),
   * never a blocking call of the code under test.
   */
  private static boolean inNettyIo(LogRecord record) {
    if (record.getThrown() == null) {
      return false;
    }
    StackTraceElement[] stack = record.getThrown().getStackTrace();
    for (int i = 0; i < Math.min(stack.length, 12); i++) {
      String frame = stack[i].getClassName() + "." + stack[i].getMethodName();
      if (frame.equals("io.netty.channel.socket.nio.NioSocketChannel.doWrite")
          || frame.equals("io.netty.channel.socket.nio.NioSocketChannel.doReadBytes")
          || frame.equals("io.netty.channel.nio.NioEventLoop.select")) {
        return true;
      }
      if (!stack[i].getClassName().startsWith("sun.nio.ch.")
          && !stack[i].getClassName().startsWith("java.nio.")
          && !stack[i].getClassName().startsWith("io.netty.")) {
        return false;
      }
    }
    return false;
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

  @Override
  public void flush() {}

  @Override
  public void close() {
    CHECKER.removeHandler(this);
    EventLoopWatch current = watch;
    if (current != null) {
      current.close();
    }
  }

  /**
   * The thread a warning names. The client's Vert.x names its threads alike: the one meant is the
   * one whose stack begins where the warning's does (the checker took it a moment ago), else the
   * watched one of that name.
   */
  private static Thread threadOf(LogRecord record, EventLoopWatch watch) {
    StackTraceElement[] blocked =
        record.getThrown() == null ? new StackTraceElement[0] : record.getThrown().getStackTrace();
    Thread named = null;
    for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
      if (record.getMessage().contains("Thread[" + thread.getKey().getName() + ",")) {
        StackTraceElement[] now = thread.getValue();
        if (blocked.length > 0 && now.length > 0 && now[0].equals(blocked[0])) {
          return thread.getKey();
        }
        if (named == null || (watch != null && watch.watches(thread.getKey()))) {
          named = thread.getKey();
        }
      }
    }
    return named;
  }

  private static String describe(LogRecord record) {
    String message = record.getMessage();
    if (record.getThrown() == null) {
      return message;
    }
    return message
        + "\n"
        + Arrays.stream(record.getThrown().getStackTrace())
            .limit(40)
            .map(frame -> "    at " + frame)
            .collect(Collectors.joining("\n"));
  }
}
