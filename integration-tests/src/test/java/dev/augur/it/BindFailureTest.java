package dev.augur.it;

import static dev.augur.it.TestSessions.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DriverExecutionProfile;
import com.datastax.oss.driver.api.core.cql.BatchStatement;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.api.core.session.Request;
import com.datastax.oss.driver.api.core.tracker.RequestTracker;
import com.datastax.oss.driver.api.core.type.reflect.GenericType;
import dev.augur.annotations.BatchKind;
import dev.augur.processor.model.ReturnKind;
import dev.augur.runtime.AugurSession;
import dev.augur.runtime.DaoCallContext;
import dev.augur.runtime.PageRequest;
import dev.augur.runtime.PreparedQuery;
import dev.augur.runtime.QuerySpec;
import dev.augur.runtime.StatementBinder;
import dev.augur.runtime.StreamOptions;
import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.CassandraExtension;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A generated DAO method never throws: a value its statement cannot bind (a list holding a null,
 * which the driver's list codec refuses), a null entity, an entity whose column cannot be encoded
 * or a batch binding that throws fails the method's stage, or reaches the subscriber's {@code
 * onError}, with a {@link DaoCallContext}; and nothing is sent.
 *
 * <p>Scanned, not listed: every {@link ReturnKind} a DAO method may have is called through {@link
 * LabelDao}, and every public method of {@link StatementBinder} that returns a stage or a publisher
 * is called by reflection; a kind or a method added later and not covered fails here.
 */
@ExtendWith(CassandraExtension.class)
class BindFailureTest {
  private static final String KEYSPACE = "it_bind_failures";
  private static final List<String> NULL_TAG = Arrays.asList("a", null);
  private static final List<Integer> NULL_ID = Arrays.asList(1, null);
  private static final Sent SENT = new Sent();
  private static AugurSession session;
  private static LabelDao dao;

  @BeforeAll
  static void open(CqlSession admin, CassandraEndpoint endpoint) {
    session = TestSessions.open(admin, endpoint, KEYSPACE, 10, SENT, Label.DDL);
    dao = await(AugurLabelDao.create(session));
  }

  @AfterAll
  static void close() {
    if (session != null) {
      await(session.closeAsync());
    }
  }

  /** A call of {@link LabelDao} per return kind, each with a value that cannot be bound. */
  private static Map<ReturnKind, Function<LabelDao, Object>> callPerKind() {
    Map<ReturnKind, Function<LabelDao, Object>> calls = new EnumMap<>(ReturnKind.class);
    calls.put(ReturnKind.VOID, d -> d.retag(1, NULL_TAG));
    calls.put(ReturnKind.ONE, d -> d.one(NULL_ID));
    calls.put(ReturnKind.OPTIONAL, d -> d.optional(NULL_ID));
    calls.put(ReturnKind.LIST, d -> d.all(NULL_ID));
    calls.put(ReturnKind.COUNT, d -> d.count(NULL_ID));
    calls.put(ReturnKind.APPLIED, d -> d.retagIfExists(1, NULL_TAG));
    calls.put(ReturnKind.LWT, d -> d.createIfAbsent(1, NULL_TAG));
    calls.put(ReturnKind.PUBLISHER, d -> d.publisher(NULL_ID));
    calls.put(ReturnKind.PAGE, d -> d.page(NULL_ID, PageRequest.first(5)));
    calls.put(ReturnKind.ROW_STREAM, d -> d.stream(NULL_ID, StreamOptions.DEFAULTS));
    calls.put(ReturnKind.EXISTS, d -> d.existsByIdIn(NULL_ID));
    return calls;
  }

  @Test
  void everyReturnKindOfADaoMethodFailsThroughItsResult() throws Exception {
    Map<ReturnKind, Function<LabelDao, Object>> calls = callPerKind();
    assertThat(calls.keySet()).as("return kinds covered").containsExactly(ReturnKind.values());
    for (Map.Entry<ReturnKind, Function<LabelDao, Object>> call : calls.entrySet()) {
      Object result;
      try {
        result = call.getValue().apply(dao);
      } catch (RuntimeException e) {
        throw new AssertionError(call.getKey() + ": the DAO method threw " + e, e);
      }
      Throwable error = failureOf(result, call.getKey().toString());
      assertThat(error)
          .as(call.getKey().toString())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("LabelDao.")
          .hasMessageContaining("cannot be bound");
      assertThat(DaoCallContext.of(error)).as(call.getKey() + " context").isPresent();
    }
    assertThat(SENT.count()).as("statements sent").isZero();
  }

  @Test
  void everyExecutionOfTheBinderFailsThroughItsResult() throws Exception {
    PreparedQuery<Label> query =
        await(
            PreparedQuery.prepare(
                session,
                QuerySpec.builder("Labels.byIds", LabelDao.BY_IDS)
                    .parameter("ids", GenericType.listOf(Integer.class))
                    .build(),
                Label_Mapper.INSTANCE));
    Set<String> scanned = new TreeSet<>();
    for (Method method : StatementBinder.class.getMethods()) {
      Class<?> type = method.getReturnType();
      if (method.getDeclaringClass() != StatementBinder.class
          || Modifier.isStatic(method.getModifiers())
          || !(CompletionStage.class.isAssignableFrom(type)
              || Flow.Publisher.class.isAssignableFrom(type))) {
        continue;
      }
      String name = method + "";
      StatementBinder<Label> binder = query.bind().set(0, NULL_ID);
      Object result;
      try {
        result = method.invoke(binder, arguments(method));
      } catch (InvocationTargetException e) {
        throw new AssertionError(name + " threw " + e.getCause(), e.getCause());
      }
      Throwable error = failureOf(result, name);
      assertThat(error).as(name).isInstanceOf(IllegalArgumentException.class);
      assertThat(DaoCallContext.of(error)).as(name + " context").isPresent();
      scanned.add(method.getName());
    }
    assertThat(scanned)
        .as("the runtime calls of every return kind were scanned")
        .containsAll(
            Arrays.stream(ReturnKind.values())
                .map(ReturnKind::runtimeCall)
                .collect(Collectors.toSet()));
    System.out.println("binder executions scanned: " + scanned);

    // A page request that is null fails the stage too.
    Throwable noRequest = TestSessions.failure(query.bind().set(0, List.of(1)).page(null));
    assertThat(noRequest)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Labels.byIds: the page request is null; nothing was sent.");
    assertThat(SENT.count()).as("statements sent").isZero();
  }

  @Test
  void entityWritesFailThroughTheirResult() {
    Map<String, Function<LabelDao, CompletionStage<Void>>> calls =
        Map.of(
            "save(null)", d -> d.save(null),
            "update(null)", d -> d.update(null),
            "save(a list holding a null)", d -> d.save(new Label(1, NULL_TAG)),
            "saveAll(null)", d -> d.saveAll(null),
            "saveAll([label, null])", d -> d.saveAll(Arrays.asList(new Label(1, List.of()), null)),
            "saveAll([a label whose list holds a null])",
                d -> d.saveAll(List.of(new Label(1, NULL_TAG))));
    for (Map.Entry<String, Function<LabelDao, CompletionStage<Void>>> call : calls.entrySet()) {
      CompletionStage<Void> stage;
      try {
        stage = call.getValue().apply(dao);
      } catch (RuntimeException e) {
        throw new AssertionError(call.getKey() + " threw " + e, e);
      }
      Throwable error = TestSessions.failure(stage);
      assertThat(error).as(call.getKey()).isInstanceOf(RuntimeException.class);
      assertThat(DaoCallContext.of(error)).as(call.getKey() + " context").isPresent();
    }
    assertThat(SENT.count()).as("statements sent").isZero();
  }

  @Test
  void aBatchBindingThatThrowsFailsTheStage() {
    PreparedQuery<Void> write =
        await(
            PreparedQuery.prepare(
                session,
                QuerySpec.builder("Labels.retag", "UPDATE labels SET tags = :tags WHERE id = :id")
                    .parameter("tags", GenericType.listOf(String.class))
                    .parameter("id", GenericType.INTEGER)
                    .build()));
    IllegalStateException thrown = new IllegalStateException("binding failed");
    CompletionStage<Void> stage;
    try {
      stage =
          write.executeBatch(
              BatchKind.UNLOGGED,
              List.of(1, 2),
              (binder, id) -> {
                throw thrown;
              });
    } catch (RuntimeException e) {
      throw new AssertionError("executeBatch threw " + e, e);
    }
    assertThat(TestSessions.failure(stage)).isSameAs(thrown);
    assertThat(SENT.count()).as("statements sent").isZero();
  }

  private static Object[] arguments(Method method) {
    return Arrays.stream(method.getParameterTypes())
        .map(
            type -> {
              if (type == StreamOptions.class) {
                return StreamOptions.DEFAULTS;
              }
              if (type == Consumer.class) {
                return (Consumer<Object>) row -> {};
              }
              if (type == PageRequest.class) {
                return PageRequest.first(5);
              }
              throw new AssertionError("no argument for " + type + " of " + method);
            })
        .toArray();
  }

  /** What {@code result}, a stage or a publisher, failed with; fails the test if it did not. */
  private static Throwable failureOf(Object result, String what) throws Exception {
    if (result instanceof CompletionStage<?> stage) {
      return TestSessions.failure(stage);
    }
    assertThat(result).as(what).isInstanceOf(Flow.Publisher.class);
    CompletableFuture<Throwable> error = new CompletableFuture<>();
    AtomicInteger items = new AtomicInteger();
    ((Flow.Publisher<?>) result)
        .subscribe(
            new Flow.Subscriber<Object>() {
              @Override
              public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(10);
              }

              @Override
              public void onNext(Object item) {
                items.incrementAndGet();
              }

              @Override
              public void onError(Throwable throwable) {
                error.complete(throwable);
              }

              @Override
              public void onComplete() {
                error.completeExceptionally(new AssertionError(what + " completed"));
              }
            });
    Throwable failure = error.get(10, TimeUnit.SECONDS);
    assertThat(items.get()).as(what + " items").isZero();
    return failure;
  }

  /** Counts the statements the driver sent (bound ones and batches), answered or failed. */
  private static final class Sent implements RequestTracker {
    private final AtomicInteger sent = new AtomicInteger();

    @Override
    public void onSuccess(
        Request request, long latency, DriverExecutionProfile profile, Node node, String prefix) {
      count(request);
    }

    @Override
    public void onError(
        Request request,
        Throwable error,
        long latency,
        DriverExecutionProfile profile,
        Node node,
        String prefix) {
      count(request);
    }

    private void count(Request request) {
      if (request instanceof BoundStatement || request instanceof BatchStatement) {
        sent.incrementAndGet();
      }
    }

    int count() {
      return sent.get();
    }

    @Override
    public void close() {}
  }
}
