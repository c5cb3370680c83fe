package dev.augur.rxjava;

import io.reactivex.rxjava3.core.Completable;
import io.reactivex.rxjava3.core.Flowable;
import io.reactivex.rxjava3.core.Maybe;
import io.reactivex.rxjava3.core.Single;
import io.reactivex.rxjava3.functions.Cancellable;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.reactivestreams.FlowAdapters;

/**
 * What generated DAO methods returning RxJava 3 types call. Not for users: its signatures may
 * change with the generated code of each version.
 *
 * <p>All are cold: nothing is bound or sent until a subscription, and each subscription runs the
 * statement again. Disposing a {@code Maybe}, {@code Single} or {@code Completable} before its
 * result cancels the driver's request (RxJava's own {@code fromCompletionStage} does not); a
 * {@code Flowable} pages on demand as {@code RowStream} does. Signals arrive on the thread that
 * completes the call: the session's callback executor if it has one.
 */
public final class RxJavaCalls {
  private RxJavaCalls() {}

  /** A {@code Maybe} of the call's value; empty when the value is null (no row). */
  public static <T> Maybe<T> maybe(Supplier<? extends CompletionStage<T>> call) {
    return Maybe.create(
        emitter ->
            started(call, emitter::setCancellable)
                .whenComplete(
                    (value, error) -> {
                      if (error != null) {
                        emitter.tryOnError(unwrap(error));
                      } else if (value == null) {
                        emitter.onComplete();
                      } else {
                        emitter.onSuccess(value);
                      }
                    }));
  }

  /** A {@code Single} of the call's value, which is never null for the kinds that use it. */
  public static <T> Single<T> single(Supplier<? extends CompletionStage<T>> call) {
    return Single.create(
        emitter ->
            started(call, emitter::setCancellable)
                .whenComplete(
                    (value, error) -> {
                      if (error != null) {
                        emitter.tryOnError(unwrap(error));
                      } else if (value == null) {
                        emitter.tryOnError(new NoSuchElementException("the call had no value"));
                      } else {
                        emitter.onSuccess(value);
                      }
                    }));
  }

  /** A {@code Completable} that completes when the call has run. */
  public static <T> Completable completable(Supplier<? extends CompletionStage<T>> call) {
    return Completable.create(
        emitter ->
            started(call, emitter::setCancellable)
                .whenComplete(
                    (value, error) -> {
                      if (error != null) {
                        emitter.tryOnError(unwrap(error));
                      } else {
                        emitter.onComplete();
                      }
                    }));
  }

  /** A {@code Flowable} of the rows {@code stream} publishes, one subscription per subscriber. */
  public static <T> Flowable<T> flowable(Supplier<? extends Flow.Publisher<T>> stream) {
    return Flowable.defer(() -> Flowable.fromPublisher(FlowAdapters.toPublisher(stream.get())));
  }

  /** Starts the call, and hands over how to cancel it: the emitter's disposal cancels it. */
  private static <T> CompletableFuture<T> started(
      Supplier<? extends CompletionStage<T>> call, Consumer<Cancellable> onDispose) {
    CompletableFuture<T> future = call.get().toCompletableFuture();
    onDispose.accept(() -> future.cancel(false));
    return future;
  }

  private static Throwable unwrap(Throwable error) {
    return error instanceof CompletionException && error.getCause() != null
        ? error.getCause()
        : error;
  }
}
