package dev.augur.runtime;

/**
 * A DAO could not be created: one of its statements failed to prepare, or its result does not fit
 * the method's return type. The message names the DAO method and the CQL; the cause is the driver's
 * exception, when there is one.
 *
 * <p>Not for a closed session: creating a DAO once {@link AugurSession#closeAsync()} has begun (or
 * while it closes) fails with a {@link SessionClosedException}, as every call on it does.
 */
public final class DaoCreationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DaoCreationException(String message, Throwable cause) {
    super(message, cause);
  }
}
