package dev.augur.example;

import java.util.Map;

/**
 * Settings, from environment variables, of the job and of the web service. With no {@code
 * CASSANDRA_CONTACT_POINTS} either starts a Cassandra node of its own.
 *
 * @param contactPoints {@code host:port,...} of a cluster, or null to start a node
 * @param localDatacenter the datacenter the driver treats as local
 * @param keyspace where the example's tables live; created if missing
 * @param replicationFactor SimpleStrategy replication of the keyspace, if the example creates it
 * @param readingsPerSensor readings the job writes for each sensor's day
 */
public record ExampleConfig(
    String contactPoints,
    String localDatacenter,
    String keyspace,
    int replicationFactor,
    int readingsPerSensor) {

  /** The settings in {@code env}, with defaults for those it lacks. */
  public static ExampleConfig fromEnvironment(Map<String, String> env) {
    return new ExampleConfig(
        blankToNull(env.get("CASSANDRA_CONTACT_POINTS")),
        env.getOrDefault("CASSANDRA_LOCAL_DATACENTER", "datacenter1"),
        env.getOrDefault("CASSANDRA_KEYSPACE", "augur_example"),
        Integer.parseInt(env.getOrDefault("CASSANDRA_REPLICATION_FACTOR", "1")),
        Integer.parseInt(env.getOrDefault("EXAMPLE_READINGS_PER_SENSOR", "43200")));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
