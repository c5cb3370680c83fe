package dev.augur.bench.streaming;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import dev.augur.runtime.AugurSession;
import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.CassandraNode;
import dev.augur.testkit.Keyspaces;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

/**
 * Streams a table of a million rows through a generated DAO's {@code RowStream} (with and without
 * fetching a page ahead), and through the driver's own {@code AsyncResultSet} paging, in one JVM,
 * alternating, with the same session and page size; prints each pass's rows/s, CPU per row and
 * heap, then the medians and the ratios to the driver's loop.
 *
 * <p>Meant to run in a small heap ({@code -Xmx64m}): the point is that streaming any number of rows
 * needs memory for two pages only. {@code mvn -B -DskipTests -Pbench-streaming verify -pl bench
 * -am} builds it, starts a Cassandra node of its own and runs it so. System properties: {@code
 * bench.rows} (1000000), {@code bench.pageSize} (5000), {@code bench.batch} (the page size: rows
 * the subscriber requests at a time), {@code bench.partitions} (4), {@code bench.warmups} (2),
 * {@code bench.rounds} (7).
 */
public final class StreamingBenchmark {
  private static final long MB = 1024 * 1024;
  private static final com.sun.management.OperatingSystemMXBean CPU =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  /** The ways a pass reads the table. */
  enum Variant {
    RAW_AFTER("driver, next page after"),
    RAW_PREFETCH("driver, next page first"),
    AUGUR_OFF("Augur, prefetch off"),
    AUGUR_ON("Augur, prefetch on"),
    AUGUR_EACH("Augur forEachAsync, on");

    final String label;

    Variant(String label) {
      this.label = label;
    }
  }

  /** What to run. */
  record Config(
      int rows,
      int pageSize,
      long batch,
      int partitions,
      int warmups,
      int rounds,
      String keyspace) {
    static Config fromSystemProperties() {
      int pageSize = Integer.getInteger("bench.pageSize", 5_000);
      return new Config(
          Integer.getInteger("bench.rows", 1_000_000),
          pageSize,
          Long.getLong("bench.batch", pageSize),
          Integer.getInteger("bench.partitions", 4),
          Integer.getInteger("bench.warmups", 2),
          Integer.getInteger("bench.rounds", 7),
          System.getProperty("bench.keyspace", "augur_bench"));
    }
  }

  /** One measured pass. */
  record Measurement(
      int round,
      Variant variant,
      Pass pass,
      long cpuNanos,
      long peakHeapUsed,
      long peakLiveAfterGc) {
    /** This JVM's CPU time (all threads) per row: the client's cost, steadier than rows/s. */
    double cpuMicrosPerRow() {
      return cpuNanos / 1e3 / pass.rows();
    }
  }

  /** Every measured pass, and the size of one full page of rows as Cassandra sent it. */
  record Report(List<Measurement> measurements, long pageBytes) {
    double medianRowsPerSecond(Variant variant) {
      return median(variant, m -> m.pass().rowsPerSecond());
    }

    /**
     * The median over rounds of {@code a}'s rows/s divided by {@code b}'s in the same round: passes
     * of one round run back to back, so they share the machine's conditions (on a shared machine,
     * rows/s of one variant varies more between rounds than between variants within a round).
     */
    double medianRatio(Variant a, Variant b) {
      return medianRatio(a, b, m -> m.pass().rowsPerSecond());
    }

    /** Like {@link #medianRatio(Variant, Variant)}, of CPU time per row. */
    double medianCpuRatio(Variant a, Variant b) {
      return medianRatio(a, b, Measurement::cpuMicrosPerRow);
    }

    /** The lowest and highest per-round ratio of rows/s: the spread behind the median. */
    double[] ratioRange(Variant a, Variant b) {
      double[] ratios = ratios(a, b, m -> m.pass().rowsPerSecond());
      return new double[] {ratios[0], ratios[ratios.length - 1]};
    }

    private double medianRatio(Variant a, Variant b, ToDoubleFunction<Measurement> figure) {
      double[] ratios = ratios(a, b, figure);
      int n = ratios.length;
      return n % 2 == 1 ? ratios[n / 2] : (ratios[n / 2 - 1] + ratios[n / 2]) / 2;
    }

    private double[] ratios(Variant a, Variant b, ToDoubleFunction<Measurement> figure) {
      return measurements.stream()
          .filter(m -> m.variant() == a)
          .mapToDouble(
              m ->
                  figure.applyAsDouble(m)
                      / figure.applyAsDouble(
                          measurements.stream()
                              .filter(o -> o.variant() == b && o.round() == m.round())
                              .findFirst()
                              .orElseThrow()))
          .sorted()
          .toArray();
    }

    double medianCpuMicrosPerRow(Variant variant) {
      return median(variant, Measurement::cpuMicrosPerRow);
    }

