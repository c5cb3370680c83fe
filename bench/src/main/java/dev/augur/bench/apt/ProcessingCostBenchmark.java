package dev.augur.bench.apt;

import dev.augur.bench.apt.SyntheticProject.Flavour;
import dev.augur.bench.report.Environment;
import dev.augur.bench.report.MarkdownTable;
import dev.augur.bench.report.Stats;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The cost of annotation processing: javac on a synthetic project of 200 entities and 200 DAOs with
 * Augur's processor, and on the equivalent project with the driver mapper's processor, runs
 * interleaved. Both compile with the same class path and processor path (this JVM's class path,
 * which holds both processors); {@code -processor} picks one. Each project is also compiled with
 * {@code -proc:none}, which isolates what the processor adds (its own work plus compiling what it
 * generates) from javac's work on the input.
 *
 * <p>Two settings: in this JVM, warm, as a build tool's in-process compiler runs after the first
 * modules (median of {@code bench.apt.rounds} after {@code bench.apt.warmups}); and as a fresh
 * {@code javac} process, cold, as a one-module build runs (median of {@code bench.apt.forked}).
 */
public final class ProcessingCostBenchmark {
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private record Variant(String name, Flavour flavour, String processor) {
    boolean processes() {
      return processor != null;
    }
  }

  private static final List<Variant> VARIANTS =
      List.of(
          new Variant("augur", Flavour.AUGUR, "dev.augur.processor.AugurProcessor"),
          new Variant(
              "mapper",
              Flavour.MAPPER,
              "com.datastax.oss.driver.internal.mapper.processor.MapperProcessor"),
          new Variant("augur input, -proc:none", Flavour.AUGUR, null),
          new Variant("mapper input, -proc:none", Flavour.MAPPER, null));

  private record Run(double wallMillis, double cpuMillis, int generated) {}

  public static void main(String[] args) throws Exception {
    String report =
        run(
            Integer.getInteger("bench.apt.size", 200),
            Integer.getInteger("bench.apt.rounds", 5),
            Integer.getInteger("bench.apt.warmups", 2),
            Integer.getInteger("bench.apt.forked", 3),
            System.getProperty("java.class.path"));
    Path path = Path.of(System.getProperty("bench.apt.output", "target/apt-report.md"));
    if (path.getParent() != null) {
      Files.createDirectories(path.getParent());
    }
    Files.writeString(path, report);
    System.out.println("written to " + path.toAbsolutePath());
  }

  /**
   * Generates both projects and compiles each variant {@code warmups + rounds} times in this JVM
   * and {@code forkedRuns} times as a {@code javac} process; returns the report.
   *
   * @param classPath class path and processor path of every compilation: must hold both processors,
   *     the annotations and the runtimes
   */
  static String run(int size, int rounds, int warmups, int forkedRuns, String classPath)
      throws IOException, InterruptedException {
    String environment = Environment.describe();
    System.out.println(environment);
    long started = System.nanoTime();
    Path root = Files.createTempDirectory("augur-apt");
    try {
      // Builds running next to the benchmark may rewrite the jars of the local repository.
      classPath = snapshot(classPath, root.resolve("classpath"));
      Map<Flavour, List<Path>> sources = new LinkedHashMap<>();
      for (Flavour flavour : Flavour.values()) {
        sources.put(
            flavour,
            SyntheticProject.write(root.resolve(flavour.name().toLowerCase()), flavour, size));
      }
      Map<Variant, List<Run>> inProcess = new LinkedHashMap<>();
      Map<Variant, List<Run>> forked = new LinkedHashMap<>();
      int run = 0;
      for (int round = 0; round < warmups + rounds; round++) {
        for (int i = 0; i < VARIANTS.size(); i++) {
          Variant variant = VARIANTS.get((round + i) % VARIANTS.size());
          Path out = root.resolve("out-" + run++);
          Run result = compileInProcess(variant, sources.get(variant.flavour()), classPath, out);
          System.out.printf(
              "%s in-process %-26s %8.0f ms wall %8.0f ms CPU %4d generated%n",
              round < warmups ? "warm-up" : "measured",
              variant.name(),
              result.wallMillis(),
              result.cpuMillis(),
              result.generated());
          if (round >= warmups) {
            inProcess.computeIfAbsent(variant, v -> new ArrayList<>()).add(result);
          }
          delete(out);
        }
      }
      for (int round = 0; round < forkedRuns; round++) {
        for (int i = 0; i < VARIANTS.size(); i++) {
          Variant variant = VARIANTS.get((round + i) % VARIANTS.size());
          Path out = root.resolve("out-" + run++);
          Run result = compileForked(variant, sources.get(variant.flavour()), classPath, out);
          System.out.printf(
              "javac process %-26s %8.0f ms wall %4d generated%n",
              variant.name(), result.wallMillis(), result.generated());
          forked.computeIfAbsent(variant, v -> new ArrayList<>()).add(result);
          delete(out);
        }
      }
      String report =
          "## Annotation processing\n\n"
              + environment
              + "\n\n"
              + size
              + " entities + "
              + size
              + " DAOs (5 methods each) per processor; in-process: median of "
              + rounds
              + " runs after "
              + warmups
              + " warm-up rounds; javac process: median of "
              + forkedRuns
              + " runs; total "
              + (System.nanoTime() - started) / 1_000_000_000
              + " s.\n\n"
              + table(inProcess, forked);
      System.out.println(report);
      return report;
    } finally {
      delete(root);
    }
  }

