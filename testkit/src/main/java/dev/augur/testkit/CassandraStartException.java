package dev.augur.testkit;

/**
 * A Cassandra for tests could not be started. The message says why and, for a forked node, includes
 * the command used and the tail of the node's output and log, so that a CI failure can be diagnosed
 * from the test report alone.
 */
public class CassandraStartException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * @param message what failed, with the diagnostics gathered
   */
  public CassandraStartException(String message) {
    super(message);
  }

  /**
   * @param message what failed, with the diagnostics gathered
   * @param cause the underlying error
   */
  public CassandraStartException(String message, Throwable cause) {
    super(message, cause);
  }
}
