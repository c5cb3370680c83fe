package dev.augur.it.faults;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A proxy of the native protocol (version 4, uncompressed) in front of a real node, on 127.0.5.1:
 * it passes every frame through, and, once armed, lets the next EXECUTE reach the node and then
 * replaces the node's answer with a read timeout (enough replicas answered, no data). So the
 * statement has been applied, and the driver is told it was not: what a coordinator that timed out
 * after the write reports. The driver's default retry policy sends such a statement again to the
 * same node, idempotent or not.
 */
final class AnswerRewritingProxy implements AutoCloseable {
  private static final int EXECUTE = 0x0A;
  private static final int ERROR = 0x00;
  private static final int READ_TIMEOUT = 0x1200;
  private static final short CONSISTENCY_ONE = 0x0001;

  private final InetSocketAddress node;
  private final ServerSocket server;
  private final AtomicBoolean armed = new AtomicBoolean();
  private final AtomicInteger executions = new AtomicInteger();
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();

  AnswerRewritingProxy(InetSocketAddress node) throws IOException {
    this.node = node;
    this.server = new ServerSocket(0, 50, InetAddress.getByAddress(new byte[] {127, 0, 5, 1}));
    Thread acceptor = new Thread(this::accept, "proxy-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  InetSocketAddress address() {
    return (InetSocketAddress) server.getLocalSocketAddress();
  }

  /** The next EXECUTE is applied by the node and answered with a read timeout. */
  void armReadTimeoutAfterNextExecute() {
    armed.set(true);
  }

  /** EXECUTE frames passed to the node since the proxy started. */
  int executions() {
    return executions.get();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Socket upstream = new Socket(node.getAddress(), node.getPort());
        client.setTcpNoDelay(true);
        upstream.setTcpNoDelay(true);
        sockets.add(client);
        sockets.add(upstream);
        Set<Short> rewrite = ConcurrentHashMap.newKeySet();
        pump(client, upstream, rewrite, true);
        pump(upstream, client, rewrite, false);
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  /** Copies frames from {@code from} to {@code to}; requests mark, answers are rewritten. */
  private void pump(Socket from, Socket to, Set<Short> rewrite, boolean requests) {
    Thread thread =
        new Thread(
            () -> {
              try (DataInputStream in = new DataInputStream(from.getInputStream());
                  OutputStream raw = to.getOutputStream()) {
                DataOutputStream out = new DataOutputStream(raw);
                while (true) {
                  byte version = in.readByte();
                  byte flags = in.readByte();
                  short stream = in.readShort();
                  byte opcode = in.readByte();
                  byte[] body = new byte[in.readInt()];
                  in.readFully(body);
                  if (requests && opcode == EXECUTE) {
                    executions.incrementAndGet();
                    if (armed.compareAndSet(true, false)) {
                      rewrite.add(stream);
                    }
                  }
                  if (!requests && rewrite.remove(stream)) {
                    // The node applied the statement; the driver hears that it timed out.
                    writeFrame(out, version, (byte) 0, stream, (byte) ERROR, readTimeout());
                  } else {
                    writeFrame(out, version, flags, stream, opcode, body);
                  }
                }
              } catch (IOException e) {
                closeQuietly(from);
                closeQuietly(to);
              }
            },
            requests ? "proxy-requests" : "proxy-answers");
    thread.setDaemon(true);
    thread.start();
  }

  private static void writeFrame(
      DataOutputStream out, byte version, byte flags, short stream, byte opcode, byte[] body)
      throws IOException {
    ByteBuffer frame = ByteBuffer.allocate(9 + body.length);
    frame.put(version).put(flags).putShort(stream).put(opcode).putInt(body.length).put(body);
    out.write(frame.array());
    out.flush();
  }

  /** A READ_TIMEOUT error body: at ONE, 1 of 1 replicas answered, no data present. */
  private static byte[] readTimeout() {
    byte[] message = "injected: timed out after the write".getBytes(StandardCharsets.UTF_8);
    ByteBuffer body = ByteBuffer.allocate(4 + 2 + message.length + 2 + 4 + 4 + 1);
    body.putInt(READ_TIMEOUT).putShort((short) message.length).put(message);
    body.putShort(CONSISTENCY_ONE).putInt(1).putInt(1).put((byte) 0);
    return body.array();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    sockets.forEach(AnswerRewritingProxy::closeQuietly);
  }
}
