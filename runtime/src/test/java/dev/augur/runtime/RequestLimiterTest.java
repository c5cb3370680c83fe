package dev.augur.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.RequestThrottlingException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestLimiterTest {
  private final List<String> events = new ArrayList<>();

  private RequestLimiter.Waiter request(String name) {
    return new RequestLimiter.Waiter() {
      @Override
      public void start() {
        events.add("start " + name);
      }

      @Override
      public void reject(RuntimeException reason) {
        events.add("reject " + name + ": " + reason.getClass().getSimpleName());
      }
    };
  }

  @Test
  void admitsUpToTheLimitQueuesInOrderAndRejectsBeyondTheQueue() {
    RequestLimiter limiter = new RequestLimiter(2, 2);
    for (String name : List.of("a", "b", "c", "d", "e")) {
      limiter.submit(request(name), false);
    }
    assertThat(events).containsExactly("start a", "start b", "reject e: RequestOverloadException");
    assertThat(limiter.inFlight()).isEqualTo(2);
    assertThat(limiter.queued()).isEqualTo(2);

    limiter.release();
    limiter.release();
    assertThat(events).endsWith("start c", "start d");
    assertThat(limiter.inFlight()).isEqualTo(2);
    assertThat(limiter.queued()).isZero();

    limiter.release();
    limiter.release();
    assertThat(limiter.inFlight()).isZero();
  }

  @Test
  void theOverloadErrorSaysWhatToDo() {
    RequestLimiter limiter = new RequestLimiter(1, 0);
    limiter.submit(request("a"), false);
    RuntimeException[] rejection = new RuntimeException[1];
    limiter.submit(
        new RequestLimiter.Waiter() {
          @Override
          public void start() {}

          @Override
          public void reject(RuntimeException reason) {
            rejection[0] = reason;
          }
        },
        false);
    assertThat(rejection[0])
        .isInstanceOf(RequestOverloadException.class)
        .isInstanceOf(RequestThrottlingException.class)
        .hasMessageContaining("1 requests in flight and 0 queued")
        .hasMessageContaining("raise the limits");
  }

  @Test
  void aContinuationQueuesEvenWhenTheQueueIsFull() {
    RequestLimiter limiter = new RequestLimiter(1, 0);
    limiter.submit(request("a"), false);
    limiter.submit(request("next page"), true);
    assertThat(events).containsExactly("start a");
    limiter.release();
    assertThat(events).containsExactly("start a", "start next page");
  }

  @Test
  void requestsCompletingAtOnceDoNotNestOnTheStack() {
    RequestLimiter limiter = new RequestLimiter(1, 100_000);
    int[] started = new int[1];
    int[] depth = new int[1];
    // Fill the queue behind one request in flight.
    limiter.submit(request("first"), false);
    for (int i = 0; i < 50_000; i++) {
      limiter.submit(
          new RequestLimiter.Waiter() {
            @Override
            public void start() {
              started[0]++;
              depth[0] = Math.max(depth[0], Thread.currentThread().getStackTrace().length);
              limiter.release(); // completes synchronously, like a request failing at once
            }

            @Override
            public void reject(RuntimeException reason) {}
          },
          false);
    }
    limiter.release();
    assertThat(started[0]).isEqualTo(50_000);
    assertThat(depth[0]).isLessThan(200);
    assertThat(limiter.inFlight()).isZero();
  }

  @Test
  void closingRejectsWaitersAndLaterRequests() {
    RequestLimiter limiter = new RequestLimiter(1, 5);
    limiter.submit(request("a"), false);
    limiter.submit(request("b"), false);
    limiter.close();
    limiter.submit(request("c"), false);
    assertThat(events)
        .containsExactly(
            "start a", "reject b: IllegalStateException", "reject c: IllegalStateException");
  }

  @Test
  void limitsMustBeSensible() {
    assertThatThrownBy(() -> new RequestLimiter(0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RequestLimiter(1, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
