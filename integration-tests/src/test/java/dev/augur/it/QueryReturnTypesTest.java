package dev.augur.it;

import static dev.augur.it.TestSessions.await;
import static dev.augur.it.TestSessions.failure;
import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.servererrors.InvalidQueryException;
import dev.augur.runtime.AugurSession;
import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.CassandraExtension;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every {@code CompletionStage} return type of a {@code @Query} method, on a real node. */
@ExtendWith(CassandraExtension.class)
class QueryReturnTypesTest {
  private static AugurSession session;
  private static ProductDao products;
  private static EventDao events;
  private static AccountDao accounts;

  @BeforeAll
  static void createDaos(CqlSession admin, CassandraEndpoint endpoint) {
    // A small page size, so that reading a partition crosses pages.
    session =
        TestSessions.open(
            admin, endpoint, "it_return_types", 10, null, Product.DDL, Event.DDL, Account.DDL);
    products = await(AugurProductDao.create(session));
    events = await(AugurEventDao.create(session));
    accounts = await(AugurAccountDao.create(session));
  }

  @AfterAll
  static void close() {
    if (session != null) {
      await(session.closeAsync());
    }
  }

  @Test
  void everyColumnTypeRoundTrips() {
    UUID id = UUID.randomUUID();
    Instant created = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    await(
        products.insert(
            id,
            "lamp",
            new BigDecimal("19.90"),
            3,
            12_000_000_000L,
            true,
            4.5,
            1.25f,
            created,
            LocalDate.of(2026, 11, 24),
            ByteBuffer.wrap(new byte[] {1, 2, 3}),
            Set.of("home", "light"),
            List.of(38, 40, 42),
            Map.of("color", "red")));

    Product product = await(products.get(id));

    assertThat(product)
        .isEqualTo(
            new Product(
                id,
                "lamp",
                new BigDecimal("19.90"),
                3,
                12_000_000_000L,
                true,
                4.5,
                1.25f,
                created,
                LocalDate.of(2026, 11, 24),
                ByteBuffer.wrap(new byte[] {1, 2, 3}),
                Set.of("home", "light"),
                List.of(38, 40, 42),
                Map.of("color", "red")));
  }

  @Test
  void nullsReadAsNullOrZero() {
    UUID id = UUID.randomUUID();
    await(
        products.insert(id, null, null, 0, null, false, 0, 0, null, null, null, null, null, null));

    Product product = await(products.get(id));

    assertThat(product.name()).isNull();
    assertThat(product.stock()).isNull();
    assertThat(product.quantity()).isZero();
    // Cassandra stores empty collections as null; the driver's codecs read them as empty.
    assertThat(product.tags()).isEmpty();
  }

  @Test
  void entityIsNullAndOptionalEmptyWhenThereIsNoRow() {
    UUID absent = UUID.randomUUID();

    assertThat(await(products.get(absent))).isNull();
    assertThat(await(products.find(absent))).isEmpty();
  }

  @Test
  void optionalHoldsTheRow() {
    UUID id = UUID.randomUUID();
    await(products.createIfAbsent(id, "desk"));

    Optional<Product> found = await(products.find(id));

    assertThat(found).map(Product::name).contains("desk");
  }

  @Test
  void voidCompletesOnceTheStatementHasRun() {
    UUID id = UUID.randomUUID();
    await(products.createIfAbsent(id, "chair"));

    Void result = await(products.delete(id));

    assertThat(result).isNull();
    assertThat(await(products.find(id))).isEmpty();
  }

  @Test
  void booleanTellsWhetherTheConditionalStatementApplied() {
    UUID id = UUID.randomUUID();

    assertThat(await(products.createIfAbsent(id, "first"))).isTrue();
    assertThat(await(products.createIfAbsent(id, "second"))).isFalse();
    assertThat(await(products.rename(id, "wrong", "third"))).isFalse();
    assertThat(await(products.rename(id, "first", "third"))).isTrue();
    assertThat(await(products.get(id)).name()).isEqualTo("third");
  }

  @Test
  void listFetchesEveryPage() {
    String stream = "list-" + UUID.randomUUID();
    appendEvents(stream, 95);

    List<Event> all = await(events.all(stream));

    assertThat(all)
        .extracting(Event::getSeq)
        .containsExactlyElementsOf(IntStream.range(0, 95).boxed().toList());
    assertThat(all).extracting(Event::getPayload).startsWith("payload-0", "payload-1");
    assertThat(await(events.range(stream, 10, 13)))
        .extracting(Event::getSeq)
        .containsExactly(10, 11, 12);
    assertThat(await(events.all("empty-" + UUID.randomUUID()))).isEmpty();
  }

  @Test
  void longCountsRows() {
    String stream = "count-" + UUID.randomUUID();
    appendEvents(stream, 42);

    assertThat(await(events.count(stream))).isEqualTo(42L);
    assertThat(await(products.count())).isPositive();
  }

  @Test
  void immutableClassWithCaseSensitiveColumn() {
    await(accounts.open("acme", "Main-1", new BigDecimal("100.00")));

    Account account = await(accounts.find("acme", "Main-1")).orElseThrow();

    assertThat(account.tenant()).isEqualTo("acme");
    assertThat(account.accountId()).isEqualTo("Main-1");
    assertThat(account.balance()).isEqualByComparingTo("100.00");
    assertThat(account.display()).isEqualTo("acme/Main-1");
    assertThat(await(accounts.find("acme", "main-1"))).isEmpty();
  }

  @Test
  void failuresCarryTheDriversOwnException() {
    // A null partition key is rejected by the server: the stage fails with the driver's
    // exception itself, not a CompletionException around it.
    Throwable error = failure(products.get(null));

    assertThat(error).isInstanceOf(InvalidQueryException.class);
  }

  private static void appendEvents(String stream, int count) {
    CompletableFuture<?>[] writes =
        IntStream.range(0, count)
            .mapToObj(seq -> events.append(stream, seq, "payload-" + seq).toCompletableFuture())
            .toArray(CompletableFuture[]::new);
    await(CompletableFuture.allOf(writes));
  }
}
