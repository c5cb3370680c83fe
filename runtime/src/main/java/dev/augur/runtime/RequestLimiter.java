package dev.augur.runtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Admits at most {@code maxInFlight} requests at a time and queues at most {@code maxQueued} more,
 * first come first served; beyond that a new request is rejected at once. Nothing ever waits on a
 * lock for longer than a queue operation: a request either starts on the caller's thread, or starts
 * later on the thread that completes the request whose permit it takes.
 *
 * <p>A <em>continuation</em> (the next page of a result already being read) needs a permit like any
 * request but is never rejected for a full queue: failing a half-read stream would waste the pages
 * already read, and each open stream has at most one such fetch waiting.
 */
final class RequestLimiter {
  private final int maxInFlight;
  private final int maxQueued;
  private final ArrayDeque<Waiter> queue = new ArrayDeque<>();
  private final ThreadLocal<ArrayDeque<Waiter>> trampoline = new ThreadLocal<>();
  private int inFlight;
  private boolean closed;

  /** A request waiting for a permit. */
  interface Waiter {
    /** Sends the request; it owns a permit and must call {@link #release()} when it completes. */
    void start();

    /** The request will not be sent. */
    void reject(RuntimeException reason);
  }

  RequestLimiter(int maxInFlight, int maxQueued) {
    if (maxInFlight <= 0) {
      throw new IllegalArgumentException(
          "maxRequestsInFlight must be positive, got " + maxInFlight);
    }
    if (maxQueued < 0) {
      throw new IllegalArgumentException("maxQueuedRequests must be >= 0, got " + maxQueued);
    }
    this.maxInFlight = maxInFlight;
    this.maxQueued = maxQueued;
  }

  /** Starts {@code waiter} now, queues it, or rejects it. */
  void submit(Waiter waiter, boolean continuation) {
    RuntimeException rejection = null;
    boolean startNow = false;
    synchronized (this) {
      if (closed) {
        rejection = new IllegalStateException("the Augur session is closed");
      } else if (inFlight < maxInFlight) {
        inFlight++;
        startNow = true;
      } else if (queue.size() < maxQueued || continuation) {
        queue.addLast(waiter);
      } else {
        rejection =
            new RequestOverloadException(
                String.format(
                    "request rejected without being sent: the Augur session has %d requests in"
                        + " flight and %d queued, its limits (maxRequestsInFlight,"
                        + " maxQueuedRequests). Retry later with backoff, or raise the limits.",
                    inFlight, queue.size()));
      }
    }
    if (rejection != null) {
      waiter.reject(rejection);
    } else if (startNow) {
      run(waiter);
    }
  }

  /** A request that held a permit has completed: hand the permit to the oldest waiter, if any. */
  void release() {
    Waiter next;
    synchronized (this) {
      next = queue.pollFirst();
      if (next == null) {
        inFlight--;
        return;
      }
    }
    run(next);
  }

  /** Rejects every waiter and every later request. */
  void close() {
    List<Waiter> waiting;
    synchronized (this) {
      closed = true;
      waiting = new ArrayList<>(queue);
      queue.clear();
    }
    for (Waiter waiter : waiting) {
      waiter.reject(
          new IllegalStateException("the Augur session was closed before this request was sent"));
    }
  }

  synchronized int inFlight() {
    return inFlight;
  }

  synchronized int queued() {
    return queue.size();
  }

  /**
   * Runs a waiter; if this thread is already starting one (a request that completed at once
   * releasing into the next), it is run by that outer loop instead, so that a queue of requests
   * failing synchronously does not nest one stack frame per request.
   */
  private void run(Waiter waiter) {
    ArrayDeque<Waiter> pending = trampoline.get();
    if (pending != null) {
      pending.addLast(waiter);
      return;
    }
    pending = new ArrayDeque<>();
    trampoline.set(pending);
    try {
      Waiter current = waiter;
      while (current != null) {
        try {
          current.start();
        } catch (RuntimeException e) {
          // start() completes its own future; nothing must escape into the releasing thread.
        }
        current = pending.pollFirst();
      }
    } finally {
      trampoline.remove();
    }
  }
}
