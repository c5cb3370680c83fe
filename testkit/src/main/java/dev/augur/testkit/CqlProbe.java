package dev.augur.testkit;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * Checks that a CQL server answers, with one native-protocol round trip and no driver.
 *
 * <p>An open port alone is not proof: the probe sends an OPTIONS request and expects a SUPPORTED
 * response. Protocol v4 framing is used because every Cassandra since 2.2 accepts it before
 * negotiation, as the driver's own first request does.
 */
final class CqlProbe {

  private static final byte VERSION_4_REQUEST = 0x04;
  private static final byte VERSION_4_RESPONSE = (byte) 0x84;
  private static final byte OPCODE_OPTIONS = 0x05;
  private static final byte OPCODE_SUPPORTED = 0x06;

  private CqlProbe() {}

  /**
   * @param address the native transport address
   * @param timeoutMillis connect and read timeout
   * @return whether the server answered OPTIONS with SUPPORTED
   */
  static boolean answers(InetSocketAddress address, int timeoutMillis) {
    try (Socket socket = new Socket()) {
      socket.connect(address, timeoutMillis);
      socket.setSoTimeout(timeoutMillis);
      OutputStream out = socket.getOutputStream();
      // Header: version, flags, stream id (2 bytes), opcode, body length (4 bytes) = 0.
      out.write(new byte[] {VERSION_4_REQUEST, 0, 0, 0, OPCODE_OPTIONS, 0, 0, 0, 0});
      out.flush();
      byte[] header = new byte[9];
      new DataInputStream(socket.getInputStream()).readFully(header);
      return header[0] == VERSION_4_RESPONSE && header[4] == OPCODE_SUPPORTED;
    } catch (IOException e) {
      return false;
    }
  }
}
