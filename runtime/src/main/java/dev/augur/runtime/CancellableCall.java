package dev.augur.runtime;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The result of a call whose cancellation reaches the request it sent: {@code cancel} completes
 * this future with a {@code CancellationException}, as any {@code CompletableFuture} does, and
 * cancels the driver's future too, which stops the driver's retries, speculative executions and
 * timers for it. Reactive adapters cancel it when their subscriber cancels before the result.
 *
 * @param <T> the call's value
 */
class CancellableCall<T> extends CompletableFuture<T> {
  private volatile CompletableFuture<?> request;

  /** The request now in flight for this call; cancelled at once if the call already was. */
  final void sending(CompletionStage<?> sent) {
    CompletableFuture<?> future = sent.toCompletableFuture();
    request = future;
    if (isCancelled()) {
      future.cancel(false);
    }
  }

  @Override
  public boolean cancel(boolean mayInterruptIfRunning) {
    boolean cancelled = super.cancel(mayInterruptIfRunning);
    CompletableFuture<?> sent = request;
    if (cancelled && sent != null) {
      sent.cancel(false);
    }
    return cancelled;
  }

  @Override
  public <U> CompletableFuture<U> newIncompleteFuture() {
    return new CompletableFuture<>(); // dependents are plain futures: cancelling them cancels no call
  }
}