    private double median(Variant variant, ToDoubleFunction<Measurement> figure) {
      double[] values =
          measurements.stream()
              .filter(m -> m.variant() == variant)
              .mapToDouble(figure)
              .sorted()
              .toArray();
      int n = values.length;
      return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    long peakHeapUsed(Variant variant) {
      return measurements.stream()
          .filter(m -> m.variant() == variant)
          .mapToLong(Measurement::peakHeapUsed)
          .max()
          .orElse(0);
    }

    long peakLiveAfterGc(Variant variant) {
      return measurements.stream()
          .filter(m -> m.variant() == variant)
          .mapToLong(Measurement::peakLiveAfterGc)
          .max()
          .orElse(0);
    }
  }

  private StreamingBenchmark() {}

  public static void main(String[] args) throws Exception {
    Config config = Config.fromSystemProperties();
    System.out.printf(
        Locale.ROOT,
        "Starting a Cassandra node (heap 1g, C2 enabled); this JVM has -Xmx%d MB.%n",
        Runtime.getRuntime().maxMemory() / MB);
    try (CassandraNode node =
        CassandraNode.builder().heap("1g").jvmArgs("-XX:TieredStopAtLevel=4").build()) {
      node.start();
      run(node.endpoint(), config, System.out);
    }
  }

  /** Loads the table, then measures; prints as it goes. */
  static Report run(CassandraEndpoint endpoint, Config config, PrintStream out) throws Exception {
    try (CqlSession admin = endpoint.sessionBuilder().build()) {
      Keyspaces.createSimple(admin, config.keyspace());
      admin.execute("DROP TABLE IF EXISTS " + config.keyspace() + ".stream_row");
      admin.execute(
          StreamRow.DDL.replace("IF NOT EXISTS ", "IF NOT EXISTS " + config.keyspace() + "."));
    }
    DriverConfigLoader driverConfig =
        DriverConfigLoader.programmaticBuilder()
            .withInt(DefaultDriverOption.REQUEST_PAGE_SIZE, config.pageSize())
            .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(30))
            .withDuration(DefaultDriverOption.METADATA_SCHEMA_WINDOW, Duration.ofMillis(10))
            .build();
    CqlSession cql =
        CqlSession.builder()
            .addContactPoints(endpoint.contactPoints())
            .withLocalDatacenter(endpoint.localDatacenter())
            .withKeyspace(config.keyspace())
            .withConfigLoader(driverConfig)
            .build();
    try (AugurSession session = AugurSession.wrap(cql)) {
      long loadStart = System.nanoTime();
      Loader.load(cql, config.rows(), config.partitions());
      out.printf(
          Locale.ROOT,
          "Loaded %,d rows in %d partitions in %.1f s.%n",
          config.rows(),
          config.partitions(),
          (System.nanoTime() - loadStart) / 1e9);

      StreamRowDao dao = AugurStreamRowDao.create(session).toCompletableFuture().get();
      PreparedStatement all = cql.prepare(StreamRowDao.ALL_CQL);
      out.printf(
          Locale.ROOT,
          "Page size %d, subscriber batch %d, %d warm-up and %d measured rounds; passes"
              + " alternate.%n%n",
          config.pageSize(),
          config.batch(),
          config.warmups(),
          config.rounds());
      out.printf(
          Locale.ROOT,
          "%-6s %-26s %12s %9s %12s %11s %15s %16s%n",
          "round",
          "variant",
          "rows",
          "seconds",
          "rows/s",
          "CPU us/row",
          "peak heap used",
          "peak live heap");

      List<Measurement> measured = new ArrayList<>();
      Long expectedChecksum = null;
      Variant[] variants = Variant.values();
      for (int round = 0; round < config.warmups() + config.rounds(); round++) {
        boolean warmup = round < config.warmups();
        for (int i = 0; i < variants.length; i++) {
          // Rotate who goes first, so that no variant always follows the same one.
          Variant variant = variants[(i + round) % variants.length];
          quiesce();
          Measurement m = measure(round, variant, dao, cql, all, config.batch());
          if (m.pass().rows() != config.rows()) {
            throw new IllegalStateException(
                variant.label + " read " + m.pass().rows() + " rows, not " + config.rows());
          }
          if (expectedChecksum == null) {
            expectedChecksum = m.pass().checksum();
          } else if (expectedChecksum != m.pass().checksum()) {
            throw new IllegalStateException(variant.label + " read other values");
          }
          out.printf(
              Locale.ROOT,
              "%-6s %-26s %,12d %9.2f %,12.0f %11.2f %12.1f MB %13.1f MB%n",
              warmup ? "warm" : String.valueOf(round - config.warmups() + 1),
              variant.label,
              m.pass().rows(),
              m.pass().nanos() / 1e9,
              m.pass().rowsPerSecond(),
              m.cpuMicrosPerRow(),
              m.peakHeapUsed() / (double) MB,
              m.peakLiveAfterGc() / (double) MB);
          if (!warmup) {
            measured.add(m);
          }
        }
      }
      Report report = new Report(measured, pageBytes(cql, all));
      printSummary(report, out);
      return report;
    }
  }

