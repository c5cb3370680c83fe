package dev.augur.example.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.augur.example.service.EventLoopWatch.Kind;
import dev.augur.example.service.EventLoopWatch.Reading;
import dev.augur.example.service.EventLoopWatch.Verdict;
import io.vertx.core.Vertx;
import io.vertx.core.impl.btc.BlockedThreadEvent;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The watch never passes what it cannot tell: a verdict it cannot reach fails, a stalled sampler
 * does not turn a busy loop into a starved one, and the stack at report time does not excuse a
 * thread that slept. On a Vert.x of one event loop, checked at the service's threshold.
 */
class EventLoopWatchTest {
  private static final long MS = 1_000_000;
  private static final long THRESHOLD = 100 * MS;

  private Vertx vertx;
  private BlockedThreadWarnings warnings;
  private EventLoopWatch watch;

  @BeforeEach
  void start() throws InterruptedException {
    vertx = Vertx.vertx(ServiceFixture.strictVertxOptions().setEventLoopPoolSize(1));
    watch = EventLoopWatch.start(vertx);
    warnings = BlockedThreadWarnings.attach(vertx, watch);
    Thread.sleep(50); // readings of the idle loop, before any task
  }

  @AfterEach
  void stop() {
    warnings.close();
    ServiceFixture.await(vertx.close());
  }

  @Test
  void figuresDecideOnlyWhatTheyProve() {
    // A 200 ms window with readings every 5 ms from 5 ms before it to 5 ms after.
    long start = 5 * MS;
    long end = 205 * MS;

    assertThat(verdict(every5ms('S', 0, 0), start, end))
        .as("off a core, not queued, seen asleep: waiting")
        .isEqualTo(Kind.BLOCKING);
    assertThat(verdict(every5ms('R', 1, 0), start, end)).isEqualTo(Kind.BUSY);
    assertThat(verdict(every5ms('R', 0.1, 0.9), start, end)).isEqualTo(Kind.STARVED);
    assertThat(verdict(every5ms('R', 0.1, 0), start, end))
        .as("runnable throughout, yet neither on a core nor queued: the hypervisor held it")
        .isEqualTo(Kind.STARVED);
    // Two readings 300 ms apart, the thread runnable at both: 120 ms of waiting could hide between.
    Verdict loose =
        EventLoopWatch.verdict(
            List.of(reading(0, 'R', 0, 0), reading(300 * MS, 'R', 10 * MS, 170 * MS)),
            50 * MS,
            250 * MS,
            THRESHOLD);
    assertThat(loose.kind()).isEqualTo(Kind.UNKNOWN);
    assertThat(loose.isFailure()).isTrue();
    assertThat(loose.detail()).startsWith("readings too far apart to tell");
  }

  private static Kind verdict(List<Reading> span, long start, long end) {
    return EventLoopWatch.verdict(span, start, end, THRESHOLD).kind();
  }

  /** Readings every 5 ms over 210 ms in {@code state}, on a core and queued those shares of it. */
  private static List<Reading> every5ms(char state, double onCore, double queued) {
    List<Reading> span = new java.util.ArrayList<>();
    for (long at = 0; at <= 210 * MS; at += 5 * MS) {
      span.add(reading(at, state, (long) (at * onCore), (long) (at * queued)));
    }
    return span;
  }

  private static Reading reading(long at, char state, long cpu, long queued) {
    // The sampler ran all along: no pause of the virtual machine.
    return new Reading(at, at, 0, cpu, queued, 0, 0, state, at, 0, state == 'S' ? "futex_wait" : "");
  }

  @Test
  void aStalledSamplerDoesNotPassABusyLoop() throws InterruptedException {
    watch.close(); // the sampler stops, as one that gets no core would
    Thread.sleep(300);
    CountDownLatch spun = new CountDownLatch(1);
    vertx.runOnContext(
        v -> {
          long end = System.nanoTime() + 500 * MS;
          while (System.nanoTime() < end) {
            Thread.onSpinWait();
          }
          spun.countDown();
        });
    assertThat(spun.await(30, TimeUnit.SECONDS)).isTrue();
    Thread.sleep(50);

    List<BlockedThreadWarnings.Warning> seen = warnings.warnings();
    System.out.println("stalled sampler, busy loop: " + BlockedThreadWarnings.summary(seen));
    seen.forEach(System.out::println);
    assertThat(seen)
        .isNotEmpty()
        .allSatisfy(warning -> assertThat(warning.verdict().isFailure()).isTrue())
        .noneSatisfy(
            warning -> assertThat(warning.verdict().kind()).isEqualTo(Kind.STARVED));
  }

  @Test
  void aThreadThatSleptIsBlockingWhateverItsStackIsWhenReported() throws InterruptedException {
    CountDownLatch slept = new CountDownLatch(1);
    Thread[] loop = new Thread[1];
    vertx.runOnContext(
        v -> {
          loop[0] = Thread.currentThread();
          try {
            Thread.sleep(400);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          slept.countDown();
        });
    Thread.sleep(250);
    // As if the checker had taken the stack once the thread, done sleeping, wrote to a socket.
    warnings.handle(
        late(loop[0], 150), watch.readNow(), stack("io.netty.channel.socket.nio.NioSocketChannel", "doWrite"));
    assertThat(slept.await(30, TimeUnit.SECONDS)).isTrue();

    warnings.warnings().forEach(System.out::println);
    assertThat(warnings.warnings())
        .filteredOn(warning -> warning.text().contains("NioSocketChannel.doWrite"))
        .singleElement()
        .satisfies(
            warning -> assertThat(warning.verdict().kind()).isEqualTo(Kind.BLOCKING));
  }

  @Test
  void aWarningOfATaskTheWatchNeverSawFails() throws InterruptedException {
    Thread[] loop = new Thread[1];
    CountDownLatch found = new CountDownLatch(1);
    vertx.runOnContext(
        v -> {
          loop[0] = Thread.currentThread();
          found.countDown();
        });
    assertThat(found.await(30, TimeUnit.SECONDS)).isTrue();
    Thread.sleep(300); // the loop idles: no task ran for 150 ms

    warnings.handle(
        late(loop[0], 150), watch.readNow(), stack("io.netty.channel.nio.NioEventLoop", "select"));

    assertThat(warnings.warnings())
        .singleElement()
        .satisfies(
            warning -> {
              assertThat(warning.verdict().kind()).isEqualTo(Kind.UNKNOWN);
              assertThat(warning.verdict().isFailure()).isTrue();
            });
  }

  /** The checker's event: {@code thread} late by {@code millis} at the service's threshold. */
  private static BlockedThreadEvent late(Thread thread, long millis) {
    return new BlockedThreadEvent(thread, millis * MS, THRESHOLD, THRESHOLD);
  }

  private static StackTraceElement[] stack(String className, String method) {
    return new StackTraceElement[] {new StackTraceElement(className, method, null, -1)};
  }
}
