package dev.augur.it.streaming;

import static dev.augur.it.streaming.Streams.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.augur.runtime.AugurSession;
import dev.augur.runtime.EntitySchema;
import dev.augur.runtime.Page;
import dev.augur.runtime.PageRequest;
import dev.augur.runtime.PreparedQuery;
import dev.augur.runtime.RowStream;
import dev.augur.runtime.SessionClosedException;
import dev.augur.runtime.StreamOptions;
import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.CassandraExtension;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * After {@code closeAsync}, every entry point fails the same way: with a {@link
 * SessionClosedException} itself, not wrapped, so that one {@code instanceof} recognises it.
 */
@ExtendWith(CassandraExtension.class)
class ClosedSessionTest {
  @Test
  void everyEntryPointFailsWithSessionClosedExceptionItself(
      CqlSession admin, CassandraEndpoint endpoint) throws InterruptedException {
    AugurSession session =
        Streams.open(admin, endpoint, "it_closed", new Streams.Pages(), AugurSession.builder());
    TickDao ticks = await(AugurTickDao.create(session));
    TickTableDao table = await(AugurTickTableDao.create(session));
    String series = Streams.newSeries(ticks, 25);
    PreparedQuery<Tick> query = Streams.seriesQuery(session);
    Page<Tick> first = await(query.bind().set(0, series).page(PageRequest.first(10)));
    RowStream<Tick> stream = query.bind().set(0, series).stream(StreamOptions.DEFAULTS);
    assertThat(first.hasNext()).isTrue();

    await(session.closeAsync());

    Map<String, Throwable> failures = new LinkedHashMap<>();
    failures.put("DAO call", outcome(() -> ticks.all(series)));
    failures.put("CRUD call", outcome(() -> table.series(series)));
    failures.put("Page.next()", outcome(() -> first.next()));
    failures.put("forEachAsync", outcome(() -> stream.forEachAsync(tick -> {})));
    Recorder<Tick> subscriber = Recorder.manual();
    ticks.stream(series).subscribe(subscriber);
    subscriber.awaitTermination();
    failures.put("subscription", subscriber.error());
    failures.put("prepareAsync", outcome(() -> session.prepareAsync("SELECT * FROM tick", true)));
    failures.put("DAO creation, cached before", outcome(() -> AugurTickDao.create(session)));
    failures.put("DAO creation, new", outcome(() -> AugurTickTableDao.create(session, "it_closed")));
    failures.put(
        "EntitySchema.createAsync",
        outcome(() -> EntitySchema.createAsync(session, "it_closed", List.of(Tick_Mapper.INSTANCE))));
    failures.put(
        "EntitySchema.verifyAsync",
        outcome(() -> EntitySchema.verifyAsync(session, "it_closed", List.of(Tick_Mapper.INSTANCE))));

    Map<String, String> seen = new LinkedHashMap<>();
    failures.forEach((entry, error) -> seen.put(entry, String.valueOf(error)));
    assertThat(failures)
        .as("what each entry point failed with: %s", seen)
        .allSatisfy(
            (entry, error) -> assertThat(error).isExactlyInstanceOf(SessionClosedException.class));
    assertThat(failures.get("DAO creation, new"))
        .hasMessageStartingWith(
            "AugurTickTableDao: cannot be created: the Augur session is closing");
  }

  /**
   * What the stage {@code call} returns failed with, exactly as a callback sees it; an
   * AssertionError if it succeeded or if {@code call} threw instead of returning a stage.
   */
  private static Throwable outcome(Supplier<? extends CompletionStage<?>> call) {
    CompletionStage<?> stage;
    try {
      stage = call.get();
    } catch (RuntimeException e) {
      return new AssertionError("threw instead of failing its stage: " + e, e);
    }
    return await(
        stage.handle(
            (value, error) -> error != null ? error : new AssertionError("succeeded: " + value)));
  }
}
