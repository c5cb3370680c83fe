package dev.augur.runtime;

import java.util.function.IntSupplier;

/**
 * Where DAO calls report their latency and outcome. Only a session built with a {@code
 * meterRegistry} has one; the Micrometer implementation behind it is loaded only then, so that an
 * application without Micrometer on its classpath never touches a Micrometer class. (This type
 * names no Micrometer type, and the JVM verifies assignments to an interface without loading the
 * implementing class.)
 */
interface DaoMetrics {

  /** The meters of one DAO method: the same object for every statement of that method. */
  MethodMeters method(String method);

  /** The meters of one DAO method. */
  interface MethodMeters {
    /** A call started: one more in flight. */
    void started();

    /**
     * A call ended after {@code nanos}: one fewer in flight, one more call, and one more error of
     * {@code error}'s type if it failed; {@code slow} if it passed the slow-query threshold.
     */
    void finished(long nanos, Throwable error, boolean slow);
  }

  /**
   * Meters in {@code registry}, which must be a Micrometer {@code MeterRegistry}, tagged with the
   * session's name; {@code inFlight} is the session's gauge of calls and requests in flight.
   */
  static DaoMetrics micrometer(Object registry, String session, IntSupplier inFlight) {
    try {
      return MicrometerDaoMetrics.create(registry, session, inFlight);
    } catch (NoClassDefFoundError e) {
      throw new IllegalStateException(
          "meterRegistry needs Micrometer (io.micrometer:micrometer-core) on the classpath", e);
    }
  }
}
