package dev.augur.it.streaming;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.type.reflect.GenericType;
import dev.augur.it.CountingThrottler;
import dev.augur.it.PageCounter;
import dev.augur.runtime.AugurSession;
import dev.augur.runtime.PreparedQuery;
import dev.augur.runtime.QuerySpec;
import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.Keyspaces;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;

/** What the streaming tests share: sessions with small pages, a page counter, data, waiting. */
final class Streams {
  static final int PAGE_SIZE = 10;

  private Streams() {}

  /**
   * Creates the keyspace and the tick table, then an Augur session on it, configured by {@code
   * augur}, with pages of {@link #PAGE_SIZE} rows and {@code pages} counting every page.
   */
  static AugurSession open(
      CqlSession admin,
      CassandraEndpoint endpoint,
      String keyspace,
      Pages pages,
      AugurSession.Builder augur) {
    Keyspaces.createSimple(admin, keyspace);
    admin.execute(Tick.DDL.replace("IF NOT EXISTS ", "IF NOT EXISTS " + keyspace + "."));
    DriverConfigLoader config =
        DriverConfigLoader.programmaticBuilder()
            .withInt(DefaultDriverOption.REQUEST_PAGE_SIZE, PAGE_SIZE)
            .withDuration(DefaultDriverOption.METADATA_SCHEMA_WINDOW, Duration.ofMillis(10))
            .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(10))
            .withClass(DefaultDriverOption.REQUEST_THROTTLER_CLASS, CountingThrottler.class)
            .build();
    return await(
        augur.connectAsync(
            CqlSession.builder()
                .addContactPoints(endpoint.contactPoints())
                .withLocalDatacenter(endpoint.localDatacenter())
                .withKeyspace(keyspace)
                .withConfigLoader(config)
                .addRequestTracker(pages)));
  }

  /** The series query, prepared for use through the runtime API directly. */
  static PreparedQuery<Tick> seriesQuery(AugurSession session) {
    QuerySpec spec =
        QuerySpec.builder("TickQueries.series", TickDao.SERIES_CQL)
            .parameter("series", GenericType.STRING)
            .idempotent(true)
            .build();
    return await(PreparedQuery.prepare(session, spec, Tick_Mapper.INSTANCE));
  }

  /** A new series of {@code rows} ticks, seq 0 to rows - 1. */
  static String newSeries(TickDao ticks, int rows) {
    String series = "s-" + UUID.randomUUID();
    List<CompletableFuture<Void>> writes =
        IntStream.range(0, rows)
            .mapToObj(seq -> ticks.add(series, seq, "p" + seq).toCompletableFuture())
            .toList();
    await(CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)));
    return series;
  }

  static <T> T await(CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new AssertionError("stage failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException | TimeoutException e) {
      throw new AssertionError("stage did not complete in 30 s", e);
    }
  }

  /** The exception a stage failed with, exactly as a callback would see it. */
  static Throwable failure(CompletionStage<?> stage) {
    return await(
        stage.handle(
            (value, error) -> {
              if (error == null) {
                throw new AssertionError("expected a failure, got " + value);
              }
              return error;
            }));
  }

  /** Counts the pages the driver completed, per prepared CQL string: see {@link PageCounter}. */
  static final class Pages extends PageCounter {
    int count(String cql) {
      return pages(cql);
    }
  }
}
