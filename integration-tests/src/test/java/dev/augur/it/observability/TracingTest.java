package dev.augur.it.observability;

import static dev.augur.it.observability.DaoMetricsTest.await;
import static dev.augur.it.observability.DaoMetricsTest.failure;
import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.servererrors.InvalidQueryException;
import dev.augur.opentelemetry.AugurTracing;
import dev.augur.runtime.AugurSession;
import dev.augur.runtime.DaoObserver;
import dev.augur.runtime.ObservedStatement;
import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.CassandraExtension;
import dev.augur.testkit.Keyspaces;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tracing on a real node: a span per DAO call and per stream, with the database conventions'
 * attributes, as the child of the caller's span; failures recorded; an observer that throws
 * breaks no call.
 */
@ExtendWith(CassandraExtension.class)
class TracingTest {
  private static final String KEYSPACE = "it_tracing";
  private static final String TOO_LONG = "k".repeat(70_000);

  private static final InMemorySpanExporter spans = InMemorySpanExporter.create();
  private static final OpenTelemetrySdk openTelemetry =
      OpenTelemetrySdk.builder()
          .setTracerProvider(
              SdkTracerProvider.builder()
                  .addSpanProcessor(SimpleSpanProcessor.create(spans))
                  .build())
          .build();
  private static final Tracer application = openTelemetry.getTracer("application");

  private static AugurSession session;
  private static SecretDao dao;

  @BeforeAll
  static void open(CqlSession admin, CassandraEndpoint endpoint) throws Exception {
    Keyspaces.createSimple(admin, KEYSPACE);
    admin.execute(Secret.DDL.replace("IF NOT EXISTS ", "IF NOT EXISTS " + KEYSPACE + "."));
    session =
        await(
            AugurSession.builder()
                .observer(AugurTracing.create(openTelemetry))
                .connectAsync(
                    CqlSession.builder()
                        .addContactPoints(endpoint.contactPoints())
                        .withLocalDatacenter(endpoint.localDatacenter())
                        .withConfigLoader(endpoint.driverConfigLoader())
                        .withKeyspace(KEYSPACE)));
    dao = await(AugurSecretDao.create(session));
  }

  @AfterAll
  static void close() throws Exception {
    await(session.closeAsync());
    openTelemetry.close();
  }

  @BeforeEach
  void forget() {
    spans.reset();
  }

  @Test
  void aCallIsAClientSpanNamedByOperationAndTableWithTheConventionsAttributes() throws Exception {
    await(dao.save("ada", "s1"));

    SpanData span = only(spans.getFinishedSpanItems());
    assertThat(span.getName()).isEqualTo("INSERT secrets");
    assertThat(span.getKind()).isEqualTo(SpanKind.CLIENT);
    assertThat(span.getInstrumentationScopeInfo().getName()).isEqualTo(AugurTracing.SCOPE);
    assertThat(attribute(span, "db.system.name")).isEqualTo("cassandra");
    assertThat(attribute(span, "db.namespace")).isEqualTo(KEYSPACE);
    assertThat(attribute(span, "db.collection.name")).isEqualTo("secrets");
    assertThat(attribute(span, "db.operation.name")).isEqualTo("INSERT");
    assertThat(attribute(span, "db.query.text")).isEqualTo(SecretDao.SAVE);
    assertThat(attribute(span, "augur.dao.method")).isEqualTo("SecretDao.save");
    assertThat(span.getAttributes().get(AttributeKey.longKey("db.response.returned_rows")))
        .as("an insert returns no rows")
        .isNull();
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(span.getEndEpochNanos()).isGreaterThan(span.getStartEpochNanos());
  }

  @Test
  void theSpanIsTheChildOfTheCallersEvenThoughTheCallCompletesOnAnotherThread()
      throws Exception {
    Span parent = application.spanBuilder("handle request").startSpan();
    CompletableFuture<Optional<Secret>> found;
    try (Scope ignored = parent.makeCurrent()) {
      found = dao.find("ada").toCompletableFuture();
    } finally {
      parent.end();
    }
    await(found);
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      // The context travels with the caller: a call made outside any span is a root.
      await(CompletableFuture.supplyAsync(() -> dao.find("ada"), other).thenCompose(s -> s));
    } finally {
      other.shutdown();
    }

