package dev.augur.bench.jmh;

import dev.augur.bench.report.Environment;
import dev.augur.bench.report.MarkdownTable;
import dev.augur.bench.report.Stats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs the JMH benchmarks of this package with the settings the README's figures were taken with
 * (any JMH option on the command line replaces its default), then prints the median over forks of
 * each benchmark and the ratios Augur / hand-written and Augur / driver mapper, as Markdown, also
 * written to {@code bench.jmh.output} (default {@code target/jmh-report.md}).
 */
public final class JmhMain {
  /** Options with a value, and their defaults. */
  private static final Map<String, String> DEFAULTS =
      Map.of(
          "-f", "3",
          "-wi", "3",
          "-w", "1s",
          "-i", "4",
          "-r", "1s",
          "-prof", "gc",
          "-rf", "json",
          "-rff", "target/jmh-result.json");

  private static final List<String> MAPPING =
      List.of("RawPositional", "RawByName", "Mapper", "Augur");
  private static final List<String> CLIENT = List.of("raw", "augur", "mapper");

  private JmhMain() {}

  public static void main(String[] args) throws Exception {
    List<String> arguments = new ArrayList<>(Arrays.asList(args));
    Set<String> given = Set.copyOf(arguments);
    DEFAULTS.forEach(
        (option, value) -> {
          if (!given.contains(option)) {
            arguments.add(option);
            arguments.add(value);
          }
        });
    arguments.add(
        System.getProperty(
            "bench.jmh.include",
            "dev\\.augur\\.bench\\.jmh\\.(MappingBenchmark|ClientPathBenchmark)"));
    long started = System.nanoTime();
    Collection<RunResult> results =
        new Runner(new CommandLineOptions(arguments.toArray(String[]::new))).run();
    String report =
        "## JMH\n\n"
            + Environment.describe()
            + "\n\nArguments: "
            + String.join(" ", arguments)
            + "; total "
            + (System.nanoTime() - started) / 1_000_000_000
            + " s. Figures are medians over forks of each fork's mean.\n"
            + summarize(results);
    System.out.println(report);
    Path output = Path.of(System.getProperty("bench.jmh.output", "target/jmh-report.md"));
    write(output, report);
  }

  /** Median over forks of the score and of the allocation per operation, by benchmark key. */
  record Figures(double score, double bytes, int forks) {}

  static String summarize(Collection<RunResult> results) {
    Map<String, Figures> figures = new HashMap<>();
    for (RunResult result : results) {
      String method = result.getParams().getBenchmark();
      method = method.substring(method.lastIndexOf('.') + 1);
      String impl = result.getParams().getParam("impl");
      List<Double> scores = new ArrayList<>();
      List<Double> bytes = new ArrayList<>();
      for (BenchmarkResult fork : result.getBenchmarkResults()) {
        scores.add(fork.getPrimaryResult().getScore());
        for (Map.Entry<String, Result> secondary : fork.getSecondaryResults().entrySet()) {
          if (secondary.getKey().endsWith("gc.alloc.rate.norm")) {
            bytes.add(secondary.getValue().getScore());
          }
        }
      }
      figures.put(
          impl == null ? method : method + "/" + impl,
          new Figures(Stats.median(scores), Stats.median(bytes), scores.size()));
    }
    StringBuilder out = new StringBuilder();
    MarkdownTable mapping =
        new MarkdownTable(
            "MappingBenchmark (ns/op; B/op)",
            "raw positional",
            "raw by name",
            "driver mapper",
            "augur",
            "augur / raw positional",
            "augur / raw by name",
            "augur / mapper");
    boolean anyMapping = false;
    for (String kind : List.of("read", "bind")) {
      List<Figures> row = new ArrayList<>();
      for (String variant : MAPPING) {
        row.add(figures.get(kind + variant));
      }
      if (row.stream().allMatch(f -> f == null)) {
        continue;
      }
      anyMapping = true;
      addRows(mapping, kind + " one row", row, 3, List.of(0, 1, 2));
    }
    if (anyMapping) {
      out.append("\n").append(mapping);
    }
    MarkdownTable client =
        new MarkdownTable(
            "ClientPathBenchmark (ns/op; B/op)",
            "raw",
            "augur",
            "driver mapper",
            "augur / raw",
            "augur / mapper");
    boolean anyClient = false;
    for (String method : List.of("insert", "get", "partition", "scan")) {
      List<Figures> row = new ArrayList<>();
      for (String impl : CLIENT) {
        row.add(figures.get(method + "/" + impl));
      }
      if (row.stream().allMatch(f -> f == null)) {
        continue;
      }
      anyClient = true;
      addRows(client, method.equals("scan") ? "scan, per row" : method, row, 1, List.of(0, 2));
    }
    if (anyClient) {
      out.append("\n").append(client);
    }
    return out.toString();
  }

  /** A time row and an allocation row: the figures, then Augur's against each in {@code bases}. */
  private static void addRows(
      MarkdownTable table, String label, List<Figures> row, int augur, List<Integer> bases) {
    List<String> time = new ArrayList<>(List.of(label + ", ns"));
    List<String> bytes = new ArrayList<>(List.of(label + ", B"));
    for (Figures f : row) {
      time.add(f == null ? "-" : Stats.figure(f.score()));
      bytes.add(f == null ? "-" : Stats.figure(f.bytes()));
    }
    for (int base : bases) {
      time.add(ratio(row.get(augur), row.get(base), Figures::score));
      bytes.add(ratio(row.get(augur), row.get(base), Figures::bytes));
    }
    table.row(time.toArray(String[]::new));
    table.row(bytes.toArray(String[]::new));
  }

  private static String ratio(
      Figures augur, Figures base, java.util.function.ToDoubleFunction<Figures> figure) {
    return augur == null || base == null
        ? "-"
        : String.format("%.3f", figure.applyAsDouble(augur) / figure.applyAsDouble(base));
  }

  private static void write(Path path, String text) throws IOException {
    if (path.getParent() != null) {
      Files.createDirectories(path.getParent());
    }
    Files.writeString(path, text);
    System.out.println("written to " + path.toAbsolutePath());
  }
}
