package dev.augur.example.webflux;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import reactor.blockhound.BlockHound;
import reactor.blockhound.BlockingOperationError;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * Every blocking call BlockHound caught on a non-blocking thread in this JVM (Reactor's and
 * netty's event loops, the driver's I/O threads among them), recorded before BlockHound's own
 * error is thrown, so that a test can fail on a call even when the error it threw was swallowed
 * or turned into a 500 somewhere. BlockHound loads this integration when its JUnit Platform
 * listener installs it, before any test runs.
 */
public final class BlockingCalls implements BlockHoundIntegration {
  private static final List<String> CAUGHT = new CopyOnWriteArrayList<>();

  @Override
  public void applyTo(BlockHound.Builder builder) {
    // Netty 4.2's default allocator takes a StampedLock for a few instructions when a thread's
    // magazines grow (seen here under load, on the driver's I/O threads). Netty's own BlockHound
    // integration allows the same kind of lock in its pooled allocator (PoolArena, PoolChunk,
    // PoolSubpage) but, in 4.2.15, not this one; this allows exactly that method.
    builder.allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$Magazine", "free");
    // Jackson 3 locks its deserializer cache while it builds the deserializer of a type it meets
    // for the first time (seen on two event loops decoding their first request bodies at once):
    // bounded, once per type.
    builder.allowBlockingCallsInside(
        "tools.jackson.databind.deser.DeserializerCache", "_createAndCacheValueDeserializer");
    builder.blockingMethodCallback(
        method -> {
          CAUGHT.add(method + " on " + Thread.currentThread().getName());
          throw new BlockingOperationError(method);
        });
  }

  /** What was caught so far. */
  static List<String> caught() {
    return List.copyOf(CAUGHT);
  }

  static void clear() {
    CAUGHT.clear();
  }
}
