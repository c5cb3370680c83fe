package dev.augur.example.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.LongFunction;

/**
 * A minimal HTTP/1.1 client for one chunked NDJSON response, reading at most {@code
 * bytesPerSecond}, 2 KB at a time: it takes what it reads off the socket and nothing more, so the
 * server sees exactly this pace.
 */
final class NdjsonReader {
  private final InputStream in;
  private final long bytesPerSecond;
  private final LongFunction<Instant> expectedTime;
  private final long started = System.nanoTime();
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private final byte[] buffer = new byte[2048];
  private int bufferStart;
  private int bufferEnd;
  private long bytes;
  private long rows;
  private long outOfOrder;
  private long chunkLeft;
  private boolean done;

  private NdjsonReader(InputStream in, long bytesPerSecond, LongFunction<Instant> expectedTime) {
    this.in = in;
    this.bytesPerSecond = bytesPerSecond;
    this.expectedTime = expectedTime;
  }

  /**
   * Sends {@code GET path} and reads the response's head; row {@code n} of the body must be taken
   * at {@code expectedTime(n)}.
   */
  static NdjsonReader open(
      Socket socket, String path, long bytesPerSecond, LongFunction<Instant> expectedTime)
      throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(
        ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    out.flush();
    NdjsonReader reader = new NdjsonReader(socket.getInputStream(), bytesPerSecond, expectedTime);
    String status = reader.readLine();
    assertThat(status).isEqualTo("HTTP/1.1 200 OK");
    boolean chunked = false;
    for (String header = reader.readLine(); !header.isEmpty(); header = reader.readLine()) {
      chunked |= header.equalsIgnoreCase("transfer-encoding: chunked");
    }
    assertThat(chunked).as("a chunked response").isTrue();
    return reader;
  }

  /** Reads until {@code count} more rows have arrived, or the end. */
  void readRows(int count) throws IOException {
    long target = rows + count;
    while (rows < target && !done) {
      if (chunkLeft == 0) {
        String size = readLine();
        chunkLeft = Long.parseLong(size.trim(), 16);
        if (chunkLeft == 0) {
          done = true;
          return;
        }
      }
      int b = read();
      chunkLeft--;
      if (chunkLeft == 0) {
        readLine(); // the CRLF after a chunk's data
      }
      if (b == '\n') {
        row(line.toString(StandardCharsets.UTF_8));
        line.reset();
      } else {
        line.write(b);
      }
    }
  }

  private void row(String json) {
    Instant expected = expectedTime.apply(rows);
    if (!Instant.parse(new JsonObject(json).getString("takenAt")).equals(expected)) {
      outOfOrder++;
    }
    rows++;
  }

  private String readLine() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int b = read(); b != '\n'; b = read()) {
      if (b != '\r') {
        text.append((char) b);
      }
    }
    return text.toString();
  }

  private int read() throws IOException {
    if (bufferStart == bufferEnd) {
      throttle();
      bufferEnd = in.read(buffer);
      if (bufferEnd < 0) {
        throw new IOException("the server closed the connection after " + rows + " rows");
      }
      bufferStart = 0;
      bytes += bufferEnd;
    }
    return buffer[bufferStart++] & 0xff;
  }

  private void throttle() throws IOException {
    long due = started + (long) (bytes * 1e9 / bytesPerSecond);
    long wait = due - System.nanoTime();
    if (wait > 0) {
      try {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
    }
  }

  long rows() {
    return rows;
  }

  long bytes() {
    return bytes;
  }

  long outOfOrder() {
    return outOfOrder;
  }

  boolean done() {
    return done;
  }

  double seconds() {
    return (System.nanoTime() - started) / 1e9;
  }
}
