package dev.augur.testkit.server;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Main class of a forked Cassandra node: runs {@code CassandraDaemon} and ends the node when its
 * parent goes away.
 *
 * <p>The launcher keeps a pipe open to this process's standard input and never writes to it. The
 * operating system closes that pipe when the parent dies for any reason, including {@code kill -9},
 * which no shutdown hook of the parent can observe. Reading standard input until end-of-file is
 * therefore the one signal that reliably means "nobody owns this node any more".
 *
 * <p>System properties read here (set by the launcher):
 *
 * <ul>
 *   <li>{@value #DELETE_ON_ORPHAN}: a directory to delete when the parent disappears. Set for
 *       temporary work directories, whose data nobody can use once the parent is gone; the node is
 *       then halted at once instead of drained.
 *   <li>{@value #WATCH_STDIN}: {@code false} to run without watching standard input, e.g. when
 *       starting this class by hand with standard input closed.
 * </ul>
 *
 * <p>Cassandra is called by reflection so that this module compiles and loads without it; {@code
 * cassandra-all} is only on the node's own classpath (see {@link #CLASSPATH_RESOURCE}).
 */
public final class NodeMain {

  /** Resource next to this class listing Cassandra's classpath, relative to {@code ${M2_REPO}}. */
  public static final String CLASSPATH_RESOURCE = "cassandra.classpath";

  /** Placeholder for the local Maven repository in {@link #CLASSPATH_RESOURCE}. */
  public static final String LOCAL_REPOSITORY_PLACEHOLDER = "${M2_REPO}";

  /** System property naming a directory to delete if the parent process disappears. */
  public static final String DELETE_ON_ORPHAN = "augur.node.delete-on-orphan";

  /** System property; {@code false} disables the standard-input watch. */
  public static final String WATCH_STDIN = "augur.node.watch-stdin";

  private static final String DAEMON_CLASS = "org.apache.cassandra.service.CassandraDaemon";

  /** How long a drain may take after the parent vanished before the node is halted anyway. */
  private static final long CLEAN_STOP_GRACE_MILLIS = 20_000;

  private NodeMain() {}

  /**
   * Starts the parent watch, then Cassandra.
   *
   * @param args passed to {@code CassandraDaemon.main} unchanged
   * @throws Throwable whatever Cassandra's main throws
   */
  public static void main(String[] args) throws Throwable {
    if (!"false".equalsIgnoreCase(System.getProperty(WATCH_STDIN))) {
      Thread watch = new Thread(NodeMain::awaitParentExit, "augur-parent-watch");
      watch.setDaemon(true);
      watch.start();
    }
    try {
      Class.forName(DAEMON_CLASS).getMethod("main", String[].class).invoke(null, (Object) args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static void awaitParentExit() {
    try (InputStream in = System.in) {
      byte[] buffer = new byte[256];
      while (in.read(buffer) >= 0) {
        // The parent never writes; anything read is ignored.
      }
    } catch (IOException e) {
      // A broken pipe means the same as end-of-file: the parent is gone.
    }
    onParentGone();
  }

  private static void onParentGone() {
    String orphanDirectory = System.getProperty(DELETE_ON_ORPHAN);
    if (orphanDirectory != null && !orphanDirectory.isBlank()) {
      // Nobody can use this node's data any more: do not spend seconds draining it.
      // Deleting files under the running node is safe on POSIX (open files stay readable),
      // and the halt follows immediately.
      deleteRecursively(Paths.get(orphanDirectory));
      Runtime.getRuntime().halt(0);
    }
    // A kept work directory is worth a clean stop: System.exit runs Cassandra's drain hook.
    // The watchdog halts the node if the drain hangs.
    Thread watchdog =
        new Thread(
            () -> {
              try {
                Thread.sleep(CLEAN_STOP_GRACE_MILLIS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              Runtime.getRuntime().halt(1);
            },
            "augur-stop-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
    System.exit(0);
  }

  private static void deleteRecursively(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              path -> {
                try {
                  Files.deleteIfExists(path);
                } catch (IOException e) {
                  // Best effort: a file the node is creating right now may reappear.
                }
              });
    } catch (IOException | RuntimeException e) {
      // Best effort only; the halt must happen regardless.
    }
  }
}
