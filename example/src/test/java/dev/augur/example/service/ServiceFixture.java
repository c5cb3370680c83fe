package dev.augur.example.service;

import dev.augur.testkit.CassandraEndpoint;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The service under test, on the test node, with Vert.x's blocked-thread checker set to a low
 * threshold; and an HTTP client (Vert.x's, on a Vert.x of its own) to call it.
 *
 * <p>The threshold is {@value #DEFAULT_THRESHOLD_MS} ms, or {@code -Dexample.blockedThreadMs=N}.
 * The suite runs on two cores shared by Cassandra, the service, the load test's client, and often
 * other builds: there an event loop can wait more than 100 ms for a core with no blocking call at
 * all (stacks seen: {@code epoll_wait}, a non-blocking socket {@code writev}, route matching,
 * {@code response.end()}). So each warning is judged at once by an {@link EventLoopWatch}: a thread
 * that waited (slept, locked, blocked in I/O) or computed for half the threshold fails the test,
 * and so does one the watch cannot judge; one that was runnable and got no core is reported as
 * starved.
 */
final class ServiceFixture implements AutoCloseable {
  static final long DEFAULT_THRESHOLD_MS = 100;
  static final Duration BLOCKED_THRESHOLD =
      Duration.ofMillis(Long.getLong("example.blockedThreadMs", DEFAULT_THRESHOLD_MS));

  final TelemetryService service;
  final Vertx clientVertx;
  final WebClient client;
  final BlockedThreadWarnings warnings;

  private ServiceFixture(
      TelemetryService service,
      Vertx clientVertx,
      WebClient client,
      BlockedThreadWarnings warnings) {
    this.service = service;
    this.clientVertx = clientVertx;
    this.client = client;
    this.warnings = warnings;
  }

  static ServiceFixture start(CassandraEndpoint endpoint, String keyspace) {
    return start(endpoint, keyspace, Map.of(), router -> {}, server -> {});
  }

  static ServiceFixture start(
      CassandraEndpoint endpoint,
      String keyspace,
      Map<String, String> settings,
      Consumer<Router> routes,
      Consumer<HttpServerOptions> server) {
    Map<String, String> env = new java.util.HashMap<>(settings);
    env.putIfAbsent("CASSANDRA_KEYSPACE", keyspace);
    env.putIfAbsent("PORT", "0");
    env.putIfAbsent("HOST", "127.0.0.1");
    env.putIfAbsent("EVENT_LOOPS", "2");
    ServiceConfig config = ServiceConfig.fromEnvironment(env);
    TelemetryService service =
        await(TelemetryService.start(config, endpoint, strictVertxOptions(), routes, server));
    // Two event loops for the client: the fewer threads compete with the service's, the less an
    // event loop of the service waits for a core.
    Vertx clientVertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
    WebClient client =
        WebClient.create(
            clientVertx,
            new WebClientOptions()
                .setDefaultHost("127.0.0.1")
                .setDefaultPort(service.port())
                .setMaxPoolSize(64));
    BlockedThreadWarnings warnings =
        BlockedThreadWarnings.attach(service.vertx(), EventLoopWatch.start(service.vertx()));
    ServiceFixture fixture = new ServiceFixture(service, clientVertx, client, warnings);
    fixture.warmUp();
    return fixture;
  }

  /**
   * Calls every endpoint once, good and bad input, then forgets the checker's warnings so far. A
   * cold JVM loads classes (reading jars) the first time each path runs, on whatever thread runs
   * it, and the HTTP servers bind theirs on the event loops at deployment: on two busy cores that
   * can pass 100 ms once. What the tests judge is the service warm, as it runs in production.
   */
  private void warmUp() {
    String id = java.util.UUID.randomUUID().toString();
    post("/sensors", new JsonObject().put("id", id).put("name", "warm-up").put("unit", "none"));
    post("/sensors", "{\"name\": ");
    post("/sensors", "{}");
    await(
        client
            .post("/sensors")
            .putHeader("content-type", "text/plain")
            .sendBuffer(Buffer.buffer("x")));
    post("/sensors/" + id + "/readings", "{\"value\": 1}");
    io.vertx.core.json.JsonArray batch = new io.vertx.core.json.JsonArray();
    for (int i = 0; i < Inputs.MAX_READINGS; i++) {
      batch.add(
          new JsonObject()
              .put("takenAt", java.time.Instant.now().minusSeconds(i).toString())
              .put("value", i));
    }
    post("/sensors/" + id + "/readings", batch.encode());
    post("/sensors/" + id + "/readings", "[{\"value\": \"x\"}]");
    get("/sensors/" + id);
    get("/sensors/" + java.util.UUID.randomUUID());
    get("/sensors/nope");
    get("/sensors/" + id + "/readings?pageSize=1");
    get("/sensors/" + id + "/readings?pageToken=nope");
    get("/sensors/" + id + "/readings/stream");
    send(HttpMethod.POST, "/sensors/" + id + "/counters/warm_up");
    get("/sensors/" + id + "/counters");
    send(HttpMethod.DELETE, "/sensors/" + id);
    get("/nothing");
    get("/health");
    get("/metrics");
    warnings.clear();
  }

  /**
   * Vert.x with its blocked-thread checker looking every 20 ms, warning when an event loop runs one
   * task longer than the threshold, with the blocked thread's stack from the first warning. (The
   * time options take units of their own, nanoseconds by default: set them explicitly.)
   */
  static VertxOptions strictVertxOptions() {
    long threshold = BLOCKED_THRESHOLD.toMillis();
    return new VertxOptions()
        .setBlockedThreadCheckInterval(20)
        .setBlockedThreadCheckIntervalUnit(TimeUnit.MILLISECONDS)
        .setMaxEventLoopExecuteTime(threshold)
        .setMaxEventLoopExecuteTimeUnit(TimeUnit.MILLISECONDS)
        .setWarningExceptionTime(threshold)
        .setWarningExceptionTimeUnit(TimeUnit.MILLISECONDS);
  }

  HttpResponse<Buffer> get(String path) {
    return await(client.get(path).send());
  }

  HttpResponse<Buffer> post(String path, String json) {
    return await(
        client
            .post(path)
            .putHeader("content-type", "application/json")
            .sendBuffer(Buffer.buffer(json)));
  }

  HttpResponse<Buffer> post(String path, JsonObject json) {
    return post(path, json.encode());
  }

  HttpResponse<Buffer> send(HttpMethod method, String path) {
    return await(client.request(method, path).send());
  }

  static <T> T await(Future<T> future) {
    return await(future.toCompletionStage());
  }

  static <T> T await(java.util.concurrent.CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().get(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Override
  public void close() {
    await(service.stop());
    client.close();
    await(clientVertx.close());
    warnings.close();
  }
}
