package dev.augur.reactor;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.function.Supplier;
import reactor.adapter.JdkFlowAdapter;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What generated DAO methods returning {@code Mono} or {@code Flux} call. Not for users: its
 * signatures may change with the generated code of each version.
 *
 * <p>Both are cold: nothing is bound or sent until a subscription, and each subscription runs the
 * statement again. A {@code Mono} cancelled before its result cancels the driver's request; a
 * {@code Flux} pages on demand as {@code RowStream} does, and its cancellation stops the fetching.
 * Signals arrive on the thread that completes the call: the session's callback executor if it has
 * one. Failures are the driver's own exceptions, with Augur's call context attached.
 */
public final class ReactorCalls {
  private ReactorCalls() {}

  /** A {@code Mono} of the call's value; empty when the value is null (no row). */
  public static <T> Mono<T> mono(Supplier<? extends CompletionStage<T>> call) {
    return Mono.defer(() -> Mono.fromFuture(call.get().toCompletableFuture(), false));
  }

  /** A {@code Flux} of the rows {@code stream} publishes, one subscription to it per subscriber. */
  public static <T> Flux<T> flux(Supplier<? extends Flow.Publisher<T>> stream) {
    return Flux.defer(() -> JdkFlowAdapter.flowPublisherToFlux(stream.get()));
  }
}
