package dev.augur.runtime;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.cql.Statement;
import com.datastax.oss.driver.api.core.type.codec.registry.CodecRegistry;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The session generated DAOs run on: a {@link CqlSession} plus a cache of prepared statements.
 *
 * <p>Create one per application at startup, create the DAOs from it, and close it at shutdown:
 *
 * <pre>{@code
 * AugurSession.connectAsync(CqlSession.builder().withKeyspace("shop"))
 *     .thenCompose(session -> AugurOrderDao.create(session))
 *     .thenAccept(orders -> ...);
 * }</pre>
 *
 * <p>Every method is non-blocking except {@link #close()}. The session is thread-safe.
 */
public final class AugurSession implements AutoCloseable {
  private final CqlSession session;
  private final ConcurrentMap<PrepareKey, CompletableFuture<PreparedStatement>> prepared =
      new ConcurrentHashMap<>();

  private AugurSession(CqlSession session) {
    this.session = Objects.requireNonNull(session, "session");
  }

  /** Connects without blocking: the stage completes once the driver session is ready. */
  public static CompletionStage<AugurSession> connectAsync(CqlSessionBuilder builder) {
    return builder.buildAsync().thenApply(AugurSession::new);
  }

  /**
   * Wraps a session the application already has. The Augur session takes ownership: closing it
   * closes {@code session}.
   */
  public static AugurSession wrap(CqlSession session) {
    return new AugurSession(session);
  }

  /** The driver session underneath, for what Augur does not cover. */
  public CqlSession cqlSession() {
    return session;
  }

  /** The protocol version negotiated with the cluster; codecs encode and decode with it. */
  public ProtocolVersion protocolVersion() {
    return session.getContext().getProtocolVersion();
  }

  /** The registry codecs are resolved from, once per prepared statement. */
  public CodecRegistry codecRegistry() {
    return session.getContext().getCodecRegistry();
  }

  /**
   * Prepares {@code cql} without blocking. Concurrent and later calls for the same statement share
   * one future, so a statement is prepared once per session however many DAOs use it. A failed
   * preparation is not cached: the next call tries again.
   */
  public CompletionStage<PreparedStatement> prepareAsync(String cql, boolean idempotent) {
    PrepareKey key = new PrepareKey(cql, idempotent);
    CompletableFuture<PreparedStatement> existing = prepared.get(key);
    if (existing != null) {
      return existing;
    }
    CompletableFuture<PreparedStatement> created = new CompletableFuture<>();
    existing = prepared.putIfAbsent(key, created);
    if (existing != null) {
      return existing;
    }
    // Bound statements inherit the idempotence of the statement they were prepared from.
    SimpleStatement statement = SimpleStatement.builder(cql).setIdempotence(idempotent).build();
    session
        .prepareAsync(statement)
        .whenComplete(
            (ps, error) -> {
              if (error != null) {
                prepared.remove(key, created);
                created.completeExceptionally(Futures.unwrap(error));
              } else {
                created.complete(ps);
              }
            });
    return created;
  }

  /** Runs a statement without blocking; the stage fails with the driver's own exception. */
  public CompletionStage<AsyncResultSet> executeAsync(Statement<?> statement) {
    try {
      return session.executeAsync(statement);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** Closes the driver session without blocking. */
  public CompletionStage<Void> closeAsync() {
    return session.closeAsync().thenApply(ignored -> null);
  }

  /** Closes the driver session and waits for it. Never call this on a driver thread. */
  @Override
  public void close() {
    session.close();
  }

  private record PrepareKey(String cql, boolean idempotent) {}
}
