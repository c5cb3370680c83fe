package dev.augur.spring;

/**
 * Startup failed because the schema action or the creation of a DAO failed; the message has
 * Augur's own message for each, and the first failure is the cause.
 */
public class AugurStartupException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AugurStartupException(String message, Throwable cause) {
    super(message, cause);
  }
}
