package dev.augur.example.service;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import dev.augur.example.AugurReadingDao;
import dev.augur.example.AugurSensorCounterDao;
import dev.augur.example.AugurSensorDao;
import dev.augur.example.ExampleConfig;
import dev.augur.example.ReadingDao;
import dev.augur.example.Reading_Mapper;
import dev.augur.example.SensorCounterDao;
import dev.augur.example.SensorCounter_Mapper;
import dev.augur.example.SensorDao;
import dev.augur.example.Sensor_Mapper;
import dev.augur.runtime.AugurSession;
import dev.augur.runtime.EntitySchema;
import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.CassandraNode;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The telemetry web service: Vert.x Web on event loops, Cassandra through generated Augur DAOs, and
 * not one blocking call on an event loop.
 *
 * <p>At startup, once: connect the session, create the keyspace and the tables (from the entities),
 * create the DAOs (which prepares their statements), then deploy one HTTP verticle per event loop.
 * At shutdown (SIGTERM, Ctrl-C): stop admitting requests (503 with {@code connection: close}), let
 * those in flight finish (up to {@code SHUTDOWN_DRAIN_SECONDS}), close the HTTP servers, close the
 * session without blocking, close Vert.x, and stop the Cassandra node if this process started it.
 * Settings: {@link ServiceConfig}.
 *
 * <p>Threads: the main thread starts things and then returns (Vert.x's event-loop threads keep the
 * JVM alive); event loops run the handlers; the driver's I/O threads complete the DAO stages, and
 * handlers hop back to their event loop before answering; the shutdown hook's thread stops it all.
 */
public final class TelemetryService {
  private final Vertx vertx;
  private final AugurSession session;
  private final Metrics metrics;
  private final InFlight inFlight;
  private final String deployment;
  private final int port;
  private final ServiceConfig config;
  private final AtomicReference<CompletableFuture<Void>> stopped = new AtomicReference<>();

  private TelemetryService(
      Vertx vertx,
      AugurSession session,
      Metrics metrics,
      InFlight inFlight,
      String deployment,
      int port,
      ServiceConfig config) {
    this.vertx = vertx;
    this.session = session;
    this.metrics = metrics;
    this.inFlight = inFlight;
    this.deployment = deployment;
    this.port = port;
    this.config = config;
  }

