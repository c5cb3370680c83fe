package dev.augur.it.streaming;

import static dev.augur.it.streaming.Streams.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import dev.augur.runtime.AugurSession;
import dev.augur.runtime.EntitySchema;
import dev.augur.runtime.Page;
import dev.augur.runtime.PageRequest;
import dev.augur.runtime.PreparedQuery;
import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.CassandraExtension;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Where callbacks run: with a callback executor (here a single "event loop" thread), every stage a
 * DAO returns completes there, and every publisher signal, {@code forEachAsync} action and page
 * arrives there; without one, they run on the driver's I/O threads.
 */
@ExtendWith(CassandraExtension.class)
class CallbackExecutorTest {
  private static final String LOOP = "app-event-loop";
  // Made once, so that adding it to a stage costs no lambda bootstrap (milliseconds, at first).
  private static final Function<Object, String> WHERE = ignored -> thread();
  private static final ExecutorService EVENT_LOOP =
      Executors.newSingleThreadExecutor(task -> new Thread(task, LOOP));
  private static AugurSession plain;
  private static AugurSession looped;
  private static TickDao plainTicks;
  private static TickDao loopedTicks;
  private static String series;
  private static CassandraEndpoint cassandra;

  @BeforeAll
  static void open(CqlSession admin, CassandraEndpoint endpoint) {
    cassandra = endpoint;
    Streams.Pages pages = new Streams.Pages();
    plain = Streams.open(admin, endpoint, "it_callbacks", pages, AugurSession.builder());
    looped =
        Streams.open(
            admin,
            endpoint,
            "it_callbacks",
            pages,
            AugurSession.builder().callbackExecutor(EVENT_LOOP));
    plainTicks = await(AugurTickDao.create(plain));
    loopedTicks = await(AugurTickDao.create(looped));
    series = Streams.newSeries(plainTicks, 35);
  }

  @AfterAll
  static void close() {
    await(plain.closeAsync());
    await(looped.closeAsync());
    EVENT_LOOP.shutdownNow();
  }

  @Test
  void stagesCompleteOnTheCallbackExecutor() {
    String list = completesOn(() -> loopedTicks.all(series));
    String write = completesOn(() -> loopedTicks.add(series, 1_000, "x"));
    String prepared =
        completesOn(
            () ->
                looped.prepareAsync(
                    "SELECT seq FROM tick WHERE series = '" + UUID.randomUUID() + "'", true));

    assertThat(List.of(list, write, prepared)).containsOnly(LOOP);
  }

  @Test
  void withoutOneTheyCompleteOnDriverThreads() {
    assertThat(completesOn(() -> plainTicks.all(series))).doesNotContain(LOOP).contains("io");
  }

  @Test
  void everyPublisherSignalRunsOnTheCallbackExecutor() throws InterruptedException {
    Recorder<Tick> subscriber = Recorder.inBatches(4);
    loopedTicks.stream(series).subscribe(subscriber);
    subscriber.awaitTermination();

    assertThat(subscriber.completed()).isTrue();
    assertThat(subscriber.threads()).hasSizeGreaterThan(35).containsOnly(LOOP);
  }

  @Test
  void requestsFromAnotherThreadStillDeliverOnTheCallbackExecutor() throws InterruptedException {
    Recorder<Tick> subscriber = Recorder.manual();
    loopedTicks.stream(series).subscribe(subscriber);
    subscriber.request(3); // from the test thread
    subscriber.awaitItems(3);
    subscriber.request(Long.MAX_VALUE);
    subscriber.awaitTermination();

    assertThat(subscriber.threads()).containsOnly(LOOP);
  }

  @Test
  void forEachAsyncAndPagesRunThereToo() {
    PreparedQuery<Tick> query = Streams.seriesQuery(looped);
    Set<String> actionThreads = ConcurrentHashMap.newKeySet();

    String done =
        completesOn(
            () -> query.bind().set(0, series).forEachAsync(tick -> actionThreads.add(thread())));
    String firstPage = completesOn(() -> query.bind().set(0, series).page(PageRequest.first(10)));
    Page<Tick> first = await(query.bind().set(0, series).page(PageRequest.first(10)));
    String nextPage = completesOn(first::next);

    assertThat(actionThreads).containsOnly(LOOP);
    assertThat(List.of(done, firstPage, nextPage)).containsOnly(LOOP);
  }

