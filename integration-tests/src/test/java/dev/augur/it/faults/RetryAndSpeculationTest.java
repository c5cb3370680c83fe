package dev.augur.it.faults;

import static com.datastax.oss.simulacron.common.stubbing.PrimeDsl.closeConnection;
import static com.datastax.oss.simulacron.common.stubbing.PrimeDsl.noResult;
import static com.datastax.oss.simulacron.common.stubbing.PrimeDsl.overloaded;
import static com.datastax.oss.simulacron.common.stubbing.PrimeDsl.readTimeout;
import static com.datastax.oss.simulacron.common.stubbing.PrimeDsl.rows;
import static com.datastax.oss.simulacron.common.stubbing.PrimeDsl.serverError;
import static com.datastax.oss.simulacron.common.stubbing.PrimeDsl.unavailable;
import static com.datastax.oss.simulacron.common.stubbing.PrimeDsl.writeTimeout;
import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.DriverTimeoutException;
import com.datastax.oss.driver.api.core.connection.ClosedConnectionException;
import com.datastax.oss.driver.api.core.retry.RetryPolicy;
import com.datastax.oss.driver.api.core.servererrors.OverloadedException;
import com.datastax.oss.driver.api.core.servererrors.ReadTimeoutException;
import com.datastax.oss.driver.api.core.servererrors.ServerError;
import com.datastax.oss.driver.api.core.servererrors.UnavailableException;
import com.datastax.oss.driver.api.core.servererrors.WriteTimeoutException;
import com.datastax.oss.driver.internal.core.retry.DefaultRetryPolicy;
import com.datastax.oss.simulacron.common.codec.ConsistencyLevel;
import com.datastax.oss.simulacron.common.codec.WriteType;
import com.datastax.oss.simulacron.common.result.Result;
import com.datastax.oss.simulacron.common.stubbing.CloseType;
import com.datastax.oss.simulacron.common.stubbing.DisconnectAction;
import com.datastax.oss.simulacron.common.stubbing.PrimeDsl;
import dev.augur.runtime.AugurRetryPolicy;
import dev.augur.runtime.AugurSession;
import dev.augur.runtime.DaoCallContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each fault of the first of two simulated nodes, against an idempotent and a non-idempotent DAO
 * method, under the driver's {@link DefaultRetryPolicy} and under {@link AugurRetryPolicy}, with
 * speculative executions on (at most 2, 500 ms apart) and a 2 s request timeout. The query plan
 * always puts the faulty node first, so a retry or a speculative execution goes to the healthy
 * second node. Each node's query log says how many times the statement was sent to it.
 *
 * <p>Every call must complete, within a bound; a non-idempotent call must never be sent twice under
 * {@code AugurRetryPolicy}; an idempotent call must be retried (or speculated) and succeed wherever
 * the policy allows; a failure must keep the driver's exception type and carry the DAO method and
 * the CQL. Four methods carry no {@code @Idempotent}: a counter increment, a list append and an
 * LWT, which the processor must infer non-idempotent, and a plain upsert, which it must infer
 * idempotent; their sends prove the inferred flag reaches the driver.
 */
