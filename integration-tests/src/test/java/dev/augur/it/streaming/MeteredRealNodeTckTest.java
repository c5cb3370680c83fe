package dev.augur.it.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import dev.augur.micrometer.AugurMetrics;
import dev.augur.runtime.AugurSession;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.testng.annotations.AfterClass;

/**
 * The Reactive Streams TCK on the real node, as {@link RealNodeTckTest}, through the wrappers a
 * production session puts around a stream: a meter registry (so every subscriber is wrapped in the
 * runtime's metered subscriber), a request limit of one request in flight (so every page waits in
 * the limiter's queue), and a callback executor (so every signal is handed to another pool).
 *
 * <p>Afterwards: the metered path and the executor were used, and no stream was left counted in
 * flight, whether it completed, failed or was cancelled.
 */
public class MeteredRealNodeTckTest extends RealNodeTckTest {
  private final MeterRegistry registry = new SimpleMeterRegistry();
  private final AtomicLong handedOff = new AtomicLong();
  private final AtomicInteger threads = new AtomicInteger();
  private final ExecutorService callbacks =
      Executors.newFixedThreadPool(
          2,
          task -> {
            Thread thread = new Thread(task, "tck-callback-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
          });

  @Override
  protected AugurSession.Builder configure(AugurSession.Builder builder) {
    return builder
        .observer(AugurMetrics.create(registry))
        .maxRequestsInFlight(1)
        .maxQueuedRequests(256)
        .callbackExecutor(
            task -> {
              handedOff.incrementAndGet();
              callbacks.execute(task);
            });
  }

  @AfterClass(dependsOnMethods = "stop")
  public void wrappersWereUsedAndEveryStreamFinished() {
    callbacks.shutdown();
    assertThat(handedOff.get()).as("signals handed to the callback executor").isPositive();
    assertThat(registry.get("augur.dao.calls").tag("method", "TickQueries.first").counter().count())
        .as("metered streams of the limited query")
        .isPositive();
    assertThat(
            registry.get("augur.dao.in-flight").tag("method", "TickQueries.first").gauge().value())
        .as("metered streams still counted in flight")
        .isZero();
    assertThat(
            registry.get("augur.dao.in-flight").tag("method", "TickQueries.series").gauge().value())
        .as("metered streams of the series query still counted in flight")
        .isZero();
  }
}
