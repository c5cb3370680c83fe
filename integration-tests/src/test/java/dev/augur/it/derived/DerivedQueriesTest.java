package dev.augur.it.derived;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import dev.augur.runtime.AugurSession;
import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.CassandraExtension;
import dev.augur.testkit.Keyspaces;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * DAO methods without CQL, whose names say the query, run against a real node: the derived
 * statements prepare, bind their parameters in order and return what the names promise.
 */
@ExtendWith(CassandraExtension.class)
class DerivedQueriesTest {
  private static final String KEYSPACE = "it_derived_queries";
  private static final UUID ALICE = UUID.fromString("6ab09bec-e68e-48d9-a5f8-97e6fb4c9b47");
  private static final UUID BOB = UUID.fromString("0f2b7ac4-44d5-4a32-9b36-1f8d7a0e5c21");
  private static final LocalDate MAY_1 = LocalDate.of(2024, 5, 1);
  private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

  private static AugurSession session;
  private static PurchaseDao purchases;
  private static ReadingDao readings;
  private static CustomerDao customers;

  @BeforeAll
  static void createDaos(CqlSession admin, CassandraEndpoint endpoint) {
    Keyspaces.recreateSimple(admin, KEYSPACE);
    DriverConfigLoader config =
        DriverConfigLoader.programmaticBuilder()
            .withInt(DefaultDriverOption.REQUEST_PAGE_SIZE, 2)
            .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(10))
            .build();
    session =
        await(
            AugurSession.connectAsync(
                CqlSession.builder()
                    .addContactPoints(endpoint.contactPoints())
                    .withLocalDatacenter(endpoint.localDatacenter())
                    .withKeyspace(KEYSPACE)
                    .withConfigLoader(config)));
    for (String ddl : List.of(Purchase.DDL, Purchase.INDEX, Reading.DDL, Customer.DDL)) {
      session.cqlSession().execute(ddl);
    }
    purchases = await(AugurPurchaseDao.create(session));
    readings = await(AugurReadingDao.create(session));
    customers = await(AugurCustomerDao.create(session));
    for (int day = 0; day < 4; day++) {
      for (int seq = 0; seq < 2; seq++) {
        String status = day == 3 && seq == 0 ? "open" : "paid";
        await(
            purchases.save(
                ALICE, MAY_1.plusDays(day), seq, BigDecimal.valueOf(10 * day + seq), status));
      }
    }
    await(purchases.save(BOB, MAY_1, 0, BigDecimal.ONE, "paid"));
    for (int minute = 0; minute < 5; minute++) {
      await(readings.record("acme", 1, T0.plusSeconds(60L * minute), minute));
      await(readings.record("acme", 2, T0.plusSeconds(60L * minute), 100 + minute));
    }
  }

  @AfterAll
  static void close() {
    if (session != null) {
      await(session.closeAsync());
    }
  }

  @Test
  void findByPartitionKeyReadsTheWholePartitionAcrossPages() {
    assertThat(await(purchases.findByUserId(ALICE))).hasSize(8);
    assertThat(await(purchases.findByUserId(BOB))).hasSize(1);
  }

  @Test
  void findByPartitionKeyAndClusteringColumn() {
    List<Purchase> day = await(purchases.findByUserIdAndOrderDate(ALICE, MAY_1.plusDays(2)));

    assertThat(day).extracting(Purchase::seq).containsExactly(0, 1);
    assertThat(day).allMatch(p -> p.orderDate().equals(MAY_1.plusDays(2)));
  }

  @Test
  void rangesOnTheLastClusteringColumn() {
    assertThat(await(purchases.findByUserIdAndOrderDateGreaterThan(ALICE, MAY_1.plusDays(1))))
        .extracting(Purchase::orderDate)
        .containsExactly(
            MAY_1.plusDays(2), MAY_1.plusDays(2), MAY_1.plusDays(3), MAY_1.plusDays(3));
    assertThat(
            await(
                purchases.findByUserIdAndOrderDateBetween(
                    ALICE, MAY_1.plusDays(1), MAY_1.plusDays(2))))
        .extracting(Purchase::orderDate)
        .containsOnly(MAY_1.plusDays(1), MAY_1.plusDays(2))
        .hasSize(4);
  }

  @Test
  void firstRowsInReverseClusteringOrder() {
    List<Purchase> latest = await(purchases.findFirst2ByUserIdOrderByOrderDateDesc(ALICE));

    assertThat(latest)
        .extracting(Purchase::orderDate)
        .containsExactly(MAY_1.plusDays(3), MAY_1.plusDays(3));
    assertThat(latest).extracting(Purchase::seq).containsExactly(1, 0);
    assertThat(await(purchases.findByUserIdOrderByOrderDateAscSeqAsc(ALICE)).get(0).orderDate())
        .isEqualTo(MAY_1);
  }

  @Test
  void fullPrimaryKeyFindsOneRow() {
    assertThat(await(purchases.findByUserIdAndOrderDateAndSeq(ALICE, MAY_1, 1)))
        .hasValueSatisfying(p -> assertThat(p.total()).isEqualByComparingTo("1"));
    assertThat(await(purchases.findByUserIdAndOrderDateAndSeq(ALICE, MAY_1, 7))).isEmpty();
  }

  @Test
  void inOnAClusteringColumnTakesAList() {
    assertThat(
            await(purchases.findByUserIdAndOrderDateIn(ALICE, List.of(MAY_1, MAY_1.plusDays(3)))))
        .hasSize(4);
  }

  @Test
  void indexedPropertyWithoutThePartitionKey() {
    assertThat(await(purchases.findByStatus("open")))
        .singleElement()
        .satisfies(p -> assertThat(p.orderDate()).isEqualTo(MAY_1.plusDays(3)));
  }

  @Test
  void streamStreamsEveryRow() throws Exception {
    assertThat(collect(purchases.streamByUserId(ALICE))).hasSize(8);
  }

  @Test
  void countsAndExists() {
    assertThat(await(purchases.countByUserId(ALICE))).isEqualTo(8L);
    assertThat(await(purchases.countByUserIdAndOrderDateLessThanEqual(ALICE, MAY_1.plusDays(1))))
        .isEqualTo(4L);
    assertThat(await(purchases.existsByUserIdAndOrderDateAndSeq(ALICE, MAY_1, 0))).isTrue();
    assertThat(await(purchases.existsByUserIdAndOrderDateAndSeq(ALICE, MAY_1, 9))).isFalse();
  }

  /** A partition, or an index, answers whether anything matches with one row read, not a count. */
  @Test
  void existsReadsOneRowOfAPartitionOrAnIndex() {
    assertThat(await(purchases.existsByUserId(ALICE))).isTrue();
    assertThat(await(purchases.existsByUserId(BOB))).isTrue();
    assertThat(await(purchases.existsByUserId(UUID.randomUUID()))).isFalse();
    assertThat(await(purchases.existsByStatus("open"))).isTrue();
    assertThat(await(purchases.existsByStatus("refunded"))).isFalse();
  }

  @Test
  void deletesARowOrARangeOfRows() {
    UUID carol = UUID.randomUUID();
    for (int seq = 0; seq < 3; seq++) {
      await(purchases.save(carol, MAY_1, seq, BigDecimal.TEN, "paid"));
    }
    await(purchases.save(carol, MAY_1.plusDays(1), 0, BigDecimal.TEN, "paid"));

    await(purchases.deleteByUserIdAndOrderDateAndSeq(carol, MAY_1, 0));
    assertThat(await(purchases.countByUserId(carol))).isEqualTo(3L);
    await(purchases.deleteByUserIdAndOrderDate(carol, MAY_1));
    assertThat(await(purchases.findByUserId(carol)))
        .extracting(Purchase::orderDate)
        .containsExactly(MAY_1.plusDays(1));
  }

  @Test
  void compositePartitionKey() {
    assertThat(await(readings.findByTenantAndBucket("acme", 1))).hasSize(5);
    assertThat(
            await(
                readings.findByTenantAndBucketAndTsBetween(
                    "acme", 2, T0.plusSeconds(60), T0.plusSeconds(180))))
        .extracting(Reading::value)
        .containsExactly(101.0, 102.0, 103.0);
    assertThat(
            await(
                readings.findByTenantAndBucketInAndTsGreaterThanEqual(
                    "acme", List.of(1, 2), T0.plusSeconds(240))))
        .extracting(Reading::value)
        .containsExactlyInAnyOrder(4.0, 104.0);
    assertThat(await(readings.countByTenantAndBucket("acme", 2))).isEqualTo(5L);
  }

  @Test
  void byIdQueries() {
    UUID id = UUID.randomUUID();
    assertThat(await(customers.existsById(id))).isFalse();
    await(customers.save(id, "Dana"));
    assertThat(await(customers.existsById(id))).isTrue();
    assertThat(await(customers.findById(id))).hasValue(new Customer(id, "Dana"));
    await(customers.deleteById(id));
    assertThat(await(customers.existsById(id))).isFalse();
  }

  private static <T> List<T> collect(Flow.Publisher<T> publisher) throws Exception {
    List<T> items = new ArrayList<>();
    java.util.concurrent.CompletableFuture<Void> done =
        new java.util.concurrent.CompletableFuture<>();
    publisher.subscribe(
        new Flow.Subscriber<T>() {
          @Override
          public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
          }

          @Override
          public void onNext(T item) {
            items.add(item);
          }

          @Override
          public void onError(Throwable error) {
            done.completeExceptionally(error);
          }

          @Override
          public void onComplete() {
            done.complete(null);
          }
        });
    done.get(30, TimeUnit.SECONDS);
    return items;
  }

  private static <T> T await(CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("stage failed: " + e, e);
    }
  }
}
