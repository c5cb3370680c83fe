package dev.augur.example.service;

import io.netty.util.concurrent.EventExecutor;
import io.vertx.core.Vertx;
import io.vertx.core.impl.VertxThread;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Watches the service's event-loop threads from the kernel's side, to tell why the blocked-thread
 * checker warned. Vert.x measures wall-clock time from the start of a task; a task is late either
 * because its thread waited for something (slept, waited on a lock or a future, blocked in I/O), or
 * because it computed for that long, or because it was ready to run and got no core. The first two
 * are bugs; the third is a machine shared by more runnable threads than cores.
 *
 * <p>Every 5 ms it reads, for each event loop, the kernel's accounting of the thread ({@code
 * /proc/self/task/<tid>/schedstat}: nanoseconds on a core, nanoseconds runnable waiting for one),
 * the start of the task Vert.x is running on it, how long the JVM has kept its threads stopped
 * (garbage collections and other safepoints) and the machine's stolen time. A warning is judged
 * over its task's own window, from the start Vert.x recorded to that start plus the lateness, with
 * the readings just before and just after it (usually the one taken as the warning arrived). The
 * counters are cumulative, so a sparse sampler widens the bounds but never invents a figure. Time
 * off a core and not queued for one is waiting where the sampler saw the thread waiting ({@code S}
 * or {@code D} in {@code /proc/self/task/<tid>/stat}); where it saw the thread runnable at both ends
 * of an interval, the hypervisor held the virtual core (the guest counts that neither way), unless
 * the interval is long enough to hide a wait. The sampler also records where a thread it sees
 * waiting in a task waits: a BLOCKING verdict names the place.
 *
 * <ul>
 *   <li>{@link Kind#BLOCKING}: at least half the threshold off a core and not queued between
 *       readings that saw the thread waiting, beyond the readings' slack around the window and
 *       the stolen ticks;
 *   <li>{@link Kind#BUSY}: at least half the threshold on a core, beyond the slack;
 *   <li>{@link Kind#STARVED}: less than half the threshold waiting even counting every interval
 *       that may hide a wait, and less than half on a core: it was queued for a core, held by the
 *       hypervisor, or stopped by the JVM (garbage collections, other safepoints);
 *   <li>{@link Kind#UNKNOWN} otherwise: the readings are too far apart to tell, or the watch never
 *       saw the task (a stalled sampler). It counts as a failure, like the first two.
 * </ul>
 *
 * <p>Linux only: elsewhere the watch watches nothing, and every warning is {@link Kind#UNKNOWN}.
 */
final class EventLoopWatch implements AutoCloseable {
  private static final long INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
  private static final int KEPT = 4_000; // 20 s of readings per thread
  /** Readings further apart than this may hide a wait between two that saw the thread runnable. */
  private static final long MAX_UNSEEN_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

  private static final long[] UNKNOWN_SAMPLER = {-1, -1};

  private static final long NANOS_PER_TICK = TimeUnit.SECONDS.toNanos(1) / 100; // USER_HZ

  /** Why a task of an event loop ran late. */
  enum Kind {
    BLOCKING,
    BUSY,
    STARVED,
    UNKNOWN
  }

  /**
   * A warning's explanation: its kind, the figures behind it, and the window judged, from the
   * task's start to the checker's look ({@link System#nanoTime()}; both 0 if the watch could not
   * place the task).
   */
  record Verdict(Kind kind, String detail, long taskStart, long taskEnd) {
    Verdict(Kind kind, String detail) {
      this(kind, detail, 0, 0);
    }

    boolean isFailure() {
      return kind != Kind.STARVED;
    }

    @Override
    public String toString() {
      return kind + " (" + detail + ")";
    }
  }

  /**
   * One reading of one thread, taken between {@code from} and {@code to} ({@link
   * System#nanoTime()}): the start of the Vert.x task it runs (0 between tasks), its time on a core
   * and queued for one, the JVM's total time stopped (at safepoints, garbage collections among them,
   * and reaching them), the machine's stolen time, and the thread's state letter in {@code
   * /proc/self/task/<tid>/stat} ({@code R} running or runnable, {@code S}, {@code D} waiting); and
   * the sampler's own time on a core and queued for one.
   */
  record Reading(
      long from,
      long to,
      long taskStart,
      long cpuNanos,
      long queuedNanos,
      long stoppedMillis,
      long steal,
      char state,
      long samplerCpuNanos,
      long samplerQueuedNanos,
      String wchan) {
    /**
     * Whether the thread was waiting on its code's behalf: asleep ({@code S}) or in uninterruptible
     * I/O ({@code D}), but not in one of the kernel's own waits ({@link #KERNEL_OWN}).
     */
    boolean waiting() {
      return (state == 'S' || state == 'D') && !KERNEL_OWN.contains(wchan);
    }
  }

  /**
   * Where, in the kernel ({@code /proc/self/task/<tid>/wchan}), a thread waits without having asked
   * to: for a socket's lock inside a non-blocking send or receive, or for the address space's lock
   * while a page fault waits for the JVM's own threads mapping memory. Any other place is the
   * code's: a futex (locks, parking, sleeping), a blocking socket, a page or a file being read in
   * (blocking file I/O is a bug on an event loop too).
   */
  static final java.util.Set<String> KERNEL_OWN =
      java.util.Set.of(
          "__lock_sock", "lock_sock_nested", "rwsem_down_read_slowpath", "rwsem_down_write_slowpath");

  private final Map<Thread, Watched> threads = new ConcurrentHashMap<>();
  private final JvmStops stops = JvmStops.find();
  private final Thread sampler;
  private volatile boolean running = true;
  private volatile int samplerTid;

  /**
   * Stacks to take of threads seen waiting, handed over without a lock: the sampler must never
   * wait for the ordinary thread that takes them, which may be preempted at any point.
   */
  private final java.util.concurrent.ConcurrentLinkedQueue<Runnable> stackRequests =
      new java.util.concurrent.ConcurrentLinkedQueue<>();

  private final Thread stackTaker =
      new Thread(
          () -> {
            while (running) {
              Runnable request = stackRequests.poll();
              if (request == null) {
                java.util.concurrent.locks.LockSupport.parkNanos(INTERVAL_NANOS / 2);
              } else {
                request.run();
              }
            }
          },
          "event-loop-watch-stacks");

  /** Where a thread was, seen waiting ({@code S} or {@code D}) by the sampler during a task. */
  private record Wait(long at, long taskStart, String frames) {}

  private static final class Watched {
    final int tid;
    // Lock-free: the sampler runs at real-time priority, and must never wait for the checker's
    // thread, which is as starved as the rest, to leave a lock.
    final Deque<Reading> readings = new ConcurrentLinkedDeque<>();
    final AtomicInteger readingCount = new AtomicInteger();
    final Deque<Wait> waits = new ConcurrentLinkedDeque<>();
    final AtomicInteger waitCount = new AtomicInteger();

    Watched(int tid) {
      this.tid = tid;
    }
  }

  private EventLoopWatch() {
    sampler = new Thread(this::sample, "event-loop-watch");
    sampler.setDaemon(true);
    stackTaker.setDaemon(true);
    stackTaker.start();
  }

  /** Watches every event loop of {@code vertx}; on other systems than Linux, none. */
  static EventLoopWatch start(Vertx vertx) {
    EventLoopWatch watch = new EventLoopWatch();
    if (Files.isReadable(Path.of("/proc/thread-self/schedstat"))) {
      for (EventExecutor loop : vertx.nettyEventLoopGroup()) {
        CompletableFuture<Void> registered = new CompletableFuture<>();
        loop.execute(
            () -> {
              watch.register(Thread.currentThread());
              registered.complete(null);
            });
        ServiceFixture.await(registered);
      }
    }
    watch.sampler.start();
    return watch;
  }

  /** A watch of no event loop yet: {@link #register} adds the calling thread. For tests. */
  static EventLoopWatch empty() {
    EventLoopWatch watch = new EventLoopWatch();
    watch.sampler.start();
    return watch;
  }

  /** Watches the calling thread: its kernel id is the target of {@code /proc/thread-self}. */
  void register(Thread current) {
    try {
      String link = Files.readSymbolicLink(Path.of("/proc/thread-self")).toString();
      threads.put(current, new Watched(Integer.parseInt(link.substring(link.lastIndexOf('/') + 1))));
    } catch (IOException e) {
      throw new IllegalStateException("Cannot find the kernel id of " + current, e);
    }
  }

  /** Whether {@code thread} is one of the watched event loops. */
  boolean watches(Thread thread) {
    return threads.containsKey(thread);
  }

  private long[] samplerFigures() {
    try {
      return schedstat(samplerTid);
    } catch (IllegalStateException e) {
      return UNKNOWN_SAMPLER; // it has just ended
    }
  }

  /** The watched thread named {@code name}, or null. */
  Thread threadNamed(String name) {
    return threads.keySet().stream().filter(t -> t.getName().equals(name)).findFirst().orElse(null);
  }

  /** Readings of every watched thread at one moment. */
  record Snapshot(Map<Thread, Reading> readings) {}

  /** A reading of every watched thread now: a warning's own, taken before anything else. */
  Snapshot readNow() {
    Map<Thread, Reading> now = new HashMap<>();
    long stopped = stoppedMillis();
    long steal = stolenTicks();
    long[] self = samplerTid == 0 || !sampler.isAlive() ? UNKNOWN_SAMPLER : samplerFigures();
    threads.forEach(
        (thread, watched) -> now.put(thread, read(thread, watched, stopped, steal, self)));
    return new Snapshot(now);
  }

  /**
   * Why {@code thread}'s task, late by {@code late} nanoseconds when the checker looked, ran late:
   * over the window from the task's start to that start plus the lateness.
   *
   * @param atWarning the readings {@link #readNow} took when the warning arrived
   */
  Verdict judge(Thread thread, long late, long threshold, Snapshot atWarning) {
    Watched watched = threads.get(thread);
    Reading live = atWarning.readings().get(thread);
    if (watched == null || live == null) {
      return new Verdict(Kind.UNKNOWN, "not a watched event loop");
    }
    List<Reading> readings;
    readings = new ArrayList<>(watched.readings);
    readings.add(live);
    long lateMillis = late / 1_000_000;
    // The warned task started `late` before the checker looked, which was before `live`: the latest
    // start the watch saw that early enough. It is the warned task if the watch saw it still
    // running at the end of the window (an earlier, shorter task would have ended before); usually
    // the reading taken as the warning arrived does.
    long start = 0;
    for (Reading reading : readings) {
      if (reading.taskStart() != 0
          && reading.taskStart() + late <= live.from()
          && reading.taskStart() > start) {
        start = reading.taskStart();
      }
    }
    long end = start + late;
    readings.sort(java.util.Comparator.comparingLong(Reading::from));
    int before = -1;
    int after = -1;
    boolean seenAtEnd = false;
    boolean seenLate = false;
    for (int i = 0; i < readings.size(); i++) {
      Reading reading = readings.get(i);
      if (reading.to() <= start) {
        before = i;
      }
      if (after < 0 && reading.from() >= end) {
        after = i;
      }
      seenAtEnd |= reading.taskStart() == start && reading.from() >= end;
      seenLate |= reading.taskStart() == start && reading.from() >= end - late / 2;
    }
    // Seen running past half its window, and the warning read soon enough: had the warned task
    // been another one, never seen, it would have begun after that sighting, and its window would
    // end after the warning arrived.
    seenAtEnd |= seenLate && live.from() < end + late / 2;
    if (start == 0 || !seenAtEnd) {
      return new Verdict(
          Kind.UNKNOWN,
          String.format(
              "over %d ms: the watch never saw the task running at the end of its window"
                  + " (%d readings kept)",
              lateMillis, readings.size()));
    }
    if (before < 0 || after < 0) {
      return new Verdict(
          Kind.UNKNOWN,
          String.format("over %d ms: no reading of the thread before the task began", lateMillis),
          start,
          end);
    }
    Verdict verdict = verdict(readings.subList(before, after + 1), start, end, threshold);
    return verdict.kind() == Kind.STARVED || verdict.kind() == Kind.BUSY
        ? verdict
        : new Verdict(
            verdict.kind(),
            verdict.detail() + waitsIn(watched, start, end),
            verdict.taskStart(),
            verdict.taskEnd());
  }

  /**
   * The verdict on the window {@code [start, end]} from the readings {@code span}, in order, the
   * first taken before the window and the last after it. What lies outside the window, the slack,
   * may be anything, so each bound gives it away.
   *
   * <p>Time off a core and not queued for one is waiting where the sampler saw the thread waiting
   * ({@code S} or {@code D}) at both ends of an interval, and may be where it saw it at one end
   * only (the upper bound counts those): on a virtual machine a thread
   * the kernel has running can be held by the hypervisor, and the guest then counts that time
   * neither on a core nor queued. Between two readings that both saw it runnable, the time is the
   * machine's, unless they are so far apart that a wait could hide between them: then it may be
   * waiting, and only the upper bound counts it.
   */
  static Verdict verdict(List<Reading> span, long start, long end, long threshold) {
    Reading before = span.get(0);
    Reading after = span.get(span.size() - 1);
    long half = threshold / 2;
    long slack = (start - before.from()) + (after.to() - end);
    long cpu = after.cpuNanos() - before.cpuNanos();
    long queued = after.queuedNanos() - before.queuedNanos();
    // Each of the two millisecond counters may be short by one.
    long stopped = TimeUnit.MILLISECONDS.toNanos(after.stoppedMillis() - before.stoppedMillis() + 2);
    long stolen = (after.steal() - before.steal()) * NANOS_PER_TICK;
    long seenWaitingLow = 0;
    long seenWaitingHigh = 0;
    long machine = 0;
    for (int i = 0; i + 1 < span.size(); i++) {
      Reading a = span.get(i);
      Reading b = span.get(i + 1);
      long accounted = (b.cpuNanos() - a.cpuNanos()) + (b.queuedNanos() - a.queuedNanos());
      long low = Math.max(0, b.from() - a.to() - accounted);
      long high = Math.max(0, b.to() - a.from() - accounted);
      long jvm = TimeUnit.MILLISECONDS.toNanos(b.stoppedMillis() - a.stoppedMillis());
      if (a.waiting() && b.waiting()) {
        // Both saw it waiting; but threads stopped at a safepoint wait too, and the sampler may
        // read them while the JVM is still gathering the rest: a stop in between is not counted
        // as waiting for sure, only as waiting perhaps (a sleeping thread sleeps through a stop).
        seenWaitingLow += Math.max(0, low - jvm);
        seenWaitingHigh += high;
      } else if (a.waiting() || b.waiting() || exposed(a, b, jvm) > MAX_UNSEEN_NANOS) {
        // Waiting at one end only: the wait may be all of the interval or none of it (the thread
        // idle before its task began, say), but for a stop of the JVM or a pause of the virtual
        // machine in between, taken as theirs. Runnable at both ends, but so far apart, beyond
        // those, that a wait could hide between them: the same.
        seenWaitingHigh += Math.max(0, Math.min(high, exposed(a, b, jvm) - accounted));
      } else {
        // Runnable at both ends, close together: held by the hypervisor, or stopped by the JVM.
        machine += high;
      }
    }
    // Beyond the readings' slack around the window and the machine's stolen ticks.
    long waitingAtLeast = seenWaitingLow - slack - stolen;
    // The intervals overlap by the time each reading took: never more than the span allows.
    long waitingAtMost = Math.min(seenWaitingHigh, (after.to() - before.from()) - cpu - queued);
    Map<String, Long> kernelWaits = new java.util.TreeMap<>();
    for (Reading reading : span) {
      if ((reading.state() == 'S' || reading.state() == 'D') && !reading.wchan().isEmpty()) {
        kernelWaits.merge(reading.state() + " " + reading.wchan(), 1L, Long::sum);
      }
    }
    String figures =
        String.format(
            "over %d ms: waiting %d to %d ms, on a core %d ms, queued %d ms, held runnable or"
                + " stopped %d ms (JVM stops %d ms), stolen %d ms; %d readings, %d ms around the"
                + " window",
            (end - start) / 1_000_000,
            Math.max(0, waitingAtLeast) / 1_000_000,
            Math.max(0, waitingAtMost) / 1_000_000,
            cpu / 1_000_000,
            queued / 1_000_000,
            machine / 1_000_000,
            stopped / 1_000_000,
            stolen / 1_000_000,
            span.size(),
            slack / 1_000_000)
            + (kernelWaits.isEmpty() ? "" : "; waits in the kernel " + kernelWaits);
    if (waitingAtLeast >= half) {
      return new Verdict(Kind.BLOCKING, figures, start, end);
    }
    if (cpu - slack >= half) {
      return new Verdict(Kind.BUSY, figures, start, end);
    }
    if (waitingAtMost < half && cpu < half) {
      return new Verdict(Kind.STARVED, figures, start, end);
    }
    return new Verdict(Kind.UNKNOWN, "readings too far apart to tell: " + figures, start, end);
  }

  /**
   * How long, between two readings, the thread could have waited unseen: their distance, less the
   * JVM's stops (the sampler too was stopped) and less the time the guest did not run the sampler,
   * a real-time thread that is never off a core for long but by sleeping its interval. What the
   * sampler spent neither on a core, nor queued, nor sleeping, the virtual machine was paused, and
   * the thread with it.
   */
  private static long exposed(Reading a, Reading b, long jvm) {
    long distance = b.to() - a.from();
    if (a.samplerCpuNanos() < 0 || b.samplerCpuNanos() < 0) {
      return distance - jvm; // the sampler's own figures are not known: no pause is
    }
    long samplerAccounted =
        (b.samplerCpuNanos() - a.samplerCpuNanos())
            + (b.samplerQueuedNanos() - a.samplerQueuedNanos());
    long paused = Math.max(0, distance - samplerAccounted - INTERVAL_NANOS - jvm);
    return distance - jvm - paused;
  }

  private void sample() {
    prioritize();
    while (running) {
      long started = System.nanoTime();
      long stopped = stoppedMillis();
      long steal = stolenTicks();
      long[] self = samplerTid == 0 ? UNKNOWN_SAMPLER : schedstat(samplerTid);
      threads.forEach(
          (thread, watched) -> {
            Reading reading = read(thread, watched, stopped, steal, self);
            watched.readings.addLast(reading);
            if (watched.readingCount.incrementAndGet() > KEPT) {
              watched.readings.pollFirst();
              watched.readingCount.decrementAndGet();
            }
            if (reading.taskStart() != 0 && reading.waiting()) {
              // Where it waits, on another thread: taking a stack waits for the thread to reach a
              // safepoint poll, which a starved thread may take long to do; the sampler must not.
              if (stackRequests.size() < 64) {
                stackRequests.add(() -> recordWait(thread, watched, reading));
              }
            }
          });
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

  /**
   * Makes the sampler a real-time thread (SCHED_FIFO), so that it takes its readings on time on a
   * machine whose cores are all taken: exactly when the event loops are starved, the watch must not
   * be. It takes a fraction of a millisecond every 5 ms. Without the privilege (not root), it stays
   * an ordinary thread, and more warnings will be UNKNOWN, which fail.
   */
  private void prioritize() {
    try {
      String self = Files.readSymbolicLink(Path.of("/proc/thread-self")).toString();
      String tid = self.substring(self.lastIndexOf('/') + 1);
      samplerTid = Integer.parseInt(tid);
      Process chrt =
          new ProcessBuilder("chrt", "-f", "-p", "10", tid).redirectErrorStream(true).start();
      String said = new String(chrt.getInputStream().readAllBytes()).trim();
      if (chrt.waitFor() != 0) {
        System.out.println("event-loop watch: sampler at normal priority: chrt said " + said);
      }
    } catch (IOException | RuntimeException e) {
      System.out.println("event-loop watch: sampler at normal priority: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Reading read(
      Thread thread, Watched watched, long stopped, long steal, long[] sampler) {
    long from = System.nanoTime();
    long task = thread instanceof VertxThread vertx ? vertx.startTime() : 0;
    char state = state(watched.tid);
    String wchan = state == 'S' || state == 'D' ? wchan(watched.tid) : "";
    long[] schedstat = schedstat(watched.tid);
    long to = System.nanoTime();
    return new Reading(
        from,
        to,
        task,
        schedstat[0],
        schedstat[1],
        stopped,
        steal,
        state,
        sampler[0],
        sampler[1],
        wchan);
  }

  /**
   * Where the thread waits, if the kernel has it waiting in the task {@code reading} saw: the stack
   * of a waiting thread is where the wait is, which the stack the checker takes later need not be.
   */
  private static void recordWait(Thread thread, Watched watched, Reading reading) {
    StackTraceElement[] stack = thread.getStackTrace();
    if (((VertxThread) thread).startTime() != reading.taskStart()) {
      return; // the task ended meanwhile: the stack is another's
    }
    Wait wait =
        new Wait(
            reading.to(),
            reading.taskStart(),
            reading.state()
                + " "
                + java.util.Arrays.stream(stack)
                    .limit(6)
                    .map(StackTraceElement::toString)
                    .collect(java.util.stream.Collectors.joining(" < ")));
    watched.waits.addLast(wait);
    if (watched.waitCount.incrementAndGet() > KEPT) {
      watched.waits.pollFirst();
      watched.waitCount.decrementAndGet();
    }
  }

  /** Where the sampler saw the thread waiting within {@code [start, end]}: the commonest places. */
  private static String waitsIn(Watched watched, long start, long end) {
    Map<String, Long> places = new HashMap<>();
    for (Wait wait : watched.waits) {
      if (wait.taskStart() == start && wait.at() <= end) {
        places.merge(wait.frames(), 1L, Long::sum);
      }
    }
    if (places.isEmpty()) {
      return "; not sampled waiting";
    }
    return "; sampled waiting in: "
        + places.entrySet().stream()
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
            .limit(2)
            .map(e -> e.getValue() + "x " + e.getKey())
            .collect(java.util.stream.Collectors.joining(" | "));
  }

  /** The state letter of {@code /proc/self/task/<tid>/stat}: after the command's closing ')'. */
  private static char state(int tid) {
    try {
      String stat = Files.readString(Path.of("/proc/self/task/" + tid + "/stat"));
      return stat.charAt(stat.lastIndexOf(')') + 2);
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("Cannot read the stat of thread " + tid, e);
    }
  }

  /** Where in the kernel the thread waits, or "?" if that cannot be read. */
  private static String wchan(int tid) {
    try {
      return Files.readString(Path.of("/proc/self/task/" + tid + "/wchan")).trim();
    } catch (IOException | RuntimeException e) {
      return "?";
    }
  }

  /** {@code /proc/self/task/<tid>/schedstat}: nanoseconds on a core, then queued for one. */
  private static long[] schedstat(int tid) {
    try {
      String[] fields =
          Files.readString(Path.of("/proc/self/task/" + tid + "/schedstat")).trim().split(" ");
      return new long[] {Long.parseLong(fields[0]), Long.parseLong(fields[1])};
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("Cannot read the schedstat of thread " + tid, e);
    }
  }

  /** The machine's stolen time in ticks: the 8th figure of the "cpu" line of /proc/stat. */
  private static long stolenTicks() {
    try {
      String cpu = Files.readString(Path.of("/proc/stat")).lines().findFirst().orElseThrow();
      return Long.parseLong(cpu.trim().split("\\s+")[8]);
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("Cannot read /proc/stat", e);
    }
  }

  private long stoppedMillis() {
    return stops.millis();
  }

  /**
   * How long the JVM has kept Java threads stopped: at safepoints (every garbage-collection pause is
   * one) and while reaching them, which on a starved machine can take longer than the pause, since
   * the last thread to arrive may be waiting for a core. HotSpot counts both; its counters are
   * reached through an internal interface, opened to the tests by the module's surefire
   * configuration ({@code --add-exports java.management/sun.management=ALL-UNNAMED}).
   */
  private record JvmStops(Object runtime, Method atSafepoint, Method reaching) {
    static JvmStops find() {
      try {
        Object runtime =
            Class.forName("sun.management.ManagementFactoryHelper")
                .getMethod("getHotspotRuntimeMBean")
                .invoke(null);
        Class<?> type = Class.forName("sun.management.HotspotRuntimeMBean");
        return new JvmStops(
            runtime, type.getMethod("getTotalSafepointTime"), type.getMethod("getSafepointSyncTime"));
      } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
        throw new IllegalStateException(
            "HotSpot's safepoint counters are not reachable: run with --add-exports"
                + " java.management/sun.management=ALL-UNNAMED",
            e);
      }
    }

    long millis() {
      try {
        return (long) atSafepoint.invoke(runtime) + (long) reaching.invoke(runtime);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }
}