  private static List<String> options(Variant variant, String classPath, Path out)
      throws IOException {
    Path classes = Files.createDirectories(out.resolve("classes"));
    Path generated = Files.createDirectories(out.resolve("generated"));
    List<String> options =
        new ArrayList<>(
            List.of(
                "--release",
                "17",
                "-classpath",
                classPath,
                "-d",
                classes.toString(),
                "-s",
                generated.toString(),
                "-implicit:class"));
    if (variant.processes()) {
      options.addAll(List.of("-processorpath", classPath, "-processor", variant.processor()));
    } else {
      options.add("-proc:none");
    }
    return options;
  }

  private static Run compileInProcess(
      Variant variant, List<Path> sources, String classPath, Path out) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options = options(variant, classPath, out);
    StringWriter messages = new StringWriter();
    long cpu = OS.getProcessCpuTime();
    long start = System.nanoTime();
    boolean success;
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, null)) {
      success =
          compiler
              .getTask(
                  messages,
                  files,
                  diagnostics,
                  options,
                  null,
                  files.getJavaFileObjectsFromPaths(sources))
              .call();
    }
    long wall = System.nanoTime() - start;
    long cpuUsed = OS.getProcessCpuTime() - cpu;
    if (!success) {
      throw new IllegalStateException(
          variant.name() + " failed to compile: " + diagnostics.getDiagnostics() + messages);
    }
    return new Run(wall / 1e6, cpuUsed / 1e6, count(out.resolve("generated")));
  }

  private static Run compileForked(Variant variant, List<Path> sources, String classPath, Path out)
      throws IOException, InterruptedException {
    List<String> arguments = new ArrayList<>(options(variant, classPath, out));
    for (Path source : sources) {
      arguments.add(source.toString());
    }
    Path argFile = out.resolve("javac.args");
    Files.write(argFile, arguments.stream().map(ProcessingCostBenchmark::quote).toList());
    Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
    long start = System.nanoTime();
    Process process =
        new ProcessBuilder(javac.toString(), "@" + argFile)
            .redirectErrorStream(true)
            .redirectOutput(out.resolve("javac.log").toFile())
            .start();
    int exit = process.waitFor();
    long wall = System.nanoTime() - start;
    if (exit != 0) {
      throw new IllegalStateException(
          variant.name()
              + ": javac exited with "
              + exit
              + ": "
              + Files.readString(out.resolve("javac.log")));
    }
    return new Run(wall / 1e6, Double.NaN, count(out.resolve("generated")));
  }

  private static String quote(String argument) {
    return "\"" + argument.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String table(Map<Variant, List<Run>> inProcess, Map<Variant, List<Run>> forked) {
    MarkdownTable table =
        new MarkdownTable(
            "javac with",
            "in-process wall ms",
            "in-process CPU ms",
            "javac process wall ms",
            "generated files");
    Map<String, double[]> medians = new LinkedHashMap<>();
    for (Variant variant : VARIANTS) {
      double wall = median(inProcess.get(variant), Run::wallMillis);
      double cpu = median(inProcess.get(variant), Run::cpuMillis);
      double process = median(forked.get(variant), Run::wallMillis);
      medians.put(variant.name(), new double[] {wall, cpu, process});
      table.row(
          variant.name(),
          Stats.figure(wall),
          Stats.figure(cpu),
          Stats.figure(process),
          String.valueOf(generated(inProcess.get(variant), forked.get(variant))));
    }
    double[] augur = medians.get("augur");
    double[] mapper = medians.get("mapper");
    double[] augurBase = medians.get("augur input, -proc:none");
    double[] mapperBase = medians.get("mapper input, -proc:none");
    table.row(
        "ratio augur / mapper",
        Stats.ratio(augur[0], mapper[0]),
        Stats.ratio(augur[1], mapper[1]),
        Stats.ratio(augur[2], mapper[2]),
        "");
    table.row(
        "processing only (minus -proc:none), augur / mapper",
        Stats.ratio(augur[0] - augurBase[0], mapper[0] - mapperBase[0]),
        Stats.ratio(augur[1] - augurBase[1], mapper[1] - mapperBase[1]),
        Stats.ratio(augur[2] - augurBase[2], mapper[2] - mapperBase[2]),
        "");
    return table.toString();
  }

  private static double median(List<Run> runs, java.util.function.ToDoubleFunction<Run> figure) {
    return runs == null
        ? Double.NaN
        : Stats.median(runs.stream().map(figure::applyAsDouble).toList());
  }

  /** Copies every entry of {@code classPath} under {@code directory}; returns the copy's path. */
  private static String snapshot(String classPath, Path directory) throws IOException {
    List<String> copies = new ArrayList<>();
    int index = 0;
    for (String entry : classPath.split(File.pathSeparator)) {
      Path source = Path.of(entry);
      if (!Files.exists(source)) {
        continue;
      }
      Path target = directory.resolve(index++ + "-" + source.getFileName());
      try (Stream<Path> files = Files.walk(source)) {
        for (Path file : files.toList()) {
          Path copy = target.resolve(source.relativize(file).toString());
          if (Files.isDirectory(file)) {
            Files.createDirectories(copy);
          } else {
            Files.createDirectories(copy.getParent());
            Files.copy(file, copy);
          }
        }
      }
      copies.add(target.toString());
    }
    return String.join(File.pathSeparator, copies);
  }

  private static int generated(List<Run> inProcess, List<Run> forked) {
    List<Run> runs = inProcess != null ? inProcess : forked;
    return runs == null || runs.isEmpty() ? 0 : runs.get(0).generated();
  }

  private static int count(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      return (int) files.filter(p -> p.toString().endsWith(".java")).count();
    }
  }

  private static void delete(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
