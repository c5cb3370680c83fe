package dev.augur.micrometer;

import dev.augur.runtime.DaoObserver;
import dev.augur.runtime.ObservedStatement;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * Metrics per DAO method in a Micrometer registry, for a session built with this observer:
 *
 * <pre>{@code
 * AugurSession.builder()
 *     .observer(AugurMetrics.create(meterRegistry))
 *     .connectAsync(CqlSession.builder());
 * }</pre>
 *
 * <p>Every meter is tagged {@code session} (the driver session's name, as the driver's own metrics
 * are prefixed) and, per method, {@code method} ({@code Dao.method}):
 *
 * <ul>
 *   <li>{@code augur.dao.latency}: a timer of every call, with percentiles 0.5, 0.95 and 0.99;
 *   <li>{@code augur.dao.calls}: calls completed, successfully or not;
 *   <li>{@code augur.dao.errors}: failed calls, tagged {@code exception} with the simple name of
 *       the exception's class ({@code WriteTimeoutException}, {@code SessionClosedException}...);
 *   <li>{@code augur.dao.in-flight}: calls started and not yet completed;
 *   <li>{@code augur.dao.slow}: calls that took longer than the slow-query threshold;
 *   <li>{@code augur.session.in-flight}: all calls and requests of the session in flight.
 * </ul>
 *
 * <p>A stream counts as one call of its method, from subscription to completion, error or
 * cancellation. One instance observes one session: build one per session.
 */
public final class AugurMetrics implements DaoObserver {
  private final MeterRegistry registry;
  private final ConcurrentMap<String, Meters> methods = new ConcurrentHashMap<>();

  private AugurMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /** Meters in {@code registry}. */
  public static AugurMetrics create(MeterRegistry registry) {
    return new AugurMetrics(Objects.requireNonNull(registry, "registry"));
  }

  @Override
  public void sessionStarted(String session, IntSupplier inFlight) {
    Gauge.builder("augur.session.in-flight", inFlight, s -> s.getAsInt())
        .description("DAO calls and requests of the session in flight")
        .tags(Tags.of("session", session))
        .strongReference(true)
        .register(registry);
  }

  /** The meters of the statement's method: the same for every statement of that method. */
  @Override
  public Method statement(ObservedStatement statement) {
    return methods.computeIfAbsent(
        statement.method(), method -> register(statement.session(), method));
  }

  private Meters register(String session, String method) {
    Tags tags = Tags.of("session", session, "method", method);
    AtomicInteger inFlight = new AtomicInteger();
    Gauge.builder("augur.dao.in-flight", inFlight, AtomicInteger::get)
        .description("calls of the DAO method started and not yet completed")
        .tags(tags)
        .strongReference(true)
        .register(registry);
    return new Meters(
        registry,
        tags,
        inFlight,
        Timer.builder("augur.dao.latency")
            .description("time from a DAO call to its completion")
            .tags(tags)
            .publishPercentiles(0.5, 0.95, 0.99)
            .register(registry),
        Counter.builder("augur.dao.calls")
            .description("DAO calls completed, successfully or not")
            .tags(tags)
            .register(registry),
        Counter.builder("augur.dao.slow")
            .description("DAO calls slower than the session's slow-query threshold")
            .tags(tags)
            .register(registry));
  }

  /** One method's meters: its own observation, since a call needs nothing of its own. */
  private static final class Meters implements Method, Observation {
    private final MeterRegistry registry;
    private final Tags tags;
    private final AtomicInteger inFlight;
    private final Timer latency;
    private final Counter calls;
    private final Counter slow;
    private final ConcurrentMap<Class<?>, Counter> errors = new ConcurrentHashMap<>();

    Meters(
        MeterRegistry registry,
        Tags tags,
        AtomicInteger inFlight,
        Timer latency,
        Counter calls,
        Counter slow) {
      this.registry = registry;
      this.tags = tags;
      this.inFlight = inFlight;
      this.latency = latency;
      this.calls = calls;
      this.slow = slow;
    }

    @Override
    public Observation start() {
      inFlight.incrementAndGet();
      return this;
    }

    @Override
    public void end(long nanos, long rows, Throwable error, boolean wasSlow) {
      inFlight.decrementAndGet();
      latency.record(nanos, TimeUnit.NANOSECONDS);
      calls.increment();
      if (wasSlow) {
        slow.increment();
      }
      if (error != null) {
        errors.computeIfAbsent(error.getClass(), this::errorCounter).increment();
      }
    }

    private Counter errorCounter(Class<?> type) {
      return Counter.builder("augur.dao.errors")
          .description("failed DAO calls, by exception type")
          .tags(tags.and("exception", type.getSimpleName()))
          .register(registry);
    }
  }
}
