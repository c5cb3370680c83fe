package dev.augur.runtime;

import java.util.Optional;

/**
 * Where a failed DAO call came from: the DAO method, the CQL it ran and, when the driver knows
 * them, the coordinator and the errors of earlier attempts. Augur attaches one to the exception a
 * failed call completes with, as a {@linkplain Throwable#getSuppressed() suppressed exception}, so
 * that the exception keeps the driver's own type ({@code instanceof WriteTimeoutException} works)
 * and a stack trace still reads:
 *
 * <pre>
 * com.datastax.oss.driver.api.core.servererrors.WriteTimeoutException: Cassandra timeout during ...
 *   Suppressed: dev.augur.runtime.DaoCallContext: OrderDao.save failed after 2013 ms:
 *     INSERT INTO orders (id, total) VALUES (:id, :total); coordinator /10.0.0.5:9042
 * </pre>
 *
 * <p>Bound values are never part of the message unless the session was built with {@link
 * AugurSession.Builder#logBoundValues(boolean) logBoundValues(true)}. It has no stack trace of its
 * own: the exception it is attached to has the one that matters.
 */
public final class DaoCallContext extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String method;
  private final String cql;

  DaoCallContext(String method, String cql, String message) {
    super(message, null, false, false);
    this.method = method;
    this.cql = cql;
  }

  /** The context Augur attached to {@code error}, if it is the failure of a DAO call. */
  public static Optional<DaoCallContext> of(Throwable error) {
    if (error == null) {
      return Optional.empty();
    }
    for (Throwable suppressed : error.getSuppressed()) {
      if (suppressed instanceof DaoCallContext context) {
        return Optional.of(context);
      }
    }
    return Optional.empty();
  }

  /** The DAO method, as {@code Dao.method}. */
  public String method() {
    return method;
  }

  /** The statement the method ran, with its {@code :markers}, never with values. */
  public String cql() {
    return cql;
  }
}
