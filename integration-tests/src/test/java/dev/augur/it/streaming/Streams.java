package dev.augur.it.streaming;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.config.DriverExecutionProfile;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.api.core.session.Request;
import com.datastax.oss.driver.api.core.tracker.RequestTracker;
import com.datastax.oss.driver.api.core.type.reflect.GenericType;
import dev.augur.runtime.AugurSession;
import dev.augur.runtime.PreparedQuery;
import dev.augur.runtime.QuerySpec;
import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.Keyspaces;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
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

  /** Counts the requests (one per page) the driver completed, per prepared CQL string. */
  static final class Pages implements RequestTracker {
    private final Map<String, AtomicInteger> pages = new ConcurrentHashMap<>();

    @Override
    public void onSuccess(
        Request request,
        long latencyNanos,
        DriverExecutionProfile profile,
        Node node,
        String logPrefix) {
      if (request instanceof BoundStatement bound) {
        pages
            .computeIfAbsent(bound.getPreparedStatement().getQuery(), q -> new AtomicInteger())
            .incrementAndGet();
      }
    }

    int count(String cql) {
      AtomicInteger count = pages.get(cql);
      return count == null ? 0 : count.get();
    }

    /**
     * The count once the requests already sent are all counted: the driver tells its request
     * trackers of a page just after completing the page's future, so a count taken at once may miss
     * the page just read.
     */
    int settledCount(String cql) {
      try {
        return settle(cql, 0);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return count(cql);
      }
    }

    /** Waits (up to 10 s) for {@code expected} pages, then a little more to see no more come. */
    int settle(String cql, int expected) throws InterruptedException {
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (count(cql) < expected && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      Thread.sleep(150);
      return count(cql);
    }

    @Override
    public void close() {}
  }
}
