package dev.augur.bench.e2e;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import dev.augur.bench.impl.AnnStore;
import dev.augur.bench.impl.AugurItemStore;
import dev.augur.bench.impl.DriverMapperItemStore;
import dev.augur.bench.impl.ItemStore;
import dev.augur.bench.impl.RawItemStore;
import dev.augur.bench.model.Item;
import dev.augur.bench.model.Items;
import dev.augur.bench.report.Environment;
import dev.augur.runtime.AugurSession;
import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.CassandraNode;
import dev.augur.testkit.CassandraNodeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntFunction;

/**
 * The end-to-end benchmark: one real Cassandra node, one driver session, and the same workloads run
 * through hand-written driver code, an Augur DAO and a driver-mapper DAO, interleaved round by
 * round (the order rotates each round). Prints, and writes to {@code bench.output}, the median
 * figures of each and their ratios. See bench/README.md for the command and the settings.
 */
public final class EndToEndBenchmark {
  static final String READ_KEYSPACE = "bench_read";
  static final String WRITE_KEYSPACE = "bench_write";
  private static final int POOL = 4096;

  private final Settings settings;
  private final List<ItemStore> stores;
  private final AnnWorkload ann;
  private final Item[] pool = new Item[POOL];
  private final LongAdder checksum = new LongAdder();
  private final Report report = new Report();

  private EndToEndBenchmark(Settings settings, List<ItemStore> stores, AnnWorkload ann) {
    this.settings = settings;
    this.stores = stores;
    this.ann = ann;
    for (int i = 0; i < POOL; i++) {
      pool[i] = Items.item(1_000_000 + i / 100, i % 100);
    }
  }

  public static void main(String[] args) throws Exception {
    Settings settings = Settings.fromSystemProperties();
    String report = run(settings);
    Path path = Path.of(settings.output());
    if (path.getParent() != null) {
      Files.createDirectories(path.getParent());
    }
    Files.writeString(path, report);
    System.out.println("written to " + path.toAbsolutePath());
  }

  /** Starts a node (unless {@code settings} name a cluster), runs, and returns the report. */
  static String run(Settings settings) throws InterruptedException {
    String environment = Environment.describe();
    System.out.println(environment);
    System.out.println(settings);
    long started = System.nanoTime();
    CassandraNode node = null;
    CassandraEndpoint endpoint;
    if (!settings.contactPoints().isEmpty()) {
      endpoint = CassandraEndpoint.of(settings.contactPoints(), "datacenter1");
    } else {
      CassandraNodeBuilder builder =
          CassandraNode.builder()
              .heap(settings.serverHeap())
              .jvmArgs(settings.serverJvmArgs().toArray(String[]::new));
      if (!settings.nodeDirectory().isEmpty()) {
        builder.workDirectory(Path.of(settings.nodeDirectory()));
      }
      node = builder.build().start();
      endpoint = node.endpoint();
    }
    try (AugurSession augur = AugurSession.wrap(session(endpoint, settings))) {
      CqlSession session = augur.cqlSession();
      DataLoader.schema(session, READ_KEYSPACE, WRITE_KEYSPACE);
      Duration load = Duration.ZERO;
      if (settings.itemWorkloads()) {
        load =
            DataLoader.load(
                session, READ_KEYSPACE, settings.partitions(), settings.rowsPerPartition());
        System.out.printf("loaded %,d rows in %s%n", settings.scanRows(), load);
      }
      AnnWorkload ann = null;
      if (settings.workloads().contains("ann")) {
        AnnWorkload.schema(session, READ_KEYSPACE);
        Duration vectors = AnnWorkload.load(session, READ_KEYSPACE, settings.vectors());
        System.out.printf("loaded %,d vectors in %s%n", settings.vectors(), vectors);
        load = load.plus(vectors);
        ann = AnnWorkload.create(augur, READ_KEYSPACE, settings.implementations());
      }
      List<ItemStore> stores =
          List.of(
              RawItemStore.create(session, READ_KEYSPACE, WRITE_KEYSPACE)
                  .toCompletableFuture()
                  .join(),
              AugurItemStore.create(augur, READ_KEYSPACE, WRITE_KEYSPACE)
                  .toCompletableFuture()
                  .join(),
              DriverMapperItemStore.create(session, READ_KEYSPACE, WRITE_KEYSPACE, true)
                  .toCompletableFuture()
                  .join());
      stores =
          stores.stream()
              .filter(store -> settings.implementations().contains(store.name()))
              .toList();
      EndToEndBenchmark benchmark = new EndToEndBenchmark(settings, stores, ann);
      benchmark.verify();
      benchmark.run();
      String report =
          "## End to end\n\n"
              + environment
              + "\n\n"
              + settings
              + "\n\nMedians of "
              + settings.rounds()
              + " rounds after "
              + settings.warmups()
              + " warm-up rounds; total "
              + Duration.ofNanos(System.nanoTime() - started).toSeconds()
              + " s (data load "
              + load.toSeconds()
              + " s).\n"
              + benchmark.report.figures()
              + "\n#### Ratios (median of per-round ratios; below 1 means Augur spends less, or"
              + " has lower latency; above 1 in ops/s means Augur is faster)\n\n"
              + benchmark.report.ratios();
      System.out.println(report);
      return report;
    } finally {
      if (node != null) {
        node.close();
      }
    }
  }

