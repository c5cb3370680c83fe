package dev.augur.testkit;

import dev.augur.testkit.server.NodeMain;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The classpath of a forked node: the jars that augur-testkit-server recorded at build time
 * (cassandra-all and its runtime dependencies, relative to the local Maven repository) plus
 * augur-testkit-server itself, which holds {@link NodeMain}.
 *
 * <p>The jars are used from the local repository rather than bundled: cassandra-all is a provided
 * dependency of augur-testkit-server, so Maven downloads it when that module builds but never puts
 * it on a user's classpath, where its netty, jackson and slf4j would clash with the driver's.
 */
record CassandraClasspath(List<Path> entries, String cassandraVersion) {

  private static final Pattern CASSANDRA_ALL =
      Pattern.compile("/org/apache/cassandra/cassandra-all/([^/]+)/cassandra-all-[^/]+\\.jar$");

  /**
   * Reads the recorded classpath and checks that every jar is present.
   *
   * @return the classpath, augur-testkit-server last
   * @throws CassandraStartException if the resource is missing or jars are not downloaded
   */
  static CassandraClasspath resolve() {
    Path repository = localRepository();
    String recorded = readRecordedClasspath();
    List<Path> entries = new ArrayList<>();
    List<Path> missing = new ArrayList<>();
    String found = versionIn(recorded);
    String version = found != null ? found : "unknown";
    for (String entry : recorded.split(":")) {
      String trimmed = entry.trim();
      if (trimmed.isEmpty()) {
        continue;
      }
      Path jar =
          trimmed.startsWith(NodeMain.LOCAL_REPOSITORY_PLACEHOLDER)
              ? repository.resolve(
                  trimmed
                      .substring(NodeMain.LOCAL_REPOSITORY_PLACEHOLDER.length())
                      .replaceFirst("^/+", ""))
              : Paths.get(trimmed);
      entries.add(jar);
      if (!Files.isRegularFile(jar)) {
        missing.add(jar);
      }
    }
    if (!missing.isEmpty()) {
      throw new CassandraStartException(
          missingJarsMessage(missing, entries.size(), version, repository));
    }
    entries.add(serverLocation());
    return new CassandraClasspath(List.copyOf(entries), version);
  }

  /**
   * The Cassandra version a forked node runs: that of the cassandra-all jar augur-testkit-server
   * recorded at build time. Read from the record alone, the jars need not be downloaded; the Docker
   * mode's default image carries the same version, so both modes run the same Cassandra.
   *
   * @return e.g. {@code 5.0.9}
   * @throws CassandraStartException if the record is missing or names no cassandra-all jar
   */
  static String recordedCassandraVersion() {
    String version = versionIn(readRecordedClasspath());
    if (version == null) {
      throw new CassandraStartException(
          NodeMain.CLASSPATH_RESOURCE + " names no cassandra-all jar: augur-testkit-server is broken");
    }
    return version;
  }

  /** The version of the cassandra-all jar on a recorded classpath, or null. */
  private static String versionIn(String recorded) {
    for (String entry : recorded.split(":")) {
      Matcher matcher = CASSANDRA_ALL.matcher(entry.trim());
      if (matcher.find()) {
        return matcher.group(1);
      }
    }
    return null;
  }

  /**
   * The local Maven repository: system property {@code maven.repo.local}, else {@code
   * <localRepository>} of {@code ~/.m2/settings.xml}, else {@code ~/.m2/repository}.
   *
   * @return the repository directory (not checked for existence)
   */
  static Path localRepository() {
    String property = System.getProperty("maven.repo.local");
    if (property != null && !property.isBlank()) {
      return Paths.get(property);
    }
    Path home = Paths.get(System.getProperty("user.home"));
    Path settings = home.resolve(".m2").resolve("settings.xml");
    if (Files.isRegularFile(settings)) {
      try {
        String fromSettings = localRepositoryIn(Files.readString(settings));
        if (fromSettings != null) {
          return Paths.get(fromSettings.replace("${user.home}", home.toString()));
        }
      } catch (IOException | RuntimeException e) {
        // An unreadable settings file means Maven's default applies.
      }
    }
    return home.resolve(".m2").resolve("repository");
  }

  /** The {@code <localRepository>} value of a settings.xml text, ignoring commented-out ones. */
  static String localRepositoryIn(String settingsXml) {
    // The stock settings.xml has an example <localRepository> inside a comment.
    String withoutComments = settingsXml.replaceAll("(?s)<!--.*?-->", "");
    Matcher matcher =
        Pattern.compile("<localRepository>\\s*([^<]*?)\\s*</localRepository>")
            .matcher(withoutComments);
    return matcher.find() && !matcher.group(1).isEmpty() ? matcher.group(1) : null;
  }

  private static String readRecordedClasspath() {
    try (InputStream in = NodeMain.class.getResourceAsStream(NodeMain.CLASSPATH_RESOURCE)) {
      if (in == null) {
        throw new CassandraStartException(
            "Resource "
                + NodeMain.CLASSPATH_RESOURCE
                + " is missing next to "
                + NodeMain.class.getName()
                + ": augur-testkit-server was built without its classpath file");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CassandraStartException("Cannot read " + NodeMain.CLASSPATH_RESOURCE, e);
    }
  }

  private static Path serverLocation() {
    try {
      return Paths.get(NodeMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | RuntimeException e) {
      throw new CassandraStartException(
          "Cannot locate the jar or directory holding " + NodeMain.class.getName(), e);
    }
  }

  private static String missingJarsMessage(
      List<Path> missing, int total, String version, Path repository) {
    StringBuilder message =
        new StringBuilder()
            .append(missing.size())
            .append(" of ")
            .append(total)
            .append(" jars of Cassandra's classpath are missing from the local Maven repository ")
            .append(repository)
            .append(", e.g.:\n");
    missing.stream().limit(5).forEach(jar -> message.append("  ").append(jar).append('\n'));
    return message
        .append(
            "Fetch them with: mvn dependency:get -Dartifact=org.apache.cassandra:cassandra-all:")
        .append(version)
        .append(
            "\n(If your build uses another repository, pass -Dmaven.repo.local=<dir> to the"
                + " test JVM.)")
        .toString();
  }
}
