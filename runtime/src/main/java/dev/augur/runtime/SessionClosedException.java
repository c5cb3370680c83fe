package dev.augur.runtime;

/**
 * A call was refused, or cut short, because its {@link AugurSession} is closing or closed. Calls
 * made after {@link AugurSession#closeAsync()} began fail with it at once, without being sent;
 * calls still running when the close deadline passes fail with it too. It is an {@link
 * IllegalStateException}, as using a closed resource is in the JDK.
 *
 * <p>It is how the closed state shows at every entry point, itself and not as a cause: DAO calls,
 * {@link Page#next()}, stream subscriptions and {@link RowStream#forEachAsync}, {@link
 * AugurSession#prepareAsync}, DAO creation (rather than a {@link DaoCreationException}), and
 * {@link EntitySchema#createAsync} and {@link EntitySchema#verifyAsync}.
 */
public final class SessionClosedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public SessionClosedException(String message) {
    super(message);
  }
}
