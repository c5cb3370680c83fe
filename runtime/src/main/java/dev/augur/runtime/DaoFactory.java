package dev.augur.runtime;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/** What generated {@code create} methods share: waiting for every statement of a DAO. */
public final class DaoFactory {
  private DaoFactory() {}

  /**
   * Completes with {@code dao.get()} once every statement is prepared. When any fails, completes
   * with the first failure itself (a {@link DaoCreationException}, not wrapped), the others added
   * as suppressed exceptions, so that one stack trace shows every broken method.
   */
  public static <D> CompletionStage<D> whenPrepared(
      Supplier<D> dao, CompletableFuture<?>... statements) {
    CompletableFuture<D> result = new CompletableFuture<>();
    CompletableFuture.allOf(statements)
        .whenComplete(
            (ignored, error) -> {
              if (error == null) {
                try {
                  result.complete(dao.get());
                } catch (RuntimeException e) {
                  result.completeExceptionally(e);
                }
                return;
              }
              Throwable first = null;
              for (CompletableFuture<?> statement : statements) {
                if (statement.isCompletedExceptionally()) {
                  Throwable cause = Futures.unwrap(statement.handle((v, t) -> t).join());
                  if (first == null) {
                    first = cause;
                  } else if (cause != first) {
                    first.addSuppressed(cause);
                  }
                }
              }
              result.completeExceptionally(first != null ? first : Futures.unwrap(error));
            });
    return result;
  }
}
