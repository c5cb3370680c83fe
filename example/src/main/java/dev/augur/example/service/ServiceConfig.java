package dev.augur.example.service;

import dev.augur.example.ExampleConfig;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * The web service's settings, from environment variables; every one has a default, so the service
 * starts with none (and then starts a Cassandra node of its own).
 *
 * <pre>
 * PORT                              HTTP port (default 8080; 0 picks a free one)
 * HOST                              address to listen on (default 0.0.0.0)
 * EVENT_LOOPS                       HTTP event loops (default: one per core)
 * CASSANDRA_CONTACT_POINTS          host:port,... of a cluster; unset: start a local node
 * CASSANDRA_LOCAL_DATACENTER        datacenter of those contact points (default datacenter1)
 * CASSANDRA_KEYSPACE                keyspace, created if missing (default augur_example)
 * CASSANDRA_REPLICATION_FACTOR      its SimpleStrategy replication, if created (default 1)
 * CASSANDRA_MAX_REQUESTS_IN_FLIGHT  requests sent to Cassandra at once (default 256)
 * CASSANDRA_MAX_QUEUED_REQUESTS     requests waiting for those; beyond: 503 (default 8192)
 * PAGE_TOKEN_SECRET                 signs page tokens; the same on every instance (default: none,
 *                                   tokens are checksummed, not signed)
 * STREAM_DEADLINE_SECONDS           longest a stream may run (default 300)
 * SHUTDOWN_DRAIN_SECONDS            how long SIGTERM waits for requests in flight (default 10)
 * </pre>
 *
 * @param cassandra where Cassandra is, and the keyspace
 * @param host the address the HTTP server binds
 * @param port the HTTP port, 0 for any free one
 * @param eventLoops how many event loops (and HTTP verticles) serve requests
 * @param maxRequestsInFlight Augur's request limit towards Cassandra
 * @param maxQueuedRequests requests that may wait for that limit before calls fail fast
 * @param pageTokenSecret the secret page tokens are signed with, or null
 * @param streamDeadline how long one NDJSON stream may take, slow client included
 * @param drainTimeout how long a shutdown waits for requests in flight before closing them
 */
public record ServiceConfig(
    ExampleConfig cassandra,
    String host,
    int port,
    int eventLoops,
    int maxRequestsInFlight,
    int maxQueuedRequests,
    byte[] pageTokenSecret,
    Duration streamDeadline,
    Duration drainTimeout) {

  /** The settings in {@code env}, with defaults for those it lacks. */
  public static ServiceConfig fromEnvironment(Map<String, String> env) {
    String secret = env.get("PAGE_TOKEN_SECRET");
    return new ServiceConfig(
        ExampleConfig.fromEnvironment(env),
        env.getOrDefault("HOST", "0.0.0.0"),
        integer(env, "PORT", 8080),
        integer(env, "EVENT_LOOPS", Runtime.getRuntime().availableProcessors()),
        integer(env, "CASSANDRA_MAX_REQUESTS_IN_FLIGHT", 256),
        integer(env, "CASSANDRA_MAX_QUEUED_REQUESTS", 8192),
        secret == null || secret.isEmpty() ? null : secret.getBytes(StandardCharsets.UTF_8),
        Duration.ofSeconds(integer(env, "STREAM_DEADLINE_SECONDS", 300)),
        Duration.ofSeconds(integer(env, "SHUTDOWN_DRAIN_SECONDS", 10)));
  }

  private static int integer(Map<String, String> env, String name, int otherwise) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + "=" + value + ": not a whole number", e);
    }
  }
}