    List<SpanData> finds =
        spans.getFinishedSpanItems().stream().filter(s -> s.getName().equals("SELECT secrets"))
            .toList();
    assertThat(finds).hasSize(2);
    assertThat(finds.get(0).getTraceId()).isEqualTo(parent.getSpanContext().getTraceId());
    assertThat(finds.get(0).getParentSpanId()).isEqualTo(parent.getSpanContext().getSpanId());
    assertThat(finds.get(1).getParentSpanContext().isValid()).isFalse();
    assertThat(finds.get(1).getTraceId()).isNotEqualTo(parent.getSpanContext().getTraceId());
  }

  @Test
  void rowsReturnedAreRecordedForListsOptionalsAndStreams() throws Exception {
    for (String name : List.of("r1", "r2", "r3")) {
      await(dao.save(name, "x"));
    }
    spans.reset();
    assertThat(await(dao.findAll(List.of("r1", "r2", "r3", "absent")))).hasSize(3);
    assertThat(await(dao.find("absent"))).isEmpty();
    assertThat(await(collect(dao.stream("r2")))).isEqualTo(1);

    List<SpanData> finished = spans.getFinishedSpanItems();
    assertThat(finished)
        .extracting(s -> attribute(s, "augur.dao.method"))
        .containsExactly("SecretDao.findAll", "SecretDao.find", "SecretDao.stream");
    assertThat(finished)
        .extracting(s -> s.getAttributes().get(AttributeKey.longKey("db.response.returned_rows")))
        .containsExactly(3L, 0L, 1L);
  }

  @Test
  void aFailedCallIsAnErrorSpanWithTheExceptionAndItsType() throws Exception {
    Throwable error = failure(dao.save(TOO_LONG, "x"));
    assertThat(error).isInstanceOf(InvalidQueryException.class);

    SpanData span = only(spans.getFinishedSpanItems());
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(attribute(span, "error.type")).isEqualTo(InvalidQueryException.class.getName());
    assertThat(span.getEvents()).anySatisfy(event -> assertThat(event.getName())
        .isEqualTo("exception"));
    assertThat(span.getEvents().get(0).getAttributes().get(AttributeKey.stringKey(
            "exception.stacktrace")))
        .as("the exception as recorded carries Augur's call context")
        .contains("DaoCallContext")
        .contains("SecretDao.save failed");
  }

  @Test
  void aCancelledStreamEndsItsSpanWithTheRowsDelivered() throws Exception {
    for (int i = 0; i < 5; i++) {
      await(dao.save("c", "x" + i)); // one row: the same key each time
    }
    spans.reset();
    CompletableFuture<Void> cancelled = new CompletableFuture<>();
    dao.stream("c")
        .subscribe(
            new Flow.Subscriber<>() {
              private Flow.Subscription subscription;

              @Override
              public void onSubscribe(Flow.Subscription subscription) {
                this.subscription = subscription;
                subscription.request(1);
              }

              @Override
              public void onNext(Secret item) {
                subscription.cancel();
                cancelled.complete(null);
              }

              @Override
              public void onError(Throwable throwable) {
                cancelled.completeExceptionally(throwable);
              }

              @Override
              public void onComplete() {
                cancelled.complete(null);
              }
            });
    await(cancelled);

    SpanData span = only(spans.getFinishedSpanItems());
    assertThat(span.getName()).isEqualTo("SELECT secrets");
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(span.getAttributes().get(AttributeKey.longKey("db.response.returned_rows")))
        .isEqualTo(1L);
  }

  @Test
  void anObserverThatThrowsBreaksNoCallAndLeavesTheOthersTracing(CassandraEndpoint endpoint)
      throws Exception {
    AtomicInteger thrown = new AtomicInteger();
    DaoObserver broken =
        statement ->
            () -> {
              thrown.incrementAndGet();
              throw new IllegalStateException("observer bug");
            };
    DaoObserver brokenAtEnd =
        statement -> () -> (nanos, rows, error, slow) -> {
          thrown.incrementAndGet();
          throw new IllegalStateException("observer bug at the end");
        };
    AugurSession observed =
        await(
            AugurSession.builder()
                .observer(broken)
                .observer(brokenAtEnd)
                .observer(AugurTracing.create(openTelemetry))
                .connectAsync(
                    CqlSession.builder()
                        .addContactPoints(endpoint.contactPoints())
                        .withLocalDatacenter(endpoint.localDatacenter())
                        .withConfigLoader(endpoint.driverConfigLoader())
                        .withKeyspace(KEYSPACE)));
    try {
      SecretDao secrets = await(AugurSecretDao.create(observed));
      await(secrets.save("grace", "s"));
      assertThat(await(secrets.find("grace"))).map(Secret::secret).hasValue("s");
      assertThat(await(collect(secrets.stream("grace")))).isEqualTo(1);
      DaoObserver throwingAtCreation =
          new DaoObserver() {
            @Override
            public Method statement(ObservedStatement statement) {
              throw new IllegalStateException("observer bug at creation");
            }
          };
      AugurSession failingAtCreation =
          await(
              AugurSession.builder()
                  .observer(throwingAtCreation)
                  .connectAsync(
                      CqlSession.builder()
                          .addContactPoints(endpoint.contactPoints())
                          .withLocalDatacenter(endpoint.localDatacenter())
                          .withConfigLoader(endpoint.driverConfigLoader())
                          .withKeyspace(KEYSPACE)));
      try {
        assertThat(await(await(AugurSecretDao.create(failingAtCreation)).find("grace")))
            .isPresent();
      } finally {
        await(failingAtCreation.closeAsync());
      }
    } finally {
      await(observed.closeAsync());
    }
    assertThat(thrown).hasValue(6); // start and end of three calls
    assertThat(spans.getFinishedSpanItems())
        .extracting(SpanData::getName)
        .containsExactly("INSERT secrets", "SELECT secrets", "SELECT secrets");
  }

  private static CompletableFuture<Integer> collect(Flow.Publisher<Secret> publisher) {
    CompletableFuture<Integer> done = new CompletableFuture<>();
    List<Secret> rows = new ArrayList<>();
    publisher.subscribe(
        new Flow.Subscriber<>() {
          @Override
          public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
          }

          @Override
          public void onNext(Secret item) {
            rows.add(item);
          }

          @Override
          public void onError(Throwable throwable) {
            done.completeExceptionally(throwable);
          }

          @Override
          public void onComplete() {
            done.complete(rows.size());
          }
        });
    return done;
  }

  private static SpanData only(List<SpanData> finished) {
    assertThat(finished).hasSize(1);
    return finished.get(0);
  }

  private static String attribute(SpanData span, String key) {
    return span.getAttributes().get(AttributeKey.stringKey(key));
  }
}
