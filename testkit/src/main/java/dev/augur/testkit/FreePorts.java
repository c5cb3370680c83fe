package dev.augur.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Picks free TCP ports. The port is released before the node binds it, so another process can take
 * it in between; {@link CassandraNode} retries a start that failed with "Address already in use".
 * Ports handed out are remembered so that two nodes started by this JVM never get the same one,
 * even if the first has not bound its port yet.
 */
final class FreePorts {

  private static final Set<Integer> HANDED_OUT = new HashSet<>();

  private FreePorts() {}

  /**
   * @param address the address the port will be bound on
   * @return a port that was free on {@code address} a moment ago
   */
  static synchronized int pick(InetAddress address) {
    for (int attempt = 0; attempt < 50; attempt++) {
      try (ServerSocket socket = new ServerSocket(0, 1, address)) {
        int port = socket.getLocalPort();
        if (HANDED_OUT.add(port)) {
          return port;
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot bind a probe socket on " + address, e);
      }
    }
    throw new IllegalStateException("No free port found on " + address);
  }

  /**
   * A port free on every one of {@code addresses}, for nodes on loopback aliases that share their
   * ports.
   *
   * @param addresses the addresses, the first used to pick candidates
   * @return a port that was free on all of them a moment ago
   */
  static synchronized int pickOnAll(List<InetAddress> addresses) {
    for (int attempt = 0; attempt < 50; attempt++) {
      int port = pick(addresses.get(0));
      if (addresses.stream().skip(1).allMatch(address -> isFree(address, port))) {
        return port;
      }
    }
    throw new IllegalStateException("No port free on all of " + addresses);
  }

  private static boolean isFree(InetAddress address, int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, address)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
