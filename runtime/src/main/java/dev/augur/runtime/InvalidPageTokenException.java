package dev.augur.runtime;

/**
 * A {@link PageRequest}'s token cannot be used for this query: it is not a token Augur wrote, it
 * was altered or truncated, or it belongs to another query or to the same query with other
 * parameters. Nothing was sent to Cassandra. In a web API, answer 400 Bad Request.
 */
public final class InvalidPageTokenException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public InvalidPageTokenException(String message) {
    super(message);
  }

  public InvalidPageTokenException(String message, Throwable cause) {
    super(message, cause);
  }
}
