package dev.augur.bench.e2e;

import dev.augur.bench.report.MarkdownTable;
import dev.augur.bench.report.Stats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Collects the runs of every workload and implementation and prints them as Markdown: one table per
 * workload with the median of each figure over the measured rounds, then one table of ratios. A
 * ratio is the median over rounds of that round's ratio: the runs of one round are adjacent in
 * time, so a ratio within a round cancels most of the machine's drift.
 */
final class Report {
  static final List<String> IMPLEMENTATIONS = List.of("raw", "augur", "mapper");

  private final Map<String, Map<String, List<RunFigures>>> runs = new LinkedHashMap<>();

  void add(String workload, String implementation, RunFigures figures) {
    runs.computeIfAbsent(workload, w -> new LinkedHashMap<>())
        .computeIfAbsent(implementation, i -> new ArrayList<>())
        .add(figures);
  }

  String figures() {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, Map<String, List<RunFigures>>> workload : runs.entrySet()) {
      boolean scan = workload.getKey().startsWith("scan");
      out.append("\n#### ").append(workload.getKey()).append("\n\n");
      MarkdownTable table =
          new MarkdownTable(
              "implementation",
              scan ? "rows/s" : "ops/s",
              scan ? "duration ms" : "p50 ms",
              "p99 ms",
              scan ? "client CPU us/row" : "client CPU us/op",
              scan ? "alloc B/row" : "alloc B/op",
              "threads",
              "runs");
      for (String implementation : IMPLEMENTATIONS) {
        List<RunFigures> list = workload.getValue().get(implementation);
        if (list == null) {
          continue;
        }
        table.row(
            implementation,
            Stats.figure(median(list, RunFigures::perSecond)),
            Stats.figure(median(list, RunFigures::p50Millis)),
            scan ? "-" : Stats.figure(median(list, RunFigures::p99Millis)),
            Stats.figure(median(list, RunFigures::cpuMicros)),
            Stats.figure(median(list, RunFigures::bytes)),
            String.valueOf(Math.round(median(list, RunFigures::threads))),
            list.size() + (errors(list) == 0 ? "" : " (" + errors(list) + " errors)"));
      }
      out.append(table);
    }
    return out.toString();
  }

  String ratios() {
    MarkdownTable table =
        new MarkdownTable(
            "workload",
            "CPU/op augur/raw",
            "CPU/op augur/mapper",
            "ops/s augur/raw",
            "ops/s augur/mapper",
            "p50 augur/raw",
            "p99 augur/raw",
            "alloc/op augur/raw",
            "alloc/op augur/mapper");
    for (Map.Entry<String, Map<String, List<RunFigures>>> workload : runs.entrySet()) {
      Map<String, List<RunFigures>> byImplementation = workload.getValue();
      boolean scan = workload.getKey().startsWith("scan");
      table.row(
          workload.getKey(),
          ratio(byImplementation, "raw", RunFigures::cpuMicros),
          ratio(byImplementation, "mapper", RunFigures::cpuMicros),
          ratio(byImplementation, "raw", RunFigures::perSecond),
          ratio(byImplementation, "mapper", RunFigures::perSecond),
          ratio(byImplementation, "raw", RunFigures::p50Millis),
          scan ? "-" : ratio(byImplementation, "raw", RunFigures::p99Millis),
          ratio(byImplementation, "raw", RunFigures::bytes),
          ratio(byImplementation, "mapper", RunFigures::bytes));
    }
    return table.toString();
  }

  private static String ratio(
      Map<String, List<RunFigures>> byImplementation,
      String base,
      ToDoubleFunction<RunFigures> figure) {
    List<RunFigures> augur = byImplementation.get("augur");
    List<RunFigures> other = byImplementation.get(base);
    if (augur == null || other == null) {
      return "n/a";
    }
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < Math.min(augur.size(), other.size()); i++) {
      ratios.add(figure.applyAsDouble(augur.get(i)) / figure.applyAsDouble(other.get(i)));
    }
    return String.format("%.3f", Stats.median(ratios));
  }

  private static double median(List<RunFigures> list, ToDoubleFunction<RunFigures> figure) {
    return Stats.median(list.stream().map(figure::applyAsDouble).toList());
  }

  private static long errors(List<RunFigures> list) {
    return list.stream().mapToLong(RunFigures::errors).sum();
  }
}
