package dev.augur.runtime;

import java.util.function.IntSupplier;

/**
 * Observes the DAO calls and streams of a session: where metrics and tracing plug in. Give one to
 * {@link AugurSession.Builder#observer(DaoObserver)}. The Micrometer metrics of {@code
 * augur-micrometer} and the OpenTelemetry tracing of {@code augur-opentelemetry} are observers.
 *
 * <p>Everything is resolved ahead of the calls: {@link #statement} runs once per statement when
 * its DAO is created, so that a call costs one {@link Method#start} and one {@link
 * Observation#end}. Both run on whatever thread the call runs on (the caller's for {@code start},
 * a driver or callback thread for {@code end}) and must not block. An observer that throws breaks
 * no call: the exception is logged as a warning on {@code dev.augur.runtime.DaoObserver}, and the
 * call goes on as if it were not observed.
 */
public interface DaoObserver {

  /**
   * Called once, when a session is built with this observer: its name (the driver session's) and
   * the number of its DAO calls and requests in flight, which may be read at any time.
   */
  default void sessionStarted(String session, IntSupplier inFlight) {}

  /**
   * Called once per DAO statement, when its DAO is created; what it returns observes every call of
   * the statement. Null means the statement's calls are not observed.
   */
  Method statement(ObservedStatement statement);

  /** The calls of one DAO statement. */
  interface Method {
    /**
     * A call starts: on the thread that called the DAO method, or that subscribed to its stream, so
     * that a tracer sees the caller's context. A call refused at once (the session closing) starts
     * and ends at once.
     */
    Observation start();
  }

  /** One call or stream, from its start to its end. */
  interface Observation {
    /**
     * The call ended, exactly once: after {@code nanos}; with {@code rows} rows returned (a list's
     * or a page's size, 0 or 1 for an optional, the rows a stream delivered; -1 when the call
     * returns no rows); with {@code error}, or null if it succeeded (a stream cancelled by its
     * subscriber succeeded); {@code slow} if it took the session's slow-query threshold or longer.
     */
    void end(long nanos, long rows, Throwable error, boolean slow);
  }
}
