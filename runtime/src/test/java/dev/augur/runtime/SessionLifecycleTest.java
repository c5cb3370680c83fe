package dev.augur.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SessionLifecycleTest {

  /** An item that counts how it ended. */
  private static final class Item implements SessionLifecycle.InFlight {
    final AtomicInteger aborted = new AtomicInteger();

    @Override
    public void abort(String why) {
      aborted.incrementAndGet();
    }
  }

  @Test
  void callsAreRefusedOnceCloseBeginsButRequestsOfCallsInFlightGoOn() {
    SessionLifecycle lifecycle = new SessionLifecycle();
    Item call = new Item();
    assertThat(lifecycle.enterCall(call)).isTrue();

    assertThat(lifecycle.beginClose()).isTrue();
    assertThat(lifecycle.beginClose()).isFalse();
    assertThat(lifecycle.enterCall(new Item())).isFalse();
    Item request = new Item();
    assertThat(lifecycle.enterRequest(request)).isTrue(); // the next page of the call in flight
    assertThat(lifecycle.leave(request)).isTrue();
    assertThat(lifecycle.drained()).isNotDone();

    assertThat(lifecycle.leave(call)).isTrue();
    assertThat(lifecycle.drained()).isDone();
    assertThat(lifecycle.inFlightCount()).isZero();
  }

  @Test
  void theDeadlineAbortsWhatIsLeftExactlyOnceAndRefusesEverythingAfter() {
    SessionLifecycle lifecycle = new SessionLifecycle();
    Item call = new Item();
    Item request = new Item();
    lifecycle.enterCall(call);
    lifecycle.enterRequest(request);
    lifecycle.beginClose();

    lifecycle.closeAndAbort("deadline");
    lifecycle.abortAll("again");

    assertThat(call.aborted).hasValue(1);
    assertThat(request.aborted).hasValue(1);
    assertThat(lifecycle.leave(call)).as("a late completion finds it gone").isFalse();
    assertThat(lifecycle.enterRequest(new Item())).isFalse();
    assertThat(lifecycle.inFlightCount()).isZero();
  }

  @Test
  void closeRacingWithManyCallersNeverLosesACall() throws Exception {
    for (int round = 0; round < 50; round++) {
      SessionLifecycle lifecycle = new SessionLifecycle();
      int threads = 4;
      CountDownLatch start = new CountDownLatch(1);
      AtomicInteger admitted = new AtomicInteger();
      AtomicInteger refused = new AtomicInteger();
      List<CompletableFuture<Void>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(
            CompletableFuture.runAsync(
                () -> {
                  try {
                    start.await();
                  } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                  }
                  for (int i = 0; i < 2_000; i++) {
                    Item call = new Item();
                    if (lifecycle.enterCall(call)) {
                      admitted.incrementAndGet();
                      assertThat(lifecycle.leave(call)).isTrue();
                    } else {
                      refused.incrementAndGet();
                    }
                  }
                }));
      }
      start.countDown();
      Thread.sleep(1);
      lifecycle.beginClose();
      CompletableFuture.allOf(workers.toArray(new CompletableFuture<?>[0]))
          .get(30, TimeUnit.SECONDS);

      assertThat(admitted.get() + refused.get()).isEqualTo(threads * 2_000);
      assertThat(lifecycle.drained().get(5, TimeUnit.SECONDS)).isNull();
      assertThat(lifecycle.inFlightCount()).isZero();
    }
  }
}
