package dev.augur.mutiny;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.function.Supplier;

/**
 * What generated DAO methods returning {@code Uni} or {@code Multi} call. Not for users: its
 * signatures may change with the generated code of each version.
 *
 * <p>Both are lazy: nothing is bound or sent until a subscription, and each subscription runs the
 * statement again. A {@code Uni} cancelled before its item cancels the driver's request; a {@code
 * Multi} pages on demand as {@code RowStream} does, and its cancellation stops the fetching. Items
 * arrive on the thread that completes the call: the session's callback executor if it has one.
 */
public final class MutinyCalls {
  private MutinyCalls() {}

  /** A {@code Uni} of the call's value; its item is null when the value is (no row). */
  public static <T> Uni<T> uni(Supplier<? extends CompletionStage<T>> call) {
    return Uni.createFrom().completionStage(call);
  }

  /** A {@code Multi} of the rows {@code stream} publishes, one subscription per subscriber. */
  public static <T> Multi<T> multi(Supplier<? extends Flow.Publisher<T>> stream) {
    return Multi.createFrom().deferred(() -> Multi.createFrom().publisher(stream.get()));
  }
}
