package dev.augur.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.augur.runtime.AugurSession;
import dev.augur.runtime.SessionClosedException;
import dev.augur.spring.app.Note;
import dev.augur.spring.app.NoteApplication;
import dev.augur.spring.app.NoteDao;
import dev.augur.testkit.CassandraExtension;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.DestructionAwareBeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Closing the application drains Augur's calls in flight before the session closes; afterwards
 * calls fail with SessionClosedException, health is down, and Boot closes its CqlSession once:
 * Augur, which borrowed it, never does. The calls still queued at the close succeeding shows the
 * order too: had the CqlSession closed first, they would have failed.
 */
class AugurShutdownTest {
  private static final int CALLS = 400;

  @Test
  void drainsCallsInFlightThenLeavesBootToCloseItsSessionOnce() {
    AtomicInteger closes = new AtomicInteger();
    AtomicInteger destroyed = new AtomicInteger();
    CqlSession[] real = new CqlSession[1];
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(NoteApplication.class)
            .properties(TestCassandra.properties("augur_spring_shutdown"))
            .properties(
                "augur.schema-action=create-if-not-exists",
                // A narrow limiter keeps most calls queued, in flight for Augur, at the close.
                "augur.max-requests-in-flight=2",
                "augur.max-queued-requests=" + CALLS,
                "augur.close-timeout=30s")
            .initializers(
                ctx -> {
                  ctx.getBeanFactory().addBeanPostProcessor(countingCloses(closes, real));
                  ctx.getBeanFactory().addBeanPostProcessor(countingDestruction(destroyed));
                })
            .run();
    NoteDao notes = context.getBean(NoteDao.class);
    AugurSession augur = context.getBean(AugurSession.class);
    HealthIndicator health =
        (HealthIndicator) context.getBean(HealthContributorRegistry.class).getContributor("augur");
    assertThat(health.health().getStatus()).isEqualTo(Status.UP);

    List<UUID> ids = new ArrayList<>();
    List<CompletableFuture<Void>> calls = new ArrayList<>();
    for (int i = 0; i < CALLS; i++) {
      UUID id = UUID.randomUUID();
      ids.add(id);
      calls.add(notes.save(new Note(id, "in flight " + i)).toCompletableFuture());
    }
    long pendingAtClose = calls.stream().filter(c -> !c.isDone()).count();
    context.close();

    assertThat(pendingAtClose).as("calls still in flight when the context closed").isPositive();
    assertThat(calls).allSatisfy(call -> assertThat(call).isCompleted());
    CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
    assertThat(augur.isClosing()).isTrue();
    CompletableFuture<?> after = notes.find(ids.get(0)).toCompletableFuture();
    assertThat(after)
        .failsWithin(java.time.Duration.ofSeconds(5))
        .withThrowableOfType(java.util.concurrent.ExecutionException.class)
        .withCauseInstanceOf(SessionClosedException.class);
    assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
    // Spring destroys the raw bean, not the wrapper the BeanPostProcessor exposed: the wrapper
    // counts the closes of everyone who was injected with the session, Augur among them.
    assertThat(closes).as("close calls on Boot's CqlSession through its bean").hasValue(0);
    assertThat(destroyed).as("Boot's destruction of its CqlSession bean").hasValue(1);
    assertThat(real[0].isClosed()).as("Boot closed its CqlSession").isTrue();

    // Every call that was in flight at the close was written.
    CqlSession shared = CassandraExtension.sharedSession();
    long written =
        ids.stream()
            .filter(
                id ->
                    shared
                            .execute(
                                "SELECT id FROM augur_spring_shutdown.notes WHERE id = ?", id)
                            .one()
                        != null)
            .count();
    assertThat(written).isEqualTo(CALLS);
  }

  private static BeanPostProcessor countingDestruction(AtomicInteger destroyed) {
    return new DestructionAwareBeanPostProcessor() {
      @Override
      public void postProcessBeforeDestruction(Object bean, String name) {
        if (bean instanceof CqlSession) {
          destroyed.incrementAndGet();
        }
      }
    };
  }

  /** Wraps Boot's CqlSession bean to count the calls that close it, and keeps the real one. */
  private static BeanPostProcessor countingCloses(AtomicInteger closes, CqlSession[] real) {
    Set<String> closing = Set.of("close", "closeAsync", "forceCloseAsync");
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (!(bean instanceof CqlSession session)) {
          return bean;
        }
        real[0] = session;
        return Proxy.newProxyInstance(
            CqlSession.class.getClassLoader(),
            new Class<?>[] {CqlSession.class},
            (proxy, method, args) -> {
              if (closing.contains(method.getName()) && method.getParameterCount() == 0) {
                closes.incrementAndGet();
              }
              try {
                return method.invoke(session, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
      }
    };
  }

}
