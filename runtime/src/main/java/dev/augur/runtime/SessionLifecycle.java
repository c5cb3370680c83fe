package dev.augur.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The open, closing and closed states of an {@link AugurSession}, and everything it has in flight.
 *
 * <p>Every DAO call and every request registers an {@link InFlight} before it starts and removes it
 * exactly once when it ends; removal is also what decides who completes it, so that the normal
 * completion and an abort at close never both run. A new call is refused as soon as close begins; a
 * request (the first page or a further page of a call already admitted) is refused only once the
 * session is closed, so that calls in flight can finish while the session drains.
 *
 * <p>Admission increments the counter before it reads the state, and close writes the state before
 * it reads the counter: either the call sees the session closing and backs out, or close sees the
 * call and waits for it. Nothing here blocks or takes a lock.
 */
final class SessionLifecycle {
  private static final int OPEN = 0;
  private static final int CLOSING = 1;
  private static final int CLOSED = 2;

  /** A call or request the session must see complete, or complete itself at close. */
  interface InFlight {
    /**
     * Fails it with a {@link SessionClosedException} saying {@code why}; called at most once, after
     * it was removed.
     */
    void abort(String why);
  }

  private final AtomicInteger state = new AtomicInteger(OPEN);
  private final AtomicInteger active = new AtomicInteger();
  private final Set<InFlight> calls = ConcurrentHashMap.newKeySet();
  private final Set<InFlight> requests = ConcurrentHashMap.newKeySet();
  private final CompletableFuture<Void> drained = new CompletableFuture<>();

  /** Registers a new DAO call; false (and nothing registered) once close has begun. */
  boolean enterCall(InFlight call) {
    return enter(calls, call, OPEN);
  }

  /** Registers a request; false (and nothing registered) once the session is closed. */
  boolean enterRequest(InFlight request) {
    return enter(requests, request, CLOSING);
  }

  private boolean enter(Set<InFlight> set, InFlight item, int latestAdmitted) {
    active.incrementAndGet();
    set.add(item);
    if (state.get() > latestAdmitted) {
      set.remove(item);
      exit();
      return false;
    }
    return true;
  }

  /**
   * Removes {@code item}: true for the one caller that removed it, which then completes it; false
   * if it was already removed (completed, or aborted at close).
   */
  boolean leave(InFlight item) {
    if (!calls.remove(item) && !requests.remove(item)) {
      return false;
    }
    exit();
    return true;
  }

  private void exit() {
    if (active.decrementAndGet() == 0 && state.get() == CLOSING) {
      drained.complete(null);
    }
  }

  /** Starts closing: true for the caller that started it. */
  boolean beginClose() {
    if (!state.compareAndSet(OPEN, CLOSING)) {
      return false;
    }
    if (active.get() == 0) {
      drained.complete(null);
    }
    return true;
  }

  /** Completes once nothing is in flight after close began. */
  CompletableFuture<Void> drained() {
    return drained;
  }

  /** Refuses everything from now on, and aborts whatever is still in flight, saying {@code why}. */
  void closeAndAbort(String why) {
    state.set(CLOSED);
    abortAll(why);
  }

  /**
   * Aborts whatever is still registered (a request that raced with close, say): calls first, so
   * that each fails with its own message, then their requests, whose late failures then find the
   * calls gone.
   */
  void abortAll(String why) {
    for (Set<InFlight> set : List.of(calls, requests)) {
      for (InFlight item : new ArrayList<>(set)) {
        if (leave(item)) {
          item.abort(why);
        }
      }
    }
  }

  boolean isOpen() {
    return state.get() == OPEN;
  }

  /** Calls and requests in flight. */
  int inFlightCount() {
    return active.get();
  }
}
