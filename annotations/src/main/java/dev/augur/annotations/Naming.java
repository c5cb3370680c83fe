package dev.augur.annotations;

/** How a Java name becomes a CQL name when no explicit name is given. */
public enum Naming {
  /** {@code sensorId} to {@code sensor_id}, {@code SensorReading} to {@code sensor_reading}. */
  SNAKE_CASE,
  /** {@code sensorId} to {@code sensorid}: Cassandra's own folding of an unquoted name. */
  LOWER_CASE,
  /** {@code sensorId} stays {@code "sensorId"}: case-sensitive, quoted when needed. */
  EXACT
}
