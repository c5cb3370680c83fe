package dev.augur.bench.streaming;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

/**
 * The heap a run used: sampled every 5 ms on a daemon thread, as the peak of the heap's used bytes
 * (garbage included, so up to the heap's size) and the peak of what the heap pools held right after
 * a collection (the live set: what the run really keeps).
 */
final class HeapMeter implements AutoCloseable {
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final List<MemoryPoolMXBean> heapPools =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(pool -> pool.getType() == MemoryType.HEAP)
          .toList();
  private final Thread sampler;
  private volatile boolean running = true;
  private volatile long peakUsed;
  private volatile long peakAfterGc;

  HeapMeter() {
    heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    sampler = new Thread(this::sample, "heap-meter");
    sampler.setDaemon(true);
    sampler.start();
  }

  private void sample() {
    while (running) {
      peakUsed = Math.max(peakUsed, memory.getHeapMemoryUsage().getUsed());
      long afterGc = 0;
      for (MemoryPoolMXBean pool : heapPools) {
        MemoryUsage collected = pool.getCollectionUsage();
        if (collected != null) {
          afterGc += collected.getUsed();
        }
      }
      peakAfterGc = Math.max(peakAfterGc, afterGc);
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** The peak of heap used, sampled, or the pools' own peaks if higher (they see every byte). */
  long peakUsed() {
    long pools = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    return Math.max(peakUsed, Math.min(pools, memory.getHeapMemoryUsage().getMax()));
  }

  /** The peak of the heap left after a collection. */
  long peakLiveAfterGc() {
    return peakAfterGc;
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
    try {
      sampler.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
