package dev.augur.testkit;

import dev.augur.testkit.server.NodeMain;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The command line of a forked node: which {@code java}, with which JVM options, classpath and main
 * class.
 */
final class NodeCommand {

  /** System property naming the JDK for forked nodes; wins over {@link #JAVA_HOME_ENV}. */
  static final String JAVA_HOME_PROPERTY = "augur.cassandra.java-home";

  /** Environment variable naming the JDK for forked nodes. */
  static final String JAVA_HOME_ENV = "CASSANDRA_JAVA_HOME";

  /**
   * Cassandra's own conf/jvm17-server.options (G1, module opens for its use of JDK internals, netty
   * settings). Without the --add-opens the node fails at startup on JDK 17.
   */
  private static final List<String> JVM17_OPTIONS =
      List.of(
          "-XX:+UseG1GC",
          "-XX:+ParallelRefProcEnabled",
          "-XX:MaxTenuringThreshold=1",
          "-XX:G1HeapRegionSize=16m",
          "-XX:+UseThreadPriorities",
          "-XX:+HeapDumpOnOutOfMemoryError",
          "-XX:+ExitOnOutOfMemoryError",
          "-Xss256k",
          "-XX:+PerfDisableSharedMem",
          "-Djava.net.preferIPv4Stack=true",
          "-Djdk.attach.allowAttachSelf=true",
          "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED",
          "--add-exports=java.management.rmi/com.sun.jmx.remote.internal.rmi=ALL-UNNAMED",
          "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
          "--add-exports=java.rmi/sun.rmi.server=ALL-UNNAMED",
          "--add-exports=java.sql/java.sql=ALL-UNNAMED",
          "--add-exports=java.base/java.lang.ref=ALL-UNNAMED",
          "--add-exports=jdk.unsupported/sun.misc=ALL-UNNAMED",
          "--add-exports=jdk.compiler/com.sun.tools.javac.file=ALL-UNNAMED",
          "--add-exports=jdk.attach/sun.tools.attach=ALL-UNNAMED",
          "--add-opens=java.base/java.lang.module=ALL-UNNAMED",
          "--add-opens=java.base/jdk.internal.loader=ALL-UNNAMED",
          "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
          "--add-opens=java.base/jdk.internal.reflect=ALL-UNNAMED",
          "--add-opens=java.base/jdk.internal.math=ALL-UNNAMED",
          "--add-opens=java.base/jdk.internal.module=ALL-UNNAMED",
          "--add-opens=java.base/jdk.internal.util.jar=ALL-UNNAMED",
          "--add-opens=jdk.management/com.sun.management.internal=ALL-UNNAMED",
          "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
          "--add-opens=java.base/java.io=ALL-UNNAMED",
          "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
          "--add-opens=jdk.compiler/com.sun.tools.javac=ALL-UNNAMED",
          "--add-opens=java.base/java.lang=ALL-UNNAMED",
          "--add-opens=java.base/java.util=ALL-UNNAMED",
          "-Dio.netty.tryReflectionSetAccessible=true",
          "-Dio.netty.allocator.useCacheForAllThreads=true",
          "-Dio.netty.allocator.maxOrder=11");

  /** Speed-ups for a throwaway node; none of them weakens durability (unlike unsafesystem). */
  private static final List<String> TEST_NODE_OPTIONS =
      List.of(
          "-Dcassandra-foreground=true",
          "-Dcassandra.skip_wait_for_gossip_to_settle=0",
          "-Dcassandra.ring_delay_ms=1000",
          "-Dcassandra.shutdown_announce_in_ms=0",
          // C1 only: test runs are short, and measured about twice as fast before C2 pays off.
          // A benchmark can pass -XX:TieredStopAtLevel=4 via jvmArgs (later flags win).
          "-XX:TieredStopAtLevel=1");

  private NodeCommand() {}

