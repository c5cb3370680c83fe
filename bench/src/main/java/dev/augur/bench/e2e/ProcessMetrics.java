package dev.augur.bench.e2e;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;

/**
 * What this process has spent so far: the CPU time of all its threads (the forked Cassandra node is
 * another process, so this is the client's cost alone), the bytes each live thread has allocated,
 * and the number of live threads.
 */
final class ProcessMetrics {
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private final long cpuNanos;
  private final Map<Long, Long> allocatedByThread;
  private final int threads;

  private ProcessMetrics(long cpuNanos, Map<Long, Long> allocatedByThread, int threads) {
    this.cpuNanos = cpuNanos;
    this.allocatedByThread = allocatedByThread;
    this.threads = threads;
  }

  static ProcessMetrics now() {
    long[] ids = THREADS.getAllThreadIds();
    long[] bytes = THREADS.getThreadAllocatedBytes(ids);
    Map<Long, Long> allocated = new HashMap<>(ids.length * 2);
    for (int i = 0; i < ids.length; i++) {
      if (bytes[i] >= 0) {
        allocated.put(ids[i], bytes[i]);
      }
    }
    return new ProcessMetrics(OS.getProcessCpuTime(), allocated, THREADS.getThreadCount());
  }

  /** CPU nanoseconds spent since {@code earlier}. */
  long cpuSince(ProcessMetrics earlier) {
    return cpuNanos - earlier.cpuNanos;
  }

  /**
   * Bytes allocated since {@code earlier} by the threads alive now (a thread that ended in between
   * takes its count with it; the driver's and the benchmark's threads live for the whole run).
   */
  long allocatedSince(ProcessMetrics earlier) {
    long total = 0;
    for (Map.Entry<Long, Long> thread : allocatedByThread.entrySet()) {
      total += thread.getValue() - earlier.allocatedByThread.getOrDefault(thread.getKey(), 0L);
    }
    return total;
  }

  int threads() {
    return threads;
  }
}