  @Test
  void daoCreationCompletesThereEvenWhenItsSchemaCheckRefreshesTheDriversMetadata() {
    // Without schema metadata, the check finds no table at first and refreshes, which the driver
    // completes on its admin thread.
    try (AugurSession session =
        noSchemaMetadata(AugurSession.builder().callbackExecutor(EVENT_LOOP))) {
      assertThat(completesOn(() -> AugurTickTableDao.create(session))).isEqualTo(LOOP);
    }
  }

  @Test
  void entitySchemaStagesCompleteThere() {
    String created =
        completesOn(
            () -> EntitySchema.createAsync(looped, "it_callbacks", List.of(Tick_Mapper.INSTANCE)));
    String verified =
        completesOn(
            () -> EntitySchema.verifyAsync(looped, "it_callbacks", List.of(Tick_Mapper.INSTANCE)));

    assertThat(List.of(created, verified)).containsOnly(LOOP);
  }

  @Test
  void closeAsyncCompletesThere(CqlSession admin, CassandraEndpoint endpoint) {
    AugurSession closing =
        Streams.open(
            admin,
            endpoint,
            "it_callbacks",
            new Streams.Pages(),
            AugurSession.builder().callbackExecutor(EVENT_LOOP));
    await(AugurTickDao.create(closing));

    assertThat(completesOn(closing::closeAsync)).isEqualTo(LOOP);
  }

  @Test
  void closeAsyncStillCompletesWhenTheExecutorNoLongerTakesTasks(
      CqlSession admin, CassandraEndpoint endpoint) {
    ExecutorService stopped = Executors.newSingleThreadExecutor();
    AugurSession closing =
        Streams.open(
            admin,
            endpoint,
            "it_callbacks",
            new Streams.Pages(),
            AugurSession.builder().callbackExecutor(stopped));
    stopped.shutdown();

    await(closing.closeAsync());
    assertThat(closing.cqlSession().isClosed()).isTrue();
  }

  @Test
  void aFailedConnectAsyncFailsThere() {
    // Port 1 of the loopback refuses connections: the driver fails the build on its own thread.
    CompletableFuture<AugurSession> connecting =
        AugurSession.builder()
            .callbackExecutor(EVENT_LOOP)
            .connectAsync(
                CqlSession.builder()
                    .addContactPoint(new InetSocketAddress("127.0.0.1", 1))
                    .withLocalDatacenter("datacenter1"))
            .toCompletableFuture();

    String thread = await(connecting.handle((session, error) -> thread()));

    assertThat(connecting).isCompletedExceptionally();
    assertThat(thread).isEqualTo(LOOP);
  }

  private static AugurSession noSchemaMetadata(AugurSession.Builder augur) {
    CassandraEndpoint endpoint = cassandra;
    return await(
        augur.connectAsync(
            CqlSession.builder()
                .addContactPoints(endpoint.contactPoints())
                .withLocalDatacenter(endpoint.localDatacenter())
                .withKeyspace("it_callbacks")
                .withConfigLoader(
                    DriverConfigLoader.programmaticBuilder()
                        .withBoolean(DefaultDriverOption.METADATA_SCHEMA_ENABLED, false)
                        .build())));
  }

  /**
   * The thread that runs a dependent added to the stage {@code call} returns while that stage is
   * still pending (a dependent of a completed stage runs on the adding thread: that proves nothing,
   * so such a try is repeated).
   */
  private static String completesOn(Supplier<? extends CompletionStage<?>> call) {
    for (int attempt = 0; attempt < 20; attempt++) {
      CompletableFuture<?> stage = call.get().toCompletableFuture();
      if (!stage.isDone()) {
        String thread = await(stage.thenApply(WHERE));
        if (!thread.equals(Thread.currentThread().getName())) {
          return thread;
        }
        // Completed between isDone() and thenApply: try again.
      } else {
        await(stage);
      }
    }
    throw new AssertionError("every try completed before a dependent could be added");
  }

  private static String thread() {
    return Thread.currentThread().getName();
  }
}
