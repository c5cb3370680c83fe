package dev.augur.runtime;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Helpers for the exceptions that travel through futures. */
final class Futures {
  private Futures() {}

  /**
   * The exception a caller should see: the driver's own, not the {@link CompletionException}
   * wrapper that dependent stages add, so that {@code instanceof ReadTimeoutException} works.
   */
  static Throwable unwrap(Throwable error) {
    Throwable current = error;
    while ((current instanceof CompletionException || current instanceof ExecutionException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }

  /**
   * A stage that completes like {@code stage}, but on failure with the exception itself rather than
   * the {@code CompletionException} that dependent stages wrap it in.
   */
  static <T> java.util.concurrent.CompletableFuture<T> unwrapped(
      java.util.concurrent.CompletionStage<T> stage) {
    java.util.concurrent.CompletableFuture<T> result =
        new java.util.concurrent.CompletableFuture<>();
    stage.whenComplete(
        (value, error) -> {
          if (error != null) {
            result.completeExceptionally(unwrap(error));
          } else {
            result.complete(value);
          }
        });
    return result;
  }
}