class RetryAndSpeculationTest {
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);
  private static final List<String> FIGURES = new ArrayList<>();
  private static SimulatedCluster sim;

  @BeforeAll
  static void start() {
    sim = SimulatedCluster.start(2);
  }

  @AfterAll
  static void stop() {
    if (sim != null) {
      sim.close();
    }
    System.out.println(
        "fault | policy | method | sends to faulty node | sends to healthy node | outcome");
    FIGURES.forEach(System.out::println);
  }

  /** One DAO method and how the simulated nodes recognize its statement. */
  enum Method {
    FIND(FaultDao.FIND, true, params("id", 1), types("id", "int"), dao -> dao.find(1)),
    FIND_ONCE(
        FaultDao.FIND_ONCE, false, params("id", 1), types("id", "int"), dao -> dao.findOnce(1)),
    PUT(
        FaultDao.PUT,
        true,
        params("id", 1, "name", "a"),
        types("id", "int", "name", "varchar"),
        dao -> dao.put(1, "a")),
    INCREMENT(
        FaultDao.INCREMENT,
        false,
        params("delta", 1L, "id", 1),
        types("delta", "bigint", "id", "int"),
        dao -> dao.increment(1, 1L)),
    // No @Idempotent on these four: the flag the driver sees is the processor's inference.
    INFERRED_INCREMENT(
        FaultDao.INFERRED_INCREMENT,
        false,
        params("step", 1L, "id", 1),
        types("step", "bigint", "id", "int"),
        dao -> dao.incrementBy(1, 1L)),
    INFERRED_APPEND(
        FaultDao.INFERRED_APPEND,
        false,
        params("more", List.of("x"), "id", 1),
        types("more", "list<varchar>", "id", "int"),
        dao -> dao.append(1, List.of("x"))),
    INFERRED_LWT(
        FaultDao.INFERRED_LWT,
        false,
        params("id", 1, "name", "a"),
        types("id", "int", "name", "varchar"),
        dao -> dao.insertIfAbsent(1, "a")),
    INFERRED_UPSERT(
        FaultDao.INFERRED_UPSERT,
        true,
        params("name", "a", "id", 1),
        types("name", "varchar", "id", "int"),
        dao -> dao.rename(1, "a"));

    final String cql;
    final boolean idempotent;
    final LinkedHashMap<String, Object> params;
    final LinkedHashMap<String, String> types;
    final Function<FaultDao, CompletionStage<?>> call;

    Method(
        String cql,
        boolean idempotent,
        LinkedHashMap<String, Object> params,
        LinkedHashMap<String, String> types,
        Function<FaultDao, CompletionStage<?>> call) {
      this.cql = cql;
      this.idempotent = idempotent;
      this.params = params;
      this.types = types;
      this.call = call;
    }

    boolean isRead() {
      return cql.startsWith("SELECT");
    }
  }

  /** A fault of the first node. */
  enum Fault {
    READ_TIMEOUT(() -> readTimeout(ConsistencyLevel.ONE, 1, 1, false), ReadTimeoutException.class),
    WRITE_TIMEOUT(
        () -> writeTimeout(ConsistencyLevel.ONE, 0, 1, WriteType.SIMPLE),
        WriteTimeoutException.class),
    UNAVAILABLE(() -> unavailable(ConsistencyLevel.ONE, 1, 0), UnavailableException.class),
    OVERLOADED(() -> overloaded("simulated overload"), OverloadedException.class),
    SERVER_ERROR(() -> serverError("simulated server error"), ServerError.class),
    CLOSED_CONNECTION(
        () -> closeConnection(DisconnectAction.Scope.CONNECTION, CloseType.DISCONNECT),
        ClosedConnectionException.class),
    NO_ANSWER(() -> noResult(), DriverTimeoutException.class);

    final Supplier<Result> result;
    final Class<? extends Throwable> error;

    Fault(Supplier<Result> result, Class<? extends Throwable> error) {
      this.result = result;
      this.error = error;
    }
  }

  /**
   * What must happen: {@code faulty} and {@code healthy} sends, and whether the call succeeds (on
   * the healthy node) or fails with the fault's exception.
   */
  record Case(
      Fault fault,
      Class<? extends RetryPolicy> policy,
      Method method,
      int faulty,
      int healthy,
      boolean succeeds) {
    @Override
    public String toString() {
      return fault + ", " + policy.getSimpleName() + ", " + method;
    }
  }

  static Stream<Case> cases() {
    List<Case> cases = new ArrayList<>();
    for (Class<? extends RetryPolicy> policy :
        List.of(DefaultRetryPolicy.class, AugurRetryPolicy.class)) {
      boolean strict = policy == AugurRetryPolicy.class;
      // A read timeout with enough replicas but no data is retried once on the same node; the
      // simulated node times out again. The driver asks the policy whatever the flag.
      cases.add(new Case(Fault.READ_TIMEOUT, policy, Method.FIND, 2, 0, false));
      cases.add(new Case(Fault.READ_TIMEOUT, policy, Method.FIND_ONCE, strict ? 1 : 2, 0, false));
      // A write timeout of a simple write is never retried: the write may have been applied.
      cases.add(new Case(Fault.WRITE_TIMEOUT, policy, Method.PUT, 1, 0, false));
      cases.add(new Case(Fault.WRITE_TIMEOUT, policy, Method.INCREMENT, 1, 0, false));
      // Unavailable: the coordinator applied nothing, so the default policy tries the next node
      // whatever the flag; AugurRetryPolicy does not for a non-idempotent statement.
      cases.add(new Case(Fault.UNAVAILABLE, policy, Method.PUT, 1, 1, true));
      cases.add(new Case(Fault.UNAVAILABLE, policy, Method.INCREMENT, 1, strict ? 0 : 1, !strict));
      // Overloaded, server error, a connection closed under the request: the next node, only if
      // idempotent (the driver does not even ask the policy otherwise).
      for (Fault fault : List.of(Fault.OVERLOADED, Fault.SERVER_ERROR, Fault.CLOSED_CONNECTION)) {
        cases.add(new Case(fault, policy, Method.PUT, 1, 1, true));
        cases.add(new Case(fault, policy, Method.INCREMENT, 1, 0, false));
      }
      // A node that never answers: a speculative execution on the next node after 500 ms, only
      // if idempotent; otherwise the request times out after 2 s.
      cases.add(new Case(Fault.NO_ANSWER, policy, Method.PUT, 1, 1, true));
      cases.add(new Case(Fault.NO_ANSWER, policy, Method.INCREMENT, 1, 0, false));
      // Idempotence inferred from the CQL: the counter increment, the list append and the LWT are
      // sent once wherever the driver or AugurRetryPolicy decides by the flag (unavailable under
      // the default policy is the one resend the flag does not prevent); the upsert is retried
      // and speculated like an explicitly idempotent write.
      for (Method inferred :
          List.of(Method.INFERRED_INCREMENT, Method.INFERRED_APPEND, Method.INFERRED_LWT)) {
        cases.add(new Case(Fault.UNAVAILABLE, policy, inferred, 1, strict ? 0 : 1, !strict));
        cases.add(new Case(Fault.OVERLOADED, policy, inferred, 1, 0, false));
        if (strict) {
          cases.add(new Case(Fault.NO_ANSWER, policy, inferred, 1, 0, false));
        }
      }
      cases.add(new Case(Fault.UNAVAILABLE, policy, Method.INFERRED_UPSERT, 1, 1, true));
      cases.add(new Case(Fault.OVERLOADED, policy, Method.INFERRED_UPSERT, 1, 1, true));
      if (strict) {
        cases.add(new Case(Fault.NO_ANSWER, policy, Method.INFERRED_UPSERT, 1, 1, true));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void faultOfTheFirstNode(Case c) throws Exception {
    sim.reset();
    Method method = c.method();
    // Both nodes answer every statement (preparation reads its markers' types from these primes),
    // the DAO is created, and only then does the first node start failing this method.
    primeSuccess(sim.node(0));
    primeSuccess(sim.node(1));
    AugurSession session =
        AugurSession.connectAsync(sim.sessionBuilder(c.policy(), REQUEST_TIMEOUT, config -> {}))
            .toCompletableFuture()
            .get(30, TimeUnit.SECONDS);
    try {
      FaultDao dao = AugurFaultDao.create(session).toCompletableFuture().get(30, TimeUnit.SECONDS);
      method.call.apply(dao).toCompletableFuture().get(10, TimeUnit.SECONDS); // warm up
      sim.node(0).clearPrimes(true);
      SimulatedCluster.prime(
          sim.node(0), method.cql, method.params, method.types, c.fault().result.get());
      sim.node(0).clearLogs();
      sim.node(1).clearLogs();
      long start = System.nanoTime();
      Throwable error =
          method
              .call
              .apply(dao)
              .handle((value, failure) -> failure)
              .toCompletableFuture()
              .get(10, TimeUnit.SECONDS); // every future completes: never a hang
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      long faulty = SimulatedCluster.executions(sim.node(0), method.cql);
      long healthy = SimulatedCluster.executions(sim.node(1), method.cql);
      FIGURES.add(
          String.format(
              "%s | %s | %s (%s) | %d | %d | %s in %d ms",
              c.fault(),
              c.policy().getSimpleName(),
              method,
              method.idempotent ? "idempotent" : "non-idempotent",
              faulty,
              healthy,
              error == null ? "success" : error.getClass().getSimpleName(),
              millis));

      assertThat(faulty).as("sends to the faulty node").isEqualTo(c.faulty());
      assertThat(healthy).as("sends to the healthy node").isEqualTo(c.healthy());
      if (c.succeeds()) {
        assertThat(error).isNull();
      } else {
        assertThat(error).isInstanceOf(c.fault().error);
        DaoCallContext context = DaoCallContext.of(error).orElseThrow();
        assertThat(context.method()).isEqualTo("FaultDao." + methodName(method));
        assertThat(context.cql()).isEqualTo(method.cql);
        assertThat(context.getMessage()).contains(method.cql).doesNotContain("'a'");
      }
      if (!method.idempotent) {
        assertThat(faulty + healthy)
            .as("a non-idempotent statement under " + c.policy().getSimpleName())
            .isLessThanOrEqualTo(c.policy() == AugurRetryPolicy.class ? 1 : 2);
      }
    } finally {
      session.closeAsync().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
  }

  /** Primes {@code node} to answer every statement of {@link FaultDao} successfully. */
  static void primeSuccess(com.datastax.oss.simulacron.server.BoundNode node) {
    for (Method method : Method.values()) {
      SimulatedCluster.prime(
          node,
          method.cql,
          method.params,
          method.types,
          method.isRead()
              ? rows().row("id", 1, "name", "a").columnTypes("id", "int", "name", "varchar")
              : method == Method.INFERRED_LWT
                  ? rows().row("[applied]", true).columnTypes("[applied]", "boolean")
                  : new PrimeDsl.RowBuilder());
    }
  }

  private static String methodName(Method method) {
    return switch (method) {
      case FIND -> "find";
      case FIND_ONCE -> "findOnce";
      case PUT -> "put";
      case INCREMENT -> "increment";
      case INFERRED_INCREMENT -> "incrementBy";
      case INFERRED_APPEND -> "append";
      case INFERRED_LWT -> "insertIfAbsent";
      case INFERRED_UPSERT -> "rename";
    };
  }

  private static LinkedHashMap<String, Object> params(Object... pairs) {
    LinkedHashMap<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }

  private static LinkedHashMap<String, String> types(String... pairs) {
    LinkedHashMap<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
