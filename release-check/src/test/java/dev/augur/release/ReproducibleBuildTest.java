package dev.augur.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * Builds every deployed artifact a second time, from a copy of the sources in another directory,
 * and compares the jars with the ones this build made, byte for byte. Equal bytes are what a user
 * checking a release against its sources needs; the copy in another directory also catches a path
 * of the build machine leaking into an artifact.
 */
class ReproducibleBuildTest {
  private static final long REBUILD_MINUTES = 10;
  private static final List<String> CLASSIFIERS = List.of("", "-sources", "-javadoc");

  private final Path root = Path.of(System.getProperty("augur.root"));

  @Test
  void aSecondBuildOfTheDeployedArtifactsIsByteIdentical() throws Exception {
    List<Module> deployed = Module.jars(root, DeployedSet.fromBuild());
    List<Path> built = new ArrayList<>();
    for (Module module : deployed) {
      for (String classifier : CLASSIFIERS) {
        Path jar = module.jar(root, classifier);
        assertThat(jar).as("built by this reactor before the check").isRegularFile();
        built.add(root.relativize(jar));
      }
    }

    Path copy = Files.createTempDirectory("augur-rebuild");
    try {
      copySources(root, copy);
      rebuild(copy, deployed);
      List<String> differences = new ArrayList<>();
      for (Path jar : built) {
        differences.addAll(compare(root.resolve(jar), copy.resolve(jar)));
      }
      assertThat(differences).as("jars that differ between two builds of the same sources").isEmpty();
      System.out.printf("%d jars of %d deployed modules rebuilt byte-identical%n", built.size(),
          deployed.size());
    } finally {
      deleteTree(copy);
    }
  }

  private static void copySources(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path relative = from.relativize(file);
        if (skipped(relative)) {
          continue;
        }
        Path target = to.resolve(relative.toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  private static boolean skipped(Path relative) {
    for (Path part : relative) {
      String name = part.toString();
      if (name.equals("target") || name.startsWith(".git") || name.equals(".idea")) {
        return true;
      }
    }
    return false;
  }

  private static void rebuild(Path copy, List<Module> deployed) throws Exception {
    String mavenHome = System.getProperty("maven.home");
    List<String> command = new ArrayList<>(List.of(
        Path.of(mavenHome, "bin", "mvn").toString(), "-B", "-q", "-o",
        "-Dmaven.repo.local=" + System.getProperty("maven.repo.local"),
        "-Dmaven.test.skip=true", "-Denforcer.skip=true", "package", "-am", "-pl"));
    command.add(String.join(",", deployed.stream().map(m -> m.directory).toList()));
    Path log = copy.resolve("rebuild.log");
    Process process = new ProcessBuilder(command).directory(copy.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(REBUILD_MINUTES, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the second build took over " + REBUILD_MINUTES + " minutes");
    }
    assertThat(process.exitValue()).as("second build, log:%n%s", Files.readString(log))
        .isZero();
  }

  /** The entries that differ, or are only in one of the two jars; empty when equal. */
  private static List<String> compare(Path first, Path second) throws IOException {
    if (!Files.isRegularFile(second)) {
      return List.of(first.getFileName() + ": not made by the second build");
    }
    if (Files.mismatch(first, second) == -1) {
      return List.of();
    }
    Map<String, String> one = digests(first);
    Map<String, String> two = digests(second);
    List<String> differences = new ArrayList<>();
    for (String name : union(one, two)) {
      if (!one.getOrDefault(name, "absent").equals(two.getOrDefault(name, "absent"))) {
        differences.add(first.getFileName() + "!" + name);
      }
    }
    if (differences.isEmpty()) {
      differences.add(first.getFileName() + ": same entries, different bytes (order or times)");
    }
    return differences;
  }

  private static List<String> union(Map<String, String> one, Map<String, String> two) {
    TreeMap<String, String> all = new TreeMap<>(one);
    all.putAll(two);
    return List.copyOf(all.keySet());
  }

  private static Map<String, String> digests(Path jar) throws IOException {
    Map<String, String> digests = new TreeMap<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (ZipEntry entry : zip.stream().toList()) {
        try (InputStream in = zip.getInputStream(entry)) {
          digests.put(entry.getName(), sha256(in.readAllBytes()) + "@" + entry.getTime());
        }
      }
    }
    return digests;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException impossible) {
      throw new AssertionError(impossible);
    }
  }

  private static void deleteTree(Path directory) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.delete(file);
      }
    }
  }
}