  static CqlSession session(CassandraEndpoint endpoint, Settings settings) {
    DriverConfigLoader config =
        DriverConfigLoader.programmaticBuilder()
            .withDuration(DefaultDriverOption.METADATA_SCHEMA_WINDOW, Duration.ofMillis(10))
            .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(20))
            .withDuration(DefaultDriverOption.CONNECTION_INIT_QUERY_TIMEOUT, Duration.ofSeconds(10))
            .withDuration(
                DefaultDriverOption.CONTROL_CONNECTION_AGREEMENT_TIMEOUT, Duration.ofSeconds(30))
            .withDuration(
                DefaultDriverOption.METADATA_SCHEMA_REQUEST_TIMEOUT, Duration.ofSeconds(30))
            // Room for the saturation runs on the single connection the driver opens per node.
            .withInt(
                DefaultDriverOption.CONNECTION_MAX_REQUESTS,
                Math.max(1024, 2 * Math.max(settings.concurrency(), settings.saturation())))
            .build();
    return CqlSession.builder()
        .addContactPoints(endpoint.contactPoints())
        .withLocalDatacenter(endpoint.localDatacenter())
        .withConfigLoader(config)
        .build();
  }

  /** All three read the same items: a wrong mapping would make the comparison meaningless. */
  private void verify() {
    Item expected = Items.item(3, 42);
    for (ItemStore store : settings.itemWorkloads() ? stores : List.<ItemStore>of()) {
      Item got = store.get(3, 42).toCompletableFuture().join();
      List<Item> partition = store.partition(3).toCompletableFuture().join();
      if (!expected.equals(got)
          || partition.size() != settings.rowsPerPartition()
          || !partition.get(42).equals(expected)) {
        throw new IllegalStateException(store.name() + " reads " + got + " for " + expected);
      }
      store.insert(pool[0]).toCompletableFuture().join();
    }
    if (ann != null) {
      ann.verify(settings.vectors());
    }
  }

  private void run() throws InterruptedException {
    for (int round = 0; round < settings.warmups() + settings.rounds(); round++) {
      boolean warmup = round < settings.warmups();
      System.out.printf(
          "%n== %s %d ==%n",
          warmup ? "warm-up round" : "round", warmup ? round + 1 : round - settings.warmups() + 1);
      List<ItemStore> order = rotated(stores, round);
      for (String workload : settings.workloads()) {
        if (workload.equals("scan")) {
          // One scan of a million rows takes a while: warm it up in the first warm-up round only.
          if (!warmup || round == 0) {
            for (ItemStore store : order) {
              record(warmup, "scan " + settings.scanRows() + " rows", store.name(), scan(store));
            }
          }
          continue;
        }
        int[] levels =
            settings.saturation() > 0
                ? new int[] {settings.concurrency(), settings.saturation()}
                : new int[] {settings.concurrency()};
        for (int concurrency : levels) {
          String label =
              workload
                  + " @"
                  + concurrency
                  + (concurrency == settings.saturation() ? " (saturation)" : "");
          List<AnnStore<?>> annOrder = ann == null ? List.of() : rotated(ann.stores(), round);
          int implementations = workload.equals("ann") ? annOrder.size() : order.size();
          for (int i = 0; i < implementations; i++) {
            String name;
            IntFunction<CompletionStage<?>> operation;
            if (workload.equals("ann")) {
              AnnStore<?> store = annOrder.get(i);
              name = store.name();
              operation = AnnWorkload.operation(store);
            } else {
              ItemStore store = order.get(i);
              name = store.name();
              operation = operation(workload, store);
            }
            ClosedLoop.Result result =
                ClosedLoop.run(
                    operation,
                    concurrency,
                    warmup ? settings.warmupSeconds() : settings.seconds());
            record(warmup, label, name, RunFigures.of(result));
          }
        }
      }
    }
  }

  private static <T> List<T> rotated(List<T> list, int round) {
    List<T> order = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      order.add(list.get((round + i) % list.size()));
    }
    return order;
  }

  private void record(boolean warmup, String workload, String store, RunFigures figures) {
    System.out.printf("%-28s %-7s %s%n", workload, store, figures.describe());
    if (!warmup) {
      report.add(workload, store, figures);
    }
  }

  private IntFunction<CompletionStage<?>> operation(String workload, ItemStore store) {
    int partitions = settings.partitions();
    int rows = settings.rowsPerPartition();
    return switch (workload) {
      case "insert" -> i -> store.insert(pool[i & (POOL - 1)]);
      case "get" ->
          i -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            return store.get(random.nextInt(partitions), random.nextInt(rows));
          };
      case "partition" -> i -> store.partition(ThreadLocalRandom.current().nextInt(partitions));
      default -> throw new IllegalArgumentException("unknown workload " + workload);
    };
  }

  private RunFigures scan(ItemStore store) {
    ProcessMetrics before = ProcessMetrics.now();
    long start = System.nanoTime();
    long rows = store.scan(item -> checksum.add(item.getQuantity())).toCompletableFuture().join();
    long elapsed = System.nanoTime() - start;
    ProcessMetrics after = ProcessMetrics.now();
    if (rows != settings.scanRows()) {
      throw new IllegalStateException(store.name() + " scanned " + rows + " rows");
    }
    return new RunFigures(
        rows * 1e9 / elapsed,
        elapsed / 1e6,
        Double.NaN,
        after.cpuSince(before) / 1e3 / rows,
        (double) after.allocatedSince(before) / rows,
        after.threads(),
        0);
  }
}