  /**
   * The full command for one start of a node.
   *
   * @param java the {@code java} executable
   * @param options resolved options (ports picked)
   * @param files the node's work directory
   * @param classpath Cassandra's classpath
   * @param deleteOnOrphan whether the node deletes its work directory if its parent dies
   */
  static List<String> build(
      Path java,
      NodeOptions options,
      NodeFiles files,
      CassandraClasspath classpath,
      boolean deleteOnOrphan) {
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    // -Xmx only: a fixed -Xms would commit the whole heap up front, and a test node rarely
    // needs it (about 750 MB RSS instead of 1 GB measured with a 512m maximum).
    command.add("-Xmx" + options.heap());
    command.addAll(JVM17_OPTIONS);
    command.addAll(TEST_NODE_OPTIONS);
    command.add("-Dcassandra.config=" + files.yaml().toUri());
    command.add("-Dcassandra.storagedir=" + files.data());
    command.add("-Dcassandra.logdir=" + files.logs());
    command.add("-Dcassandra.triggers_dir=" + files.triggers());
    command.add("-Dcassandra-rackdc.properties=" + files.rackDc().toUri());
    command.add("-Dlogback.configurationFile=" + files.logback().toUri());
    if (deleteOnOrphan) {
      command.add("-D" + NodeMain.DELETE_ON_ORPHAN + "=" + files.root());
    }
    command.addAll(options.jvmArgs());
    command.add("-cp");
    command.add(
        classpath.entries().stream()
            .map(Path::toString)
            .collect(Collectors.joining(File.pathSeparator)));
    command.add(NodeMain.class.getName());
    return command;
  }

  /** The command as one line for messages, with the long classpath abbreviated. */
  static String describe(List<String> command) {
    List<String> shown = new ArrayList<>(command);
    int cp = shown.indexOf("-cp");
    if (cp >= 0 && cp + 1 < shown.size()) {
      int jars = shown.get(cp + 1).split(File.pathSeparator).length;
      shown.set(cp + 1, "<" + jars + " entries: cassandra.classpath + augur-testkit-server>");
    }
    return String.join(" ", shown);
  }

  /**
   * The {@code java} executable for a node: {@code explicitHome} if given, else system property
   * {@value #JAVA_HOME_PROPERTY}, else environment variable {@value #JAVA_HOME_ENV}, else the
   * running JVM if it is a Java version Cassandra 5.0 runs on (11 or 17).
   *
   * @throws CassandraStartException if none applies or the executable is missing
   */
  static Path javaExecutable(Path explicitHome) {
    return javaExecutable(
        explicitHome,
        System::getProperty,
        System::getenv,
        Paths.get(System.getProperty("java.home")),
        Runtime.version().feature());
  }

  static Path javaExecutable(
      Path explicitHome,
      UnaryOperator<String> properties,
      UnaryOperator<String> environment,
      Path runningHome,
      int runningFeature) {
    Path home = explicitHome;
    String source = "javaHome(...)";
    if (home == null && notBlank(properties.apply(JAVA_HOME_PROPERTY))) {
      home = Paths.get(properties.apply(JAVA_HOME_PROPERTY));
      source = "system property " + JAVA_HOME_PROPERTY;
    }
    if (home == null && notBlank(environment.apply(JAVA_HOME_ENV))) {
      home = Paths.get(environment.apply(JAVA_HOME_ENV));
      source = "environment variable " + JAVA_HOME_ENV;
    }
    if (home == null) {
      if (runningFeature != 11 && runningFeature != 17) {
        throw new CassandraStartException(
            "Cassandra 5.0 runs on Java 11 or 17, but this JVM is"
                + " Java "
                + runningFeature
                + " ("
                + runningHome
                + "). Point "
                + JAVA_HOME_ENV
                + " (or -D"
                + JAVA_HOME_PROPERTY
                + ") at a JDK 17.");
      }
      home = runningHome;
      source = "the running JVM (java.home)";
    }
    Path java = home.resolve("bin").resolve(isWindows() ? "java.exe" : "java");
    if (!Files.isExecutable(java)) {
      throw new CassandraStartException("No java executable at " + java + " (from " + source + ")");
    }
    return java;
  }

  private static boolean notBlank(String value) {
    return value != null && !value.isBlank();
  }

  private static boolean isWindows() {
    return System.getProperty("os.name", "").toLowerCase().startsWith("windows");
  }
}
