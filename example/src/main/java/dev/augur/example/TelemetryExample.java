package dev.augur.example;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import dev.augur.runtime.AugurSession;
import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.CassandraNode;
import java.io.PrintStream;
import java.util.concurrent.CompletionStage;

/**
 * Runs the telemetry job against Cassandra and prints what it did.
 *
 * <pre>
 * CASSANDRA_CONTACT_POINTS   host:port,... of a cluster; unset: start a local node (about 6 s)
 * CASSANDRA_LOCAL_DATACENTER datacenter of those contact points (default datacenter1)
 * CASSANDRA_KEYSPACE         keyspace to create and use (default augur_example)
 * </pre>
 *
 * <p>The session and the DAOs are created once, concurrently, and the job is one chain of stages;
 * the main thread only waits for the end of that chain.
 */
public final class TelemetryExample {
  private TelemetryExample() {}

  public static void main(String[] args) {
    ExampleConfig config = ExampleConfig.fromEnvironment(System.getenv());
    PrintStream out = System.out;
    CassandraNode node = null;
    CassandraEndpoint endpoint;
    if (config.contactPoints() == null) {
      out.println("No CASSANDRA_CONTACT_POINTS: starting a local Cassandra node...");
      long start = System.nanoTime();
      node = CassandraNode.builder().build().start();
      endpoint = node.endpoint();
      out.printf(
          "Cassandra is up at %s after %.1f s%n",
          endpoint.firstContactPoint(), (System.nanoTime() - start) / 1e9);
    } else {
      endpoint = CassandraEndpoint.of(config.contactPoints(), config.localDatacenter());
      out.println("Using " + endpoint);
    }
    try {
      // The one blocking call of the program, on the main thread, which has nothing else to do.
      TelemetryJob.Report report = run(endpoint, config, out).toCompletableFuture().join();
      print(report, out);
    } finally {
      if (node != null) {
        node.close();
      }
    }
  }

  static CompletionStage<TelemetryJob.Report> run(
      CassandraEndpoint endpoint, ExampleConfig config, PrintStream out) {
    CqlSessionBuilder admin = builder(endpoint);
    return admin
        .buildAsync()
        .thenCompose(
            setup ->
                Schema.create(setup, config.keyspace(), config.replicationFactor())
                    .whenComplete((ok, error) -> setup.closeAsync()))
        .thenCompose(
            ok -> AugurSession.connectAsync(builder(endpoint).withKeyspace(config.keyspace())))
        .thenCompose(
            session -> {
              out.printf("Schema ready in keyspace %s; preparing the DAOs%n", config.keyspace());
              return AugurSensorDao.create(session)
                  .thenCombine(
                      AugurReadingDao.create(session),
                      (sensors, readings) ->
                          new TelemetryJob(
                              sensors, readings, config.readingsPerSensor(), out::println))
                  .thenCompose(TelemetryJob::run)
                  .whenComplete((report, error) -> session.closeAsync());
            });
  }

  private static CqlSessionBuilder builder(CassandraEndpoint endpoint) {
    return CqlSession.builder()
        .addContactPoints(endpoint.contactPoints())
        .withLocalDatacenter(endpoint.localDatacenter());
  }

  private static void print(TelemetryJob.Report report, PrintStream out) {
    out.println();
    out.printf(
        "registered sensor: %s (registering it again applied: %s)%n",
        report.firstRegistration(), report.secondRegistration());
    out.printf("read by key:       %s%n", report.sensor());
    out.printf(
        "latest readings:   %s%n",
        report.latest().stream().map(r -> r.takenAt() + "=" + r.value()).toList());
    out.printf("12:00-12:01 window: %d readings%n", report.inWindow());
    out.printf("count(*) of the day: %,d%n", report.counted());
    out.printf(
        "streamed day:      %,d readings, min %.2f, max %.2f, mean %.2f%n",
        report.streamed().count(),
        report.streamed().min(),
        report.streamed().max(),
        report.streamed().mean());
  }
}
