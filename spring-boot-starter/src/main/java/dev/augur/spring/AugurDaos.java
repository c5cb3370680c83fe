package dev.augur.spring;

import dev.augur.runtime.AugurSession;
import dev.augur.runtime.EntitySchema;
import dev.augur.runtime.EntityMapper;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Every DAO of the application, created once at startup, all at the same time, after the schema
 * action: each {@code AugurXxx.create(session, keyspace)} prepares its statements (and, unless
 * turned off, checks its tables against its entities). Startup fails if any cannot be created,
 * with Augur's message for each.
 */
public final class AugurDaos {
  private final Map<Class<?>, Object> daos;

  AugurDaos(AugurSession session, AugurProperties properties, AugurDaoTypes types) {
    String keyspace = properties.getKeyspace();
    Duration timeout = properties.getStartupTimeout();
    await(
        schema(session, properties, types),
        timeout,
        "the schema action " + properties.getSchemaAction());

    Map<Class<?>, CompletableFuture<Object>> creating = new LinkedHashMap<>();
    for (Class<?> dao : types.daos()) {
      creating.put(dao, create(session, types.scanner().implementationOf(dao), keyspace));
    }
    try {
      CompletableFuture.allOf(creating.values().toArray(CompletableFuture[]::new))
          .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      // Reported per DAO below.
    } catch (TimeoutException e) {
      throw new AugurStartupException(
          "Augur's DAOs were not all created within augur.startup-timeout (" + timeout + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AugurStartupException("interrupted while creating Augur's DAOs", e);
    }
    Map<Class<?>, Object> created = new LinkedHashMap<>();
    List<Throwable> failures = new ArrayList<>();
    StringBuilder message = new StringBuilder();
    creating.forEach(
        (dao, future) -> {
          try {
            created.put(dao, future.join());
          } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            failures.add(cause);
            message.append(message.length() == 0 ? "" : "\n").append(cause.getMessage());
          }
        });
    if (!failures.isEmpty()) {
      AugurStartupException failure =
          new AugurStartupException(
              failures.size() + " of Augur's DAOs could not be created:\n" + message,
              failures.get(0));
      failures.stream().skip(1).forEach(failure::addSuppressed);
      throw failure;
    }
    this.daos = Map.copyOf(created);
  }

  /** The DAO created for the {@code @Dao} interface {@code type}. */
  public <D> D get(Class<D> type) {
    Object dao = daos.get(type);
    if (dao == null) {
      throw new IllegalArgumentException(type.getName() + " is not a @Dao the starter found");
    }
    return type.cast(dao);
  }

  /** The interfaces of every DAO created. */
  public List<Class<?>> types() {
    return List.copyOf(daos.keySet());
  }

  private static CompletionStage<Void> schema(
      AugurSession session, AugurProperties properties, AugurDaoTypes types) {
    AugurProperties.SchemaAction action = properties.getSchemaAction();
    if (action == AugurProperties.SchemaAction.NONE) {
      return CompletableFuture.completedFuture(null);
    }
    List<EntityMapper<?>> entities = types.scanner().entityMappers(types.packages());
    return action == AugurProperties.SchemaAction.CREATE_IF_NOT_EXISTS
        ? EntitySchema.createAsync(session, properties.getKeyspace(), entities)
        : EntitySchema.verifyAsync(session, properties.getKeyspace(), entities);
  }

  @SuppressWarnings("unchecked")
  private static CompletableFuture<Object> create(
      AugurSession session, Class<?> implementation, String keyspace) {
    try {
      Method create = implementation.getMethod("create", AugurSession.class, String.class);
      return ((CompletionStage<Object>) create.invoke(null, session, keyspace))
          .toCompletableFuture();
    } catch (NoSuchMethodException | IllegalAccessException e) {
      return CompletableFuture.failedFuture(
          new IllegalStateException(
              implementation.getName() + " has no public static create(AugurSession, String)", e));
    } catch (InvocationTargetException e) {
      return CompletableFuture.failedFuture(e.getCause());
    }
  }

  private static void await(CompletionStage<Void> stage, Duration timeout, String what) {
    try {
      stage.toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new AugurStartupException(what + " failed: " + cause.getMessage(), cause);
    } catch (TimeoutException e) {
      throw new AugurStartupException(
          what + " did not finish within augur.startup-timeout (" + timeout + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AugurStartupException("interrupted during " + what, e);
    }
  }
}
