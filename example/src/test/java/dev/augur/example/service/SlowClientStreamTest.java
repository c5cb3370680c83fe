package dev.augur.example.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import dev.augur.example.BoundedWrites;
import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.CassandraExtension;
import io.netty.buffer.PooledByteBufAllocator;
import io.vertx.core.json.JsonObject;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A client that reads a large NDJSON stream slowly, over a raw socket with a small receive buffer:
 * the server must fetch rows from Cassandra only as fast as the client takes them, and so never
 * hold more than a few pages, rather than the whole result.
 *
 * <p>The measure is the service's count of rows fetched from Cassandra against the rows the client
 * has read. What may lie between them is bounded: the socket buffers (pinned small here; on
 * loopback the kernel would otherwise grow them to megabytes), the response's write queue (64 KB),
 * one batch of {@value NdjsonResponse#BATCH} rows, and two pages of the stream. A server that
 * buffered the result would fetch all {@value #ROWS} rows while the client reads a few thousand.
 */
@ExtendWith(CassandraExtension.class)
class SlowClientStreamTest {
  private static final String KEYSPACE = "example_service_stream";
  private static final LocalDate DAY = LocalDate.of(2026, 11, 24);
  private static final Instant MIDNIGHT = Instant.parse("2026-11-24T00:00:00Z");
  private static final int ROWS = 100_000;

  /**
   * Rows that may be fetched and not yet read, by the reasoning above (about 5,400), rounded up.
   */
  private static final int MAX_AHEAD = 8_000;

  private static ServiceFixture fixture;
  private static UUID sensor;

  @BeforeAll
  static void start(CassandraEndpoint endpoint, CqlSession admin) {
    fixture =
        ServiceFixture.start(
            endpoint,
            KEYSPACE,
            Map.of(),
            router -> {},
            server -> server.setSendBufferSize(16 * 1024));
    sensor = UUID.randomUUID();
    assertThat(
            fixture
                .post(
                    "/sensors",
                    new JsonObject()
                        .put("id", sensor.toString())
                        .put("name", "fast")
                        .put("unit", "hz"))
                .statusCode())
        .isEqualTo(201);
    PreparedStatement insert =
        admin.prepare(
            "INSERT INTO "
                + KEYSPACE
                + ".readings (sensor_id, day, taken_at, value)"
                + " VALUES (?, ?, ?, ?)");
    ServiceFixture.await(
        BoundedWrites.run(
            ROWS, 256, n -> admin.executeAsync(insert.bind(sensor, DAY, time(n), (double) n))));
  }

  @AfterAll
  static void stop() {
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  void aSlowClientHoldsBackCassandraAndGetsEveryRowInOrder() throws Exception {
    Metrics metrics = fixture.service.metrics();
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long baseline = memory.getHeapMemoryUsage().getUsed();
    long directBaseline = MemorySampler.direct();
    MemorySampler sampler = MemorySampler.start(memory);
    long fetchedBefore = metrics.rowsFetched();

    try (Socket socket = new Socket()) {
      socket.setReceiveBufferSize(8 * 1024);
      socket.connect(new InetSocketAddress("127.0.0.1", fixture.service.port()));
      NdjsonReader reader =
          NdjsonReader.open(socket, streamPath(), 1024 * 1024, SlowClientStreamTest::expected);

      // A burst, then the client stops reading: the server must stop too.
      reader.readRows(5_000);
      long fetched = awaitSteady(() -> metrics.rowsFetched() - fetchedBefore);
      long ahead = fetched - reader.rows();
      System.gc();
      long liveWhilePaused = memory.getHeapMemoryUsage().getUsed() - baseline;

      // The rest at about 1 MB/s, checking at every page's worth of rows.
      long maxAhead = ahead;
      while (!reader.done()) {
        reader.readRows(1_000);
        maxAhead = Math.max(maxAhead, metrics.rowsFetched() - fetchedBefore - reader.rows());
      }
      sampler.finish();

      System.out.printf(
          "slow client: %,d rows (%,d bytes of NDJSON) in %.1f s; paused after %,d rows, the server"
              + " had fetched %,d (%,d ahead), at most %,d ahead over the stream; heap: baseline"
              + " %.1f MB, live while paused (after GC) %+.1f MB, peak used (garbage included)"
              + " %.1f MB; direct memory (netty's pool and the JDK's): peak %+.1f MB%n",
          reader.rows(),
          reader.bytes(),
          reader.seconds(),
          5_000,
          fetched,
          ahead,
          maxAhead,
          baseline / 1e6,
          liveWhilePaused / 1e6,
          sampler.peakHeap() / 1e6,
          (sampler.peakDirect() - directBaseline) / 1e6);
      assertThat(ahead).as("rows fetched beyond what the paused client read").isLessThan(MAX_AHEAD);
      assertThat(maxAhead).as("rows fetched ahead of the slow client").isLessThan(MAX_AHEAD);
      assertThat(reader.rows()).isEqualTo(ROWS);
      assertThat(reader.outOfOrder()).as("rows out of order").isZero();
      assertThat(metrics.rowsFetched() - fetchedBefore).isEqualTo(ROWS);
    }
  }

  @Test
  void aClientThatLeavesStopsTheFetching() throws Exception {
    Metrics metrics = fixture.service.metrics();
    long fetchedBefore = metrics.rowsFetched();

    try (Socket socket = new Socket()) {
      socket.setReceiveBufferSize(8 * 1024);
      socket.connect(new InetSocketAddress("127.0.0.1", fixture.service.port()));
      NdjsonReader reader =
          NdjsonReader.open(
              socket, streamPath(), Integer.MAX_VALUE, SlowClientStreamTest::expected);
      reader.readRows(2_000);
    }
    long fetched = awaitSteady(() -> metrics.rowsFetched() - fetchedBefore);

    assertThat(fetched).isLessThan(2_000 + MAX_AHEAD);
    assertThat(awaitSteady(() -> (long) metricsActiveStreams())).isZero();
  }

  private static double metricsActiveStreams() {
    return fixture.service.metrics().registry().get("telemetry.streams.active").gauge().value();
  }

  private static String streamPath() {
    return "/sensors/" + sensor + "/readings/stream?day=" + DAY;
  }

  private static Instant time(int n) {
    return MIDNIGHT.plusMillis(500L * n);
  }

  /** Newest first: row {@code r} of the stream is reading {@code ROWS - 1 - r}. */
  private static Instant expected(long row) {
    return time(ROWS - 1 - (int) row);
  }

  /** Polls {@code value} until it has not changed for half a second (at most 10 s). */
  private static long awaitSteady(java.util.function.LongSupplier value)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    long last = value.getAsLong();
    long steadySince = System.nanoTime();
    while (System.nanoTime() < deadline) {
      Thread.sleep(50);
      long now = value.getAsLong();
      if (now != last) {
        last = now;
        steadySince = System.nanoTime();
      } else if (System.nanoTime() - steadySince > Duration.ofMillis(500).toNanos()) {
        break;
      }
    }
    return last;
  }

  /**
   * Samples every 10 ms the heap in use and the direct memory: a response's queued bytes live in
   * netty's pooled direct buffers, not on the heap.
   */
  private static final class MemorySampler extends Thread {
    private final MemoryMXBean memory;
    private final AtomicLong peakHeap = new AtomicLong();
    private final AtomicLong peakDirect = new AtomicLong();
    private volatile boolean running = true;

    private MemorySampler(MemoryMXBean memory) {
      super("memory-sampler");
      this.memory = memory;
      setDaemon(true);
    }

    static MemorySampler start(MemoryMXBean memory) {
      MemorySampler sampler = new MemorySampler(memory);
      sampler.start();
      return sampler;
    }

    /** Netty's pooled direct arenas plus the JDK's direct buffers. */
    static long direct() {
      long jdk =
          ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
              .filter(pool -> pool.getName().equals("direct"))
              .mapToLong(BufferPoolMXBean::getMemoryUsed)
              .sum();
      return PooledByteBufAllocator.DEFAULT.metric().usedDirectMemory() + jdk;
    }

    @Override
    public void run() {
      while (running) {
        peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        peakDirect.accumulateAndGet(direct(), Math::max);
        try {
          Thread.sleep(10);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    void finish() throws InterruptedException {
      running = false;
      join();
    }

    long peakHeap() {
      return peakHeap.get();
    }

    long peakDirect() {
      return peakDirect.get();
    }
  }
}
