package dev.augur.bench.jmh;

import dev.augur.bench.impl.AugurItemStore;
import dev.augur.bench.impl.DriverMapperItemStore;
import dev.augur.bench.impl.ItemStore;
import dev.augur.bench.impl.RawItemStore;
import dev.augur.bench.model.Item;
import dev.augur.bench.model.Items;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The whole client-side path of each workload, through each implementation's public API, against an
 * {@link OfflineSession} that answers at once from memory: binding, executing, reading rows into
 * entities, walking pages (for Augur, through its {@code Flow.Publisher}). One operation is one
 * call, except for {@code scan}, where it is one row of a {@value #SCAN_ROWS}-row scan in pages of
 * {@value #PAGE_SIZE}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ClientPathBenchmark {
  static final int PARTITION_ROWS = 100;
  static final int PAGE_SIZE = 5000;
  static final int SCAN_PAGES = 20;
  static final int SCAN_ROWS = PAGE_SIZE * SCAN_PAGES;
  private static final int ITEMS = 1024;

  @Param({"raw", "augur", "mapper"})
  public String impl;

  private ItemStore store;
  private Item[] items;
  private int next;

  @Setup
  public void setup() {
    OfflineSession session = new OfflineSession(PARTITION_ROWS, SCAN_PAGES, PAGE_SIZE);
    store = create(impl, session).toCompletableFuture().join();
    items = new Item[ITEMS];
    for (int i = 0; i < ITEMS; i++) {
      items[i] = Items.item(i / 100, i % 100);
    }
  }

  static CompletionStage<ItemStore> create(String impl, OfflineSession session) {
    return switch (impl) {
      case "raw" -> RawItemStore.create(session, "bench_read", "bench_write");
      case "augur" ->
          AugurItemStore.create(OfflineSession.augur(session), "bench_read", "bench_write");
      case "mapper" -> DriverMapperItemStore.create(session, "bench_read", "bench_write", false);
      default -> throw new IllegalArgumentException(impl);
    };
  }

  @Benchmark
  public Object insert() {
    Item item = items[next++ & (ITEMS - 1)];
    return store.insert(item).toCompletableFuture().join();
  }

  @Benchmark
  public Item get() {
    return store.get(7, 7).toCompletableFuture().join();
  }

  /** One operation: a 100-row partition read into a list. */
  @Benchmark
  public Object partition() {
    return store.partition(1).toCompletableFuture().join();
  }

  @Benchmark
  @OperationsPerInvocation(SCAN_ROWS)
  public long scan(Blackhole bh) {
    return store.scan(bh::consume).toCompletableFuture().join();
  }
}
