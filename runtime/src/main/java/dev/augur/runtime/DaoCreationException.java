package dev.augur.runtime;

/**
 * A DAO could not be created: one of its statements failed to prepare, or its result does not fit
 * the method's return type. The message names the DAO method and the CQL; the cause is the driver's
 * exception, when there is one.
 */
public final class DaoCreationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DaoCreationException(String message, Throwable cause) {
    super(message, cause);
  }
}
