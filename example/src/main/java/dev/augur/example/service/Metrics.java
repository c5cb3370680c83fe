package dev.augur.example.service;

import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.ProgrammaticDriverConfigLoaderBuilder;
import dev.augur.micrometer.AugurMetrics;
import dev.augur.runtime.AugurSession;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Everything {@code GET /metrics} shows, in one Prometheus registry: Augur's calls per DAO method,
 * the HTTP requests by route and status, the NDJSON streams, the driver's session and node metrics,
 * and the JVM's.
 *
 * <p>Meters are thread-safe: handlers record on event loops, streams on driver threads.
 */
final class Metrics implements AutoCloseable {
  private static final Duration[] LATENCY_BUCKETS =
      Stream.of(5, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000)
          .map(Duration::ofMillis)
          .toArray(Duration[]::new);

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final JvmGcMetrics gc = new JvmGcMetrics();
  private final Counter streamRowsFetched;
  private final Counter streamRowsWritten;
  private final AtomicInteger activeStreams = new AtomicInteger();
  private final Map<RequestKey, Timer> requestTimers = new ConcurrentHashMap<>();
  private final ExecutorService registrations =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "telemetry-metrics-registration");
            thread.setDaemon(true);
            return thread;
          });
  private final AtomicInteger openConnections = new AtomicInteger();
  private final AtomicInteger peakConnections = new AtomicInteger();

  Metrics() {
    new JvmMemoryMetrics().bindTo(registry);
    gc.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    streamRowsFetched =
        Counter.builder("telemetry.stream.rows.fetched")
            .description("Rows NDJSON streams have fetched from Cassandra")
            .register(registry);
    streamRowsWritten =
        Counter.builder("telemetry.stream.rows.written")
            .description("Rows NDJSON streams have written to their responses")
            .register(registry);
    Gauge.builder("telemetry.streams.active", activeStreams, AtomicInteger::get)
        .description("NDJSON streams being written")
        .register(registry);
    Gauge.builder("telemetry.http.connections.open", openConnections, AtomicInteger::get)
        .description("HTTP connections open")
        .register(registry);
  }

  MeterRegistry registry() {
    return registry;
  }

  /** The registry in Prometheus' text format: CPU work of milliseconds, not for an event loop. */
  String scrape() {
    return registry.scrape();
  }

  /**
   * Augur's metrics per DAO method in this registry: {@code augur_dao_latency_seconds} (with
   * percentiles), {@code augur_dao_calls_total}, {@code augur_dao_errors_total} (by exception),
   * {@code augur_dao_in_flight}, tagged with the method ({@code ReadingDao.page}...).
   */
  AugurSession.Builder augurMetrics(AugurSession.Builder session) {
    return session.observer(AugurMetrics.create(registry));
  }

  /**
   * Driver options that publish the session's metrics (requests, latency, bytes, connected nodes,
   * timeouts) and each node's (connections, requests in flight, errors) in this registry, tagged
   * rather than named after the session and node, as {@code cassandra_*} in Prometheus.
   */
  ProgrammaticDriverConfigLoaderBuilder driverMetrics(
      ProgrammaticDriverConfigLoaderBuilder config) {
    return config
        .withString(
            DefaultDriverOption.METRICS_FACTORY_CLASS,
            "com.datastax.oss.driver.internal.metrics.micrometer.MicrometerMetricsFactory")
        .withString(DefaultDriverOption.METRICS_ID_GENERATOR_CLASS, "TaggingMetricIdGenerator")
        .withString(DefaultDriverOption.METRICS_ID_GENERATOR_PREFIX, "cassandra")
        .withStringList(
            DefaultDriverOption.METRICS_SESSION_ENABLED,
            List.of(
                "cql-requests",
                "cql-client-timeouts",
                "bytes-sent",
                "bytes-received",
                "connected-nodes"))
        .withStringList(
            DefaultDriverOption.METRICS_NODE_ENABLED,
            List.of(
                "pool.open-connections",
                "pool.in-flight",
                "errors.request.read-timeouts",
                "errors.request.write-timeouts",
                "errors.request.unavailables",
                "errors.connection.init"));
  }

  /** Records one HTTP request; {@code route} is the route's template, never the concrete path. */
  void request(String method, String route, int status, long nanos) {
    RequestKey key = new RequestKey(method, route, status);
    Timer timer = requestTimers.get(key);
    if (timer != null) {
      timer.record(nanos, TimeUnit.NANOSECONDS); // lock-free
      return;
    }
    // Registering a meter takes the registry's lock, which a thread starved of CPU may hold (the
    // driver's and Augur's meters register on driver threads): never on an event loop.
    try {
      registrations.execute(
          () ->
              requestTimers
                  .computeIfAbsent(key, this::requestTimer)
                  .record(nanos, TimeUnit.NANOSECONDS));
    } catch (RejectedExecutionException e) {
      // Closed: the service is stopping, and no one will read this request's time.
    }
  }

  private Timer requestTimer(RequestKey key) {
    return Timer.builder("http.server.requests")
        .description("HTTP requests, by method, route template and status")
        .tags(
            "method", key.method(), "route", key.route(), "status", Integer.toString(key.status()))
        // A dozen fixed buckets: enough for latency SLOs, and cheap to scrape.
        .serviceLevelObjectives(LATENCY_BUCKETS)
        .register(registry);
  }

  private record RequestKey(String method, String route, int status) {}

  void connectionOpened() {
    peakConnections.accumulateAndGet(openConnections.incrementAndGet(), Math::max);
  }

  void connectionClosed() {
    openConnections.decrementAndGet();
  }

  /** The most HTTP connections that were open at once. */
  int peakConnections() {
    return peakConnections.get();
  }

  void streamStarted() {
    activeStreams.incrementAndGet();
  }

  void streamEnded() {
    activeStreams.decrementAndGet();
  }

  void rowsFetched(int rows) {
    streamRowsFetched.increment(rows);
  }

  void rowsWritten(int rows) {
    streamRowsWritten.increment(rows);
  }

  /** Rows fetched from Cassandra by every stream so far. */
  long rowsFetched() {
    return (long) streamRowsFetched.count();
  }

  /** Rows written to responses by every stream so far. */
  long rowsWritten() {
    return (long) streamRowsWritten.count();
  }

  @Override
  public void close() {
    registrations.shutdown();
    gc.close();
    registry.close();
  }
}