  public static void main(String[] args) {
    ServiceConfig config = ServiceConfig.fromEnvironment(System.getenv());
    PrintStream out = System.out;
    CassandraNode node = null;
    CassandraEndpoint endpoint;
    ExampleConfig cassandra = config.cassandra();
    if (cassandra.contactPoints() == null) {
      out.println("No CASSANDRA_CONTACT_POINTS: starting a local Cassandra node...");
      long start = System.nanoTime();
      node = CassandraNode.builder().build().start();
      endpoint = node.endpoint();
      out.printf(
          "Cassandra is up at %s after %.1f s%n",
          endpoint.firstContactPoint(), (System.nanoTime() - start) / 1e9);
    } else {
      endpoint = CassandraEndpoint.of(cassandra.contactPoints(), cassandra.localDatacenter());
      out.println("Using " + endpoint);
    }
    TelemetryService service;
    try {
      // The main thread waits for startup: it has nothing else to do, and no event loop waits.
      service = start(config, endpoint, new VertxOptions()).toCompletableFuture().join();
    } catch (RuntimeException e) {
      System.err.println("The service did not start: " + e.getCause());
      if (node != null) {
        node.close();
      }
      System.exit(1);
      return;
    }
    CassandraNode started = node;
    // On SIGTERM or Ctrl-C the JVM runs its shutdown hooks, this one included. (The testkit also
    // stops a node it started from a hook of its own, which may run at the same time: with the
    // local node, a request still draining may see Cassandra leave. A cluster stays up.)
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> service.shutdown(started, out), "telemetry-shutdown"));
    printUsage(service.port(), config.cassandra().keyspace(), endpoint, out);
  }

  /** Starts the service on {@code endpoint}: completes once it answers HTTP requests. */
  public static CompletionStage<TelemetryService> start(
      ServiceConfig config, CassandraEndpoint endpoint, VertxOptions vertxOptions) {
    return start(config, endpoint, vertxOptions, router -> {}, server -> {});
  }

  /**
   * As {@link #start(ServiceConfig, CassandraEndpoint, VertxOptions)}, for tests: with routes of
   * their own, and changes to the HTTP server's options.
   */
  static CompletionStage<TelemetryService> start(
      ServiceConfig config,
      CassandraEndpoint endpoint,
      VertxOptions vertxOptions,
      Consumer<Router> extraRoutes,
      Consumer<HttpServerOptions> serverOptions) {
    Metrics metrics = new Metrics();
    Vertx vertx = Vertx.vertx(vertxOptions);
    CompletableFuture<TelemetryService> result = new CompletableFuture<>();
    createSchema(endpoint, config.cassandra())
        .thenCompose(created -> connect(config, endpoint, metrics))
        .whenComplete(
            (session, error) -> {
              if (error != null) {
                vertx.close();
                metrics.close();
                result.completeExceptionally(error);
                return;
              }
              backend(session, metrics, config)
                  .thenCompose(
                      backend ->
                          deploy(vertx, session, backend, config, extraRoutes, serverOptions))
                  .whenComplete(
                      (service, failure) -> {
                        if (failure == null) {
                          result.complete(service);
                          return;
                        }
                        session
                            .closeAsync()
                            .whenComplete(
                                (closed, ignored) -> {
                                  vertx.close();
                                  metrics.close();
                                  result.completeExceptionally(failure);
                                });
                      });
            });
    return result;
  }

  private static CompletionStage<AugurSession> connect(
      ServiceConfig config, CassandraEndpoint endpoint, Metrics metrics) {
    DriverConfigLoader driverConfig =
        metrics
            .driverMetrics(
                DriverConfigLoader.programmaticBuilder()
                    .withString(DefaultDriverOption.SESSION_NAME, "telemetry"))
            .build();
    CqlSessionBuilder cql =
        CqlSession.builder()
            .addContactPoints(endpoint.contactPoints())
            .withLocalDatacenter(endpoint.localDatacenter())
            .withKeyspace(config.cassandra().keyspace())
            .withMetricRegistry(metrics.registry())
            .withConfigLoader(driverConfig);
    AugurSession.Builder augur =
        AugurSession.builder()
            // Completions stay on the driver's threads: see Backend.onEventLoop.
            .maxRequestsInFlight(config.maxRequestsInFlight())
            .maxQueuedRequests(config.maxQueuedRequests())
            .pageTokenSecret(config.pageTokenSecret());
    return metrics.augurMetrics(augur).connectAsync(cql);
  }

  /**
   * The keyspace (if missing), then the tables the entities describe, one statement after the
   * other, through a short-lived session: the service's own session is bound to the keyspace, which
   * must exist before it connects.
   */
  private static CompletionStage<Void> createSchema(
      CassandraEndpoint endpoint, ExampleConfig config) {
    String keyspace =
        String.format(
            "CREATE KEYSPACE IF NOT EXISTS %s WITH replication ="
                + " {'class': 'SimpleStrategy', 'replication_factor': %d}",
            config.keyspace(), config.replicationFactor());
    return AugurSession.connectAsync(
            CqlSession.builder()
                .addContactPoints(endpoint.contactPoints())
                .withLocalDatacenter(endpoint.localDatacenter())
                // Schema changes wait for every node to agree: far longer than a query may take.
                .withConfigLoader(
                    DriverConfigLoader.programmaticBuilder()
                        .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(60))
                        .build()))
        .thenCompose(
            admin ->
                admin
                    .cqlSession()
                    .executeAsync(keyspace)
                    .thenCompose(
                        created ->
                            EntitySchema.createAsync(
                                admin,
                                config.keyspace(),
                                List.of(
                                    Sensor_Mapper.INSTANCE,
                                    Reading_Mapper.INSTANCE,
                                    SensorCounter_Mapper.INSTANCE)))
                    .whenComplete((ok, error) -> admin.closeAsync()));
  }

  /** The DAOs, created concurrently: each prepares its statements once, here. */
  private static CompletionStage<Backend> backend(
      AugurSession session, Metrics metrics, ServiceConfig config) {
    CompletableFuture<SensorDao> sensors = AugurSensorDao.create(session).toCompletableFuture();
    CompletableFuture<ReadingDao> readings = AugurReadingDao.create(session).toCompletableFuture();
    CompletableFuture<SensorCounterDao> counters =
        AugurSensorCounterDao.create(session).toCompletableFuture();
    return CompletableFuture.allOf(sensors, readings, counters)
        .thenApply(
            all ->
                new Backend(
                    sensors.join(), // join() on completed futures: no waiting
                    readings.join(),
                    counters.join(),
                    metrics,
                    new InFlight(metrics),
                    Clock.systemUTC(),
                    config.streamDeadline()));
  }

  private static CompletionStage<TelemetryService> deploy(
      Vertx vertx,
      AugurSession session,
      Backend backend,
      ServiceConfig config,
      Consumer<Router> extraRoutes,
      Consumer<HttpServerOptions> serverOptions) {
    Set<Integer> ports = ConcurrentHashMap.newKeySet();
    HttpServerOptions options =
        new HttpServerOptions()
            .setHost(config.host())
            // For "any free port", -1: Vert.x then binds one random port that every instance
            // shares (with 0, each instance would bind its own).
            .setPort(config.port() == 0 ? -1 : config.port())
            // Room for bursts of new connections while the event loops are busy.
            .setAcceptBacklog(4096);
    serverOptions.accept(options);
    return vertx
        .deployVerticle(
            () -> new HttpVerticle(backend, options, extraRoutes, ports::add),
            new DeploymentOptions().setInstances(config.eventLoops()))
        .map(
            id -> {
              if (ports.size() != 1) {
                throw new IllegalStateException("HTTP verticles listen on several ports: " + ports);
              }
              return new TelemetryService(
                  vertx,
                  session,
                  backend.metrics(),
                  backend.inFlight(),
                  id,
                  ports.iterator().next(),
                  config);
            })
        .toCompletionStage();
  }

  /** The port the service listens on. */
  public int port() {
    return port;
  }

  Metrics metrics() {
    return metrics;
  }

  Vertx vertx() {
    return vertx;
  }

  InFlight inFlight() {
    return inFlight;
  }

  /**
   * Stops gracefully: turns new requests away, waits for those in flight (at most the drain
   * timeout; streams still running then are cut), closes the HTTP servers, the session, Vert.x.
   * Never blocks; the stage completes when all is closed. Calling it again returns the same stage.
   */
  public CompletionStage<Void> stop() {
    CompletableFuture<Void> stopping = new CompletableFuture<>();
    if (!stopped.compareAndSet(null, stopping)) {
      return stopped.get();
    }
    inFlight
        .drain()
        .toCompletableFuture()
        .completeOnTimeout(null, config.drainTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .thenCompose(drained -> vertx.undeploy(deployment).toCompletionStage())
        .handle((ok, error) -> null)
        .thenCompose(ignored -> session.closeAsync())
        .handle((ok, error) -> null)
        .thenCompose(ignored -> vertx.close().toCompletionStage())
        .whenComplete(
            (ok, error) -> {
              metrics.close();
              stopping.complete(null);
            });
    return stopping;
  }

  /** The shutdown hook: stop, and wait for it, since the JVM exits when the hook returns. */
  private void shutdown(CassandraNode node, PrintStream out) {
    out.printf(
        "Stopping: no new requests; waiting for %d in flight (at most %d s)%n",
        inFlight.current(), config.drainTimeout().toSeconds());
    try {
      stop().toCompletableFuture().get(config.drainTimeout().toSeconds() + 30, TimeUnit.SECONDS);
      out.println("HTTP servers, Cassandra session and Vert.x closed");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
      out.println("Stopping did not finish cleanly: " + e);
    }
    if (node != null) {
      node.close();
      out.println("Local Cassandra node stopped");
    }
  }

  private static void printUsage(
      int port, String keyspace, CassandraEndpoint endpoint, PrintStream out) {
    String base = "http://localhost:" + port;
    String id = "2b5c4d9e-8f1a-4c3b-9d2e-7a6b5c4d3e2f";
    String json = " -H 'content-type: application/json'";
    out.printf("%nTelemetry service listening on %s%n", base);
    out.printf("Cassandra: %s, keyspace %s%n%n", endpoint, keyspace);
    out.println("Try:");
    out.printf(
        "  curl -i -X POST %s/sensors%s -d '{\"id\":\"%s\",\"name\":\"boiler\","
            + "\"location\":\"basement\",\"unit\":\"celsius\"}'%n",
        base, json, id);
    out.printf("  curl -s %s/sensors/%s%n", base, id);
    out.printf(
        "  curl -i -X POST %s/sensors/%s/readings%s -d '{\"value\":21.5}'%n", base, id, json);
    out.printf("  curl -s '%s/sensors/%s/readings?pageSize=10'%n", base, id);
    out.printf("  curl -sN %s/sensors/%s/readings/stream%n", base, id);
    out.printf("  curl -i -X POST %s/sensors/%s/counters/door_openings%n", base, id);
    out.printf("  curl -s %s/sensors/%s/counters%n", base, id);
    out.printf(
        "  curl -s %s/metrics | grep -E '^(http_server|telemetry|cassandra)' | head%n", base);
    out.println("\nCtrl-C (or SIGTERM) stops it gracefully.");
  }
}
