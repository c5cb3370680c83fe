package dev.augur.example.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Records every warning of Vert.x's blocked-thread checker: "Thread[vert.x-eventloop-thread-1] has
 * been blocked for 312 ms, time limit is 100 ms", with the blocked thread's stack once past the
 * warning-exception time. Vert.x logs through JUL in these tests (see the module's surefire
 * configuration), under the checker's logger name.
 */
final class BlockedThreadWarnings extends Handler {
  /** Held strongly: JUL keeps loggers only weakly, and would drop the handler with it. */
  private static final Logger CHECKER = Logger.getLogger("io.vertx.core.impl.BlockedThreadChecker");

  private final List<LogRecord> warnings = new CopyOnWriteArrayList<>();

  private BlockedThreadWarnings() {}

  static BlockedThreadWarnings install() {
    BlockedThreadWarnings handler = new BlockedThreadWarnings();
    handler.setLevel(Level.ALL);
    CHECKER.setLevel(Level.ALL);
    CHECKER.addHandler(handler);
    return handler;
  }

  @Override
  public void publish(LogRecord record) {
    if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
      // The checker logs while the thread is still blocked: its state tells waiting (sleep, lock,
      // I/O) from running (busy, or starved of CPU), which helps to read the stack.
      record.setMessage(record.getMessage() + " [state now: " + stateOf(record) + "]");
      warnings.add(record);
    }
  }

  /**
   * The state of the thread the warning names. The client's Vert.x names its threads alike: the one
   * meant is the one whose stack begins where the warning's does.
   */
  private static String stateOf(LogRecord record) {
    StackTraceElement[] blocked =
        record.getThrown() == null ? new StackTraceElement[0] : record.getThrown().getStackTrace();
    List<String> states = new ArrayList<>();
    for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
      if (record.getMessage().contains("Thread[" + thread.getKey().getName() + ",")) {
        StackTraceElement[] now = thread.getValue();
        if (blocked.length > 0 && now.length > 0 && now[0].equals(blocked[0])) {
          return thread.getKey().getState().toString();
        }
        states.add(thread.getKey().getState().toString());
      }
    }
    return "one of " + states;
  }

  /** Each warning: its message, and the blocked thread's stack if the checker logged it. */
  List<String> warnings() {
    return warnings.stream().map(BlockedThreadWarnings::describe).toList();
  }

  void clear() {
    warnings.clear();
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    CHECKER.removeHandler(this);
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