  private static Measurement measure(
      int round,
      Variant variant,
      StreamRowDao dao,
      CqlSession cql,
      PreparedStatement all,
      long batch)
      throws Exception {
    try (HeapMeter heap = new HeapMeter()) {
      long cpuStart = CPU.getProcessCpuTime();
      CompletableFuture<Pass> pass =
          switch (variant) {
            case AUGUR_ON -> AugurPass.run(dao, batch, true);
            case AUGUR_OFF -> AugurPass.run(dao, batch, false);
            case AUGUR_EACH -> AugurPass.forEach(dao, true);
            case RAW_PREFETCH -> RawPass.run(cql, all, true);
            case RAW_AFTER -> RawPass.run(cql, all, false);
          };
      Pass result = pass.get(10, TimeUnit.MINUTES);
      long cpu = CPU.getProcessCpuTime() - cpuStart;
      return new Measurement(round, variant, result, cpu, heap.peakUsed(), heap.peakLiveAfterGc());
    }
  }

  private static void printSummary(Report report, PrintStream out) {
    Map<Variant, Double> medians = new EnumMap<>(Variant.class);
    for (Variant variant : Variant.values()) {
      medians.put(variant, report.medianRowsPerSecond(variant));
    }
    out.printf(Locale.ROOT, "%nMedians (-Xmx%d MB):%n", Runtime.getRuntime().maxMemory() / MB);
    for (Variant variant : Variant.values()) {
      out.printf(
          Locale.ROOT,
          "  %-26s %,10.0f rows/s  %5.2f CPU us/row  peak heap used %5.1f MB, peak live %5.1f MB%n",
          variant.label,
          medians.get(variant),
          report.medianCpuMicrosPerRow(variant),
          report.peakHeapUsed(variant) / (double) MB,
          report.peakLiveAfterGc(variant) / (double) MB);
    }
    out.printf(
        Locale.ROOT,
        "%nMedian of the per-round ratios (rows/s: above 1 is faster; CPU/row: below 1 is"
            + " cheaper):%n"
            + "  %-26s %-24s %8s %16s %9s%n",
        "",
        "against",
        "rows/s",
        "(min-max)",
        "CPU/row");
    Variant[][] pairs = {
      {Variant.AUGUR_OFF, Variant.RAW_AFTER},
      {Variant.AUGUR_ON, Variant.RAW_AFTER},
      {Variant.AUGUR_EACH, Variant.RAW_AFTER},
      {Variant.AUGUR_ON, Variant.RAW_PREFETCH},
      {Variant.AUGUR_ON, Variant.AUGUR_OFF},
      {Variant.RAW_PREFETCH, Variant.RAW_AFTER},
    };
    for (Variant[] pair : pairs) {
      double[] range = report.ratioRange(pair[0], pair[1]);
      out.printf(
          Locale.ROOT,
          "  %-26s %-24s %8.3f %7.3f-%-8.3f %9.3f%n",
          pair[0].label,
          pair[1].label,
          report.medianRatio(pair[0], pair[1]),
          range[0],
          range[1],
          report.medianCpuRatio(pair[0], pair[1]));
    }
    out.printf(
        Locale.ROOT,
        "Peak heap, prefetch on minus off: used %+.1f MB, live %+.1f MB (one page: %.2f MB as"
            + " sent)%n",
        (report.peakHeapUsed(Variant.AUGUR_ON) - report.peakHeapUsed(Variant.AUGUR_OFF))
            / (double) MB,
        (report.peakLiveAfterGc(Variant.AUGUR_ON) - report.peakLiveAfterGc(Variant.AUGUR_OFF))
            / (double) MB,
        report.pageBytes() / (double) MB);
  }

  /** The bytes of the values of the first page of rows, with their 4-byte length prefixes. */
  private static long pageBytes(CqlSession cql, PreparedStatement all) throws Exception {
    AsyncResultSet first = cql.executeAsync(all.bind()).toCompletableFuture().get();
    long bytes = 0;
    for (Row row : first.currentPage()) {
      for (int i = 0; i < row.getColumnDefinitions().size(); i++) {
        ByteBuffer value = row.getBytesUnsafe(i);
        bytes += 4 + (value == null ? 0 : value.remaining());
      }
    }
    return bytes;
  }

  /** Lets the previous pass's garbage go, so that each pass starts from the same heap. */
  private static void quiesce() throws InterruptedException {
    System.gc();
    Thread.sleep(300);
  }
}
