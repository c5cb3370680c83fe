package dev.augur.example;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Consumes a stream of readings in batches of {@code batch} rows, keeping only running totals:
 * memory stays constant however long the day is, and the publisher fetches pages only as fast as
 * the batches are requested.
 */
final class DayStatistics implements Flow.Subscriber<Reading> {
  /** The figures of a day. */
  record Summary(long count, double min, double max, double mean) {}

  private final int batch;
  private final CompletableFuture<Summary> result = new CompletableFuture<>();
  private Flow.Subscription subscription;
  private int leftInBatch;
  private long count;
  private double sum;
  private double min = Double.POSITIVE_INFINITY;
  private double max = Double.NEGATIVE_INFINITY;

  DayStatistics(int batch) {
    this.batch = batch;
  }

  CompletionStage<Summary> result() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    leftInBatch = batch;
    subscription.request(batch);
  }

  @Override
  public void onNext(Reading reading) {
    count++;
    sum += reading.value();
    min = Math.min(min, reading.value());
    max = Math.max(max, reading.value());
    if (--leftInBatch == 0) {
      leftInBatch = batch;
      subscription.request(batch);
    }
  }

  @Override
  public void onError(Throwable error) {
    result.completeExceptionally(error);
  }

  @Override
  public void onComplete() {
    result.complete(
        new Summary(
            count, count == 0 ? 0 : min, count == 0 ? 0 : max, count == 0 ? 0 : sum / count));
  }
}
