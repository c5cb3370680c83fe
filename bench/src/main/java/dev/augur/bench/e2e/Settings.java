package dev.augur.bench.e2e;

import java.util.Arrays;
import java.util.List;

/**
 * The end-to-end run's settings, from system properties ({@code -Dbench.rounds=5} ...), with the
 * defaults the README's figures were taken with. A saturation of 0 skips the saturation runs.
 */
record Settings(
    int rounds,
    int warmups,
    double seconds,
    double warmupSeconds,
    int concurrency,
    int saturation,
    int partitions,
    int rowsPerPartition,
    int vectors,
    List<String> workloads,
    List<String> implementations,
    String serverHeap,
    List<String> serverJvmArgs,
    String contactPoints,
    String nodeDirectory,
    String output) {

  static Settings fromSystemProperties() {
    return new Settings(
        Integer.getInteger("bench.rounds", 5),
        Integer.getInteger("bench.warmups", 2),
        Double.parseDouble(System.getProperty("bench.seconds", "5")),
        Double.parseDouble(System.getProperty("bench.warmup-seconds", "3")),
        Integer.getInteger("bench.concurrency", 256),
        Integer.getInteger("bench.saturation", 1024),
        Integer.getInteger("bench.partitions", 10_000),
        Integer.getInteger("bench.rows-per-partition", 100),
        Integer.getInteger("bench.vectors", 10_000),
        List.of(
            System.getProperty("bench.workloads", "insert,get,partition,scan,ann").split(",")),
        List.of(System.getProperty("bench.implementations", "raw,augur,mapper").split(",")),
        System.getProperty("bench.server-heap", "1g"),
        Arrays.stream(
                System.getProperty("bench.server-jvm-args", "-XX:TieredStopAtLevel=4")
                    .split("\\s+"))
            .filter(arg -> !arg.isBlank())
            .toList(),
        System.getProperty("bench.contact-points", ""),
        System.getProperty("bench.node-dir", ""),
        System.getProperty("bench.output", "target/e2e-report.md"));
  }

  /** Whether a workload other than {@code ann} runs, so the items must be loaded. */
  boolean itemWorkloads() {
    return workloads.stream().anyMatch(workload -> !workload.equals("ann"));
  }

  long scanRows() {
    return (long) partitions * rowsPerPartition;
  }
}
