package dev.augur.testkit;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Cassandra node in its own JVM, for tests.
 *
 * <pre>{@code
 * try (CassandraNode node = CassandraNode.builder().build()) {
 *     node.start();
 *     try (CqlSession session = node.endpoint().sessionBuilder().build()) { ... }
 * }
 * }</pre>
 *
 * <p>The node runs {@code cassandra-all} from the local Maven repository on JDK 11 or 17 (see
 * {@link CassandraNodeBuilder#javaHome}), with its data and logs in a work directory. It cannot
 * outlive the JVM that started it: a shutdown hook stops it when this JVM exits, and the node halts
 * itself (and deletes a temporary work directory) when this JVM dies without running hooks.
 *
 * <p>A node may be stopped or killed and started again: it keeps its ports and data, so tests can
 * observe commitlog replay or a node rejoining a cluster. {@link #close()} ends it for good.
 */
public final class CassandraNode implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(CassandraNode.class);
  private static final int LOG_TAIL_LINES = 60;
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

  private final int requestedNativePort;
  private final int requestedStoragePort;
  private final boolean temporaryWorkDirectory;
  private volatile NodeOptions options;
  private volatile NodeFiles files;
  private volatile Process process;
  private volatile String cassandraVersion = "?";
  private boolean startedOnce;

  CassandraNode(NodeOptions options) {
    this.options = options;
    this.requestedNativePort = options.nativePort();
    this.requestedStoragePort = options.storagePort();
    this.temporaryWorkDirectory = options.workDirectory() == null;
    if (!temporaryWorkDirectory) {
      this.files = new NodeFiles(options.workDirectory());
    }
  }

  /**
   * A builder with defaults for a single node on 127.0.0.1 with free ports.
   *
   * @return a new builder
   */
  public static CassandraNodeBuilder builder() {
    return new CassandraNodeBuilder();
  }

  /**
   * Starts the node and blocks until it answers CQL. Does nothing if it is already running.
   *
   * @return this node
   * @throws CassandraStartException if it exits, or does not answer within the startup timeout; the
   *     message has the command and the tail of the node's output and log
   */
  public CassandraNode start() {
    boolean portsPicked = requestedNativePort == 0 || requestedStoragePort == 0;
    try {
      startOnce();
    } catch (CassandraStartException e) {
      // A picked port can be taken by someone else between the pick and the bind.
      if (!portsPicked || !String.valueOf(e.getMessage()).contains("Address already in use")) {
        throw e;
      }
      LOG.info("Port taken before the node bound it; retrying with other ports");
      synchronized (this) {
        options = options.withPorts(requestedNativePort, requestedStoragePort);
      }
      startOnce();
    }
    return this;
  }

  /**
   * {@link #start()} on a new thread, e.g. to start the nodes of a cluster side by side.
   *
   * @return completes with this node once it answers CQL
   */
  public CompletionStage<CassandraNode> startAsync() {
    return CompletableFuture.supplyAsync(
        this::start,
        task -> {
          Thread thread = new Thread(task, "augur-cassandra-start-" + options.listenAddress());
          thread.setDaemon(true);
          thread.start();
        });
  }

  /**
   * Where to connect. Valid once the node has been started (ports are picked then), or at once if
   * both ports were given.
   *
   * @return the node's CQL endpoint
   */
  public CassandraEndpoint endpoint() {
    NodeOptions current = options;
    if (current.nativePort() == 0) {
      throw new IllegalStateException("The CQL port is picked at start(); start the node first");
    }
    InetSocketAddress address =
        new InetSocketAddress(current.listenAddress(), current.nativePort());
    return new CassandraEndpoint(
        List.of(address),
        current.datacenter(),
        "forked Cassandra " + cassandraVersion + " at " + CassandraEndpoint.hostAndPort(address));
  }

  /**
   * @return the process id of the node's JVM (the last one, if it has stopped)
   * @throws IllegalStateException if it was never started
   */
  public long pid() {
    Process current = process;
    if (current == null) {
      throw new IllegalStateException("Node not started");
    }
    return current.pid();
  }

  /**
   * @return whether the node's JVM is alive (it may still be starting)
   */
  public boolean isRunning() {
    Process current = process;
    return current != null && current.isAlive();
  }

  /**
   * @return the listen address, e.g. 127.0.0.1
   */
  public String listenAddress() {
    return options.listenAddress();
  }

  /**
   * @return the CQL port, 0 before the first start if it is to be picked
   */
  public int nativePort() {
    return options.nativePort();
  }

  /**
   * @return the inter-node port, 0 before the first start if it is to be picked
   */
  public int storagePort() {
    return options.storagePort();
  }

  /**
   * @return the work directory, or null before the first start of a temporary one
   */
  public Path workDirectory() {
    NodeFiles current = files;
    return current == null ? null : current.root();
  }

  /**
   * @return Cassandra's INFO log, {@code logs/system.log} in the work directory
   */
  public Path systemLog() {
    return requireFiles().systemLog();
  }

  /**
   * Stops the node gracefully (SIGTERM; Cassandra drains), forcibly after 20 s. Keeps the work
   * directory, so {@link #start()} brings the same node back. Does nothing if not running.
   */
  public void stop() {
    Process current = process;
    if (current == null) {
      return;
    }
    current.destroy();
    if (!waitFor(current, STOP_TIMEOUT)) {
      LOG.warn("Cassandra node {} did not stop within {}; killing it", current.pid(), STOP_TIMEOUT);
      current.destroyForcibly();
      waitFor(current, STOP_TIMEOUT);
    }
    ended(current);
  }

  /**
   * Kills the node at once (SIGKILL), as a crash would: no drain, memtables lost, the commitlog
   * replayed at the next start. Keeps the work directory.
   */
  public void kill() {
    Process current = process;
    if (current == null) {
      return;
    }
    current.destroyForcibly();
    waitFor(current, STOP_TIMEOUT);
    ended(current);
  }

  /** Stops the node and deletes its work directory if it was a temporary one. */
  @Override
  public void close() {
    stop();
    NodeFiles current = files;
    if (temporaryWorkDirectory && current != null) {
      WorkDirectories.delete(current.root());
      files = null;
    }
  }

  /** For thread names only: the pid, or 0 if never started. */
  long pidOrZero() {
    Process current = process;
    return current == null ? 0 : current.pid();
  }

  private void startOnce() {
    Process started;
    List<String> command;
    long startNanos = System.nanoTime();
    synchronized (this) {
      if (isRunning()) {
        return;
      }
      Path java = NodeCommand.javaExecutable(options.javaHome());
      CassandraClasspath classpath = CassandraClasspath.resolve();
      cassandraVersion = classpath.cassandraVersion();
      if (files == null) {
        files = new NodeFiles(WorkDirectories.createTemporary());
      }
      options = withPickedPorts(options);
      files.write(options);
      command = NodeCommand.build(java, options, files, classpath, temporaryWorkDirectory);
      try {
        started =
            new ProcessBuilder(command)
                .directory(files.root().toFile())
                .redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(files.output().toFile()))
                // stdin stays a pipe that is never written: its EOF tells the node we died.
                .redirectInput(Redirect.PIPE)
                .start();
      } catch (IOException e) {
        throw failure("could not be launched: " + e, command, null, false);
      }
      process = started;
      RunningNodes.add(this);
    }
    awaitCql(started, command, startNanos);
    synchronized (this) {
      startedOnce = true;
    }
  }

  private void awaitCql(Process started, List<String> command, long startNanos) {
    InetSocketAddress address =
        new InetSocketAddress(options.listenAddress(), options.nativePort());
    long deadline = startNanos + options.startupTimeout().toNanos();
    try {
      while (true) {
        if (!started.isAlive()) {
          throw failure(
              "exited with code " + started.exitValue() + " before answering CQL",
              command,
              started,
              false);
        }
        if (CqlProbe.answers(address, 1000)) {
          LOG.info(
              "Cassandra {} (pid {}) answers CQL at {} after {} ms; work directory {}",
              cassandraVersion,
              started.pid(),
              CassandraEndpoint.hostAndPort(address),
              TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos),
              files.root());
          return;
        }
        if (System.nanoTime() > deadline) {
          throw failure(
              "did not answer CQL at "
                  + CassandraEndpoint.hostAndPort(address)
                  + " within "
                  + options.startupTimeout().toSeconds()
                  + " s",
              command,
              started,
              true);
        }
        Thread.sleep(100);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure("start was interrupted", command, started, true);
    }
  }

  /** Ends a failed start: kills the process, gathers the diagnostics, cleans up a fresh node. */
  private synchronized CassandraStartException failure(
      String what, List<String> command, Process failed, boolean timedOut) {
    if (failed != null) {
      failed.destroyForcibly();
      waitFor(failed, STOP_TIMEOUT);
      ended(failed);
    }
    NodeFiles current = files;
    StringBuilder message =
        new StringBuilder("Cassandra node ")
            .append(what)
            .append("\nCommand: ")
            .append(NodeCommand.describe(command));
    if (current != null) {
      String output = LogTail.block("node output", current.output(), LOG_TAIL_LINES);
      message.append(output);
      // Errors reach both files; system.log adds news only when the node said nothing on
      // its console or is still alive (stuck somewhere its INFO lines show).
      if (output.isEmpty() || timedOut) {
        message.append(LogTail.block("system.log", current.systemLog(), LOG_TAIL_LINES / 2));
      }
      // A node that never ran has no data worth keeping; a restarted one does.
      if (temporaryWorkDirectory && !startedOnce) {
        WorkDirectories.delete(current.root());
        files = null;
      }
    }
    return new CassandraStartException(message.toString());
  }

  private void ended(Process ended) {
    try {
      ended.getOutputStream().close();
    } catch (IOException e) {
      // The pipe to a dead process; nothing to release beyond the descriptor.
    }
    RunningNodes.remove(this);
  }

  private NodeFiles requireFiles() {
    NodeFiles current = files;
    if (current == null) {
      throw new IllegalStateException("No work directory yet; start the node first");
    }
    return current;
  }

  private static NodeOptions withPickedPorts(NodeOptions options) {
    if (options.nativePort() != 0 && options.storagePort() != 0) {
      return options;
    }
    InetAddress address;
    try {
      address = InetAddress.getByName(options.listenAddress());
    } catch (UnknownHostException e) {
      throw new CassandraStartException("Unknown listen address " + options.listenAddress(), e);
    }
    int nativePort = options.nativePort() != 0 ? options.nativePort() : FreePorts.pick(address);
    int storagePort = options.storagePort() != 0 ? options.storagePort() : FreePorts.pick(address);
    return options.withPorts(nativePort, storagePort);
  }

  private static boolean waitFor(Process process, Duration timeout) {
    try {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !process.isAlive();
    }
  }
}
