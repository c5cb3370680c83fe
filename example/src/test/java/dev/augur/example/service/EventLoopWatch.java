package dev.augur.example.service;

import io.netty.util.concurrent.EventExecutor;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Watches the service's event-loop threads from the kernel's side, to tell why the blocked-thread
 * checker warned. Vert.x measures wall-clock time from the start of a task; a task is late either
 * because its thread waited for something (slept, waited on a lock or a future, blocked in I/O), or
 * because it computed for that long, or because it was ready to run and got no core. The first two
 * are bugs; the third is a machine shared by more runnable threads than cores.
 *
 * <p>Every 5 ms it samples, for each event loop, the kernel's state of the thread ({@code R}
 * running or runnable, {@code S}/{@code D} waiting, from {@code /proc/self/task/<tid>/stat}) and
 * its CPU time. Over the late task's window: time spent waiting ({@code S}/{@code D}) of half the
 * threshold or more is {@link Kind#BLOCKING}; CPU time of half the threshold or more is {@link
 * Kind#BUSY}; otherwise the thread was runnable without running, {@link Kind#STARVED}. Waiting
 * during garbage-collection pauses (the JVM stops every thread) is not counted. If the watch itself
 * got no core during the window, the machine was starving threads: {@link Kind#STARVED} too.
 * Without {@code /proc} (not Linux), or with too few samples otherwise, a warning is {@link
 * Kind#UNKNOWN}, which counts as a failure.
 */
final class EventLoopWatch implements AutoCloseable {
  private static final long INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
  private static final int KEPT = 4_000; // 20 s of samples

  /** Why a task of an event loop ran late. */
  enum Kind {
    BLOCKING,
    BUSY,
    STARVED,
    UNKNOWN
  }

  /** A warning's explanation: its kind, and the figures behind it. */
  record Verdict(Kind kind, String detail) {
    boolean isFailure() {
      return kind != Kind.STARVED;
    }

    @Override
    public String toString() {
      return kind + " (" + detail + ")";
    }
  }

  private record Sample(long nanos, char state, long cpuNanos, long gcMillis) {}

  private final Map<Thread, Watched> threads = new ConcurrentHashMap<>();
  private final ThreadMXBean mx = ManagementFactory.getThreadMXBean();
  private final List<GarbageCollectorMXBean> collectors =
      ManagementFactory.getGarbageCollectorMXBeans();
  private volatile long lastSample = System.nanoTime();
  private final Thread sampler;
  private volatile boolean running = true;

  private static final class Watched {
    final int tid;
    final Deque<Sample> samples = new ArrayDeque<>();

    Watched(int tid) {
      this.tid = tid;
    }
  }

  private EventLoopWatch() {
    sampler = new Thread(this::sample, "event-loop-watch");
    sampler.setDaemon(true);
  }

  /** Watches every event loop of {@code vertx}; on other systems than Linux, none. */
  static EventLoopWatch start(Vertx vertx) {
    EventLoopWatch watch = new EventLoopWatch();
    if (Files.isDirectory(Path.of("/proc/thread-self"))) {
      for (EventExecutor loop : vertx.nettyEventLoopGroup()) {
        // Each loop names its own kernel thread id: /proc/thread-self -> <pid>/task/<tid>.
        ServiceFixture.await(
            watch.await(
                loop.submit(
                    () -> {
                      String link = Files.readSymbolicLink(Path.of("/proc/thread-self")).toString();
                      int tid = Integer.parseInt(link.substring(link.lastIndexOf('/') + 1));
                      watch.threads.put(Thread.currentThread(), new Watched(tid));
                      return null;
                    })));
      }
    }
    watch.sampler.start();
    return watch;
  }

  private java.util.concurrent.CompletableFuture<Object> await(
      io.netty.util.concurrent.Future<Object> future) {
    java.util.concurrent.CompletableFuture<Object> done =
        new java.util.concurrent.CompletableFuture<>();
    future.addListener(
        f -> {
          if (f.isSuccess()) {
            done.complete(null);
          } else {
            done.completeExceptionally(f.cause());
          }
        });
    return done;
  }

  /** Whether {@code thread} is one of the watched event loops. */
  boolean watches(Thread thread) {
    return threads.containsKey(thread);
  }

  /** Why {@code thread}'s current task has run for {@code lateMillis}, given the threshold. */
  Verdict judge(Thread thread, long lateMillis, long thresholdMillis) {
    Watched watched = threads.get(thread);
    if (watched == null) {
      return new Verdict(Kind.UNKNOWN, "not a watched event loop");
    }
    long now = System.nanoTime();
    long from = now - TimeUnit.MILLISECONDS.toNanos(lateMillis);
    List<Sample> window = new ArrayList<>();
    synchronized (watched) {
      for (Sample sample : watched.samples) {
        if (sample.nanos() >= from) {
          window.add(sample);
        }
      }
    }
    long expected = lateMillis * 1_000_000 / INTERVAL_NANOS;
    if (window.size() < 2 || window.size() < expected / 4) {
      // The watch wakes every 5 ms: if it too got no core for most of the window, the machine was
      // starving threads, and the few samples it has cannot say more.
      long unseen = now - lastSample;
      return window.size() < expected / 2 || unseen >= TimeUnit.MILLISECONDS.toNanos(lateMillis) / 2
          ? new Verdict(
              Kind.STARVED,
              String.format(
                  "over %d ms: the watch itself got %d of %d samples, none for the last %d ms",
                  lateMillis, window.size(), expected, unseen / 1_000_000))
          : new Verdict(Kind.UNKNOWN, "too few samples: " + window.size());
    }
    // Between two samples that both saw the thread waiting, it waited; between a waiting and a
    // runnable one, half of the time is counted (the sampler too may have been kept from a core).
    long waiting = 0;
    for (int i = 0; i + 1 < window.size(); i++) {
      long span = window.get(i + 1).nanos() - window.get(i).nanos();
      int waitingEnds =
          (window.get(i).state() != 'R' ? 1 : 0) + (window.get(i + 1).state() != 'R' ? 1 : 0);
      waiting += span * waitingEnds / 2;
    }
    long cpu = window.get(window.size() - 1).cpuNanos() - window.get(0).cpuNanos();
    // A thread stopped for a garbage collection waits too: that is the JVM's, not the code's.
    long gc =
        TimeUnit.MILLISECONDS.toNanos(
            window.get(window.size() - 1).gcMillis() - window.get(0).gcMillis());
    waiting = Math.max(0, waiting - gc);
    long half = TimeUnit.MILLISECONDS.toNanos(thresholdMillis) / 2;
    String figures =
        String.format(
            "over %d ms: waiting %d ms besides %d ms of GC pauses, on a core %d ms, %d samples",
            lateMillis, waiting / 1_000_000, gc / 1_000_000, cpu / 1_000_000, window.size());
    if (waiting >= half) {
      return new Verdict(Kind.BLOCKING, figures);
    }
    if (cpu >= half) {
      return new Verdict(Kind.BUSY, figures);
    }
    return new Verdict(Kind.STARVED, figures);
  }

  private void sample() {
    while (running) {
      long started = System.nanoTime();
      long gc = collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
      for (Map.Entry<Thread, Watched> entry : threads.entrySet()) {
        Watched watched = entry.getValue();
        char state = state(watched.tid);
        long cpu = mx.getThreadCpuTime(entry.getKey().getId());
        synchronized (watched) {
          watched.samples.addLast(new Sample(System.nanoTime(), state, cpu, gc));
          if (watched.samples.size() > KEPT) {
            watched.samples.removeFirst();
          }
        }
      }
      lastSample = System.nanoTime();
      long sleep = INTERVAL_NANOS - (System.nanoTime() - started);
      if (sleep > 0) {
        try {
          TimeUnit.NANOSECONDS.sleep(sleep);
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }

  /** The state letter of {@code /proc/self/task/<tid>/stat}: after the command's closing ')'. */
  private static char state(int tid) {
    try {
      String stat = Files.readString(Path.of("/proc/self/task/" + tid + "/stat"));
      return stat.charAt(stat.lastIndexOf(')') + 2);
    } catch (IOException | RuntimeException e) {
      return '?';
    }
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }
}
