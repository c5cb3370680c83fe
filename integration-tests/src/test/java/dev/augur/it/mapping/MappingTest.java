package dev.augur.it.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import dev.augur.annotations.NullSaving;
import dev.augur.runtime.AugurSession;
import dev.augur.runtime.LwtResult;
import dev.augur.runtime.StatementOptions;
import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.CassandraExtension;
import dev.augur.testkit.Keyspaces;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Complete object mapping and the CRUD annotations, on a real node. */
@ExtendWith(CassandraExtension.class)
class MappingTest {
  private static final String KEYSPACE = "it_mapping";
  private static final String OTHER_KEYSPACE = "it_mapping_other";
  private static AugurSession session;
  private static CustomerDao customers;
  private static PostDao posts;
  private static PageViewsDao views;
  private static TenantSettingDao settings;

  @BeforeAll
  static void createSchemaAndDaos(CqlSession admin, CassandraEndpoint endpoint) {
    for (String keyspace : List.of(KEYSPACE, OTHER_KEYSPACE)) {
      Keyspaces.createSimple(admin, keyspace);
      List<String> ddl = new ArrayList<>(List.of(Customer.DDL));
      ddl.addAll(List.of(Post.DDL, PageViews.DDL, TenantSetting.DDL));
      for (String statement : ddl) {
        admin.execute(statement.replace("IF NOT EXISTS ", "IF NOT EXISTS " + keyspace + "."));
      }
    }
    session =
        await(
            AugurSession.connectAsync(
                CqlSession.builder()
                    .addContactPoints(endpoint.contactPoints())
                    .withLocalDatacenter(endpoint.localDatacenter())
                    .withKeyspace(KEYSPACE)
                    .withConfigLoader(endpoint.driverConfigLoader())));
    customers = await(AugurCustomerDao.create(session));
    posts = await(AugurPostDao.create(session));
    views = await(AugurPageViewsDao.create(session));
    settings = await(AugurTenantSettingDao.create(session));
  }

  @AfterAll
  static void close() {
    if (session != null) {
      await(session.closeAsync());
    }
  }

  static Customer sample(UUID id) {
    Address home = new Address("1 Main St", "Springfield", new GeoPoint(39.78, -89.65));
    Address old = new Address("9 Elm St", "Shelbyville", new GeoPoint(39.40, -88.79));
    return new Customer(
        id,
        "Ada",
        Status.ACTIVE,
        Tier.PRO,
        home,
        List.of(old, home),
        Optional.of("ada"),
        new byte[] {7, 8, 9},
        Set.of("vip"),
        Map.of("q1", 10),
        Map.of(Status.ACTIVE, List.of("renewed")));
  }

  @Test
  void everyMappedTypeRoundTripsThroughInsertAndSelect() {
    UUID id = UUID.randomUUID();
    Customer written = sample(id);

    await(customers.save(written));
    Customer read = await(customers.find(id)).orElseThrow();

    assertThat(read.status()).isEqualTo(Status.ACTIVE);
    assertThat(read.tier()).isEqualTo(Tier.PRO);
    assertThat(read.address()).isEqualTo(written.address());
    assertThat(read.previousAddresses()).containsExactlyElementsOf(written.previousAddresses());
    assertThat(read.nickname()).contains("ada");
    assertThat(read.avatar()).containsExactly(7, 8, 9);
    assertThat(read.tags()).containsExactly("vip");
    assertThat(read.scores()).containsEntry("q1", 10);
    assertThat(read.notes()).containsEntry(Status.ACTIVE, List.of("renewed"));
    // Stored forms: enum by name and by ordinal.
    Row raw =
        session
            .cqlSession()
            .execute(
                SimpleStatement.newInstance("SELECT status, tier FROM customers WHERE id = ?", id))
            .one();
    assertThat(raw.getString("status")).isEqualTo("ACTIVE");
    assertThat(raw.getInt("tier")).isEqualTo(1);
  }

  @Test
  void absentValuesReadAsNullEmptyOrZero() {
    UUID id = UUID.randomUUID();
    await(
        customers.save(
            new Customer(
                id, null, null, null, null, null, Optional.empty(), null, null, null, null)));

    Customer read = await(customers.get(id, null));

    assertThat(read.name()).isNull();
    assertThat(read.status()).isNull();
    assertThat(read.address()).isNull();
    assertThat(read.nickname()).isEmpty();
    assertThat(read.avatar()).isNull();
    assertThat(read.tags()).isEmpty();
    assertThat(read.previousAddresses()).isEmpty();
  }

  @Test
  void nullSavingLeavesOrOverwritesColumns() {
    UUID id = UUID.randomUUID();
    await(customers.save(sample(id)));

    // DO_NOT_SET: a null name leaves the stored one alone (and writes no tombstone).
    await(customers.save(sample(id).withName(null)));
    assertThat(await(customers.find(id)).orElseThrow().name()).isEqualTo("Ada");

    // SET_TO_NULL: the null is written.
    await(customers.overwrite(sample(id).withName(null)));
    assertThat(await(customers.find(id)).orElseThrow().name()).isNull();
  }

  @Test
  void insertIfNotExistsReportsTheExistingRow() {
    UUID id = UUID.randomUUID();

    LwtResult<Customer> first = await(customers.create(sample(id)));
    LwtResult<Customer> second = await(customers.create(sample(id).withName("Grace")));

    assertThat(first.applied()).isTrue();
    assertThat(first.existing()).isEmpty();
    assertThat(second.applied()).isFalse();
    assertThat(second.existing()).map(Customer::name).contains("Ada");
    assertThat(second.existing()).map(Customer::address).contains(sample(id).address());
  }

  @Test
  void conditionalUpdatesApplyOnlyWhenTheirConditionHolds() {
    UUID id = UUID.randomUUID();

    assertThat(await(customers.updateIfExists(sample(id)))).as("no row yet").isFalse();
    await(customers.save(sample(id)));
    assertThat(await(customers.updateIfExists(sample(id).withName("Ada L.")))).isTrue();

    LwtResult<Customer> wrong = await(customers.rename(sample(id).withName("X"), "nobody"));
    LwtResult<Customer> right = await(customers.rename(sample(id).withName("Lovelace"), "Ada L."));

    assertThat(wrong.applied()).isFalse();
    // Only the condition's column comes back; the rest of the entity is empty.
    assertThat(wrong.existing()).map(Customer::name).contains("Ada L.");
    assertThat(wrong.existing().orElseThrow().status()).isNull();
    assertThat(right.applied()).isTrue();
    assertThat(await(customers.find(id)).orElseThrow().name()).isEqualTo("Lovelace");
  }

  @Test
  void plainUpdateAndDeletes() {
    UUID id = UUID.randomUUID();
    await(customers.update(sample(id).withName("Upserted")));
    assertThat(await(customers.find(id)).orElseThrow().name()).isEqualTo("Upserted");

    await(customers.delete(sample(id)));
    assertThat(await(customers.find(id))).isEmpty();

    await(customers.save(sample(id)));
    assertThat(await(customers.deleteById(id))).isTrue();
    assertThat(await(customers.deleteById(id))).isFalse();
  }

  @Test
  void ttlBindsFromAParameter() {
    UUID id = UUID.randomUUID();
    await(customers.saveFor(sample(id), 3600));

    Long ttl = await(customers.ttlOfName(sample(id)));

    assertThat(ttl).isBetween(3500L, 3600L);
  }

  @Test
  void batchWritesEveryEntity() {
    List<Customer> batch =
        IntStream.range(0, 5)
            .mapToObj(i -> sample(UUID.randomUUID()).withName("batch-" + i))
            .toList();

    await(customers.saveAll(batch));

    for (Customer customer : batch) {
      assertThat(await(customers.find(customer.id())))
          .map(Customer::name)
          .contains(customer.name());
    }
    await(customers.saveAll(List.of())); // an empty batch runs nothing
  }

  @Test
  void statementOptionsAndPlaceholders() {
    UUID id = UUID.randomUUID();
    await(customers.save(sample(id)));

    Customer viaOptions =
        await(
            customers.get(
                id,
                StatementOptions.DEFAULTS
                    .consistency(DefaultConsistencyLevel.LOCAL_ONE)
                    .timeout(Duration.ofSeconds(3))));
    Customer viaPlaceholder = await(customers.byPlaceholder(id));
    List<Customer> all = await(customers.all()); // 2-row pages

    assertThat(viaOptions.name()).isEqualTo("Ada");
    assertThat(viaPlaceholder.id()).isEqualTo(id);
    assertThat(all).extracting(Customer::id).contains(id);
  }

  @Test
  void queryProviderRunsUserCodeWithTheGeneratedMapper() {
    UUID id = UUID.randomUUID();
    await(customers.save(sample(id).withName("Zed Provider")));
    Customer suspended =
        new Customer(
            UUID.randomUUID(),
            "Suspended One",
            Status.SUSPENDED,
            null,
            null,
            null,
            Optional.empty(),
            null,
            null,
            null,
            null);
    await(customers.save(suspended));

    List<String> names = await(customers.namesByStatus(Status.SUSPENDED));

    assertThat(names).contains("Suspended One").doesNotContain("Zed Provider");
  }

  @Test
  void entityHelpersMapRowsAndBindStatementsOfYourOwn() {
    UUID id = UUID.randomUUID();
    PreparedStatement insert =
        session
            .cqlSession()
            .prepare(
                "INSERT INTO customers (id, name, status, tier) VALUES (:id, :name, :status,"
                    + " :tier)");
    var writer = Customer_Mapper.INSTANCE.writer(insert, session, NullSaving.DO_NOT_SET);
    var builder = insert.boundStatementBuilder();
    assertThat(writer.write(sample(id).withName("Helper"), builder)).isSameAs(builder);
    session.cqlSession().execute(builder.build());

    var rs =
        session
            .cqlSession()
            .execute(SimpleStatement.newInstance("SELECT * FROM customers WHERE id = ?", id));
    Customer read =
        Customer_Mapper.INSTANCE.reader(rs.getColumnDefinitions(), session).decode(rs.one());

    assertThat(read.name()).isEqualTo("Helper");
    assertThat(read.status()).isEqualTo(Status.ACTIVE);
    assertThat(read.address()).as("not in the statement, so not written").isNull();
  }

  @Test
  void aWriterBindsEveryValueIntoANewBoundStatementOrAForeignBuilderNever() {
    // A BoundStatement's setters return copies: the writer hands one back rather than taking one.
    UUID id = UUID.randomUUID();
    PreparedStatement insert =
        session
            .cqlSession()
            .prepare("INSERT INTO customers (id, name, status) VALUES (:id, :name, :status)");
    var writer = Customer_Mapper.INSTANCE.writer(insert, session, NullSaving.DO_NOT_SET);

    BoundStatement bound = writer.bind(sample(id).withName("Bound"));
    session.cqlSession().execute(bound);

    Row row =
        session
            .cqlSession()
            .execute(SimpleStatement.newInstance("SELECT * FROM customers WHERE id = ?", id))
            .one();
    assertThat(row).isNotNull();
    assertThat(row.getString("name")).isEqualTo("Bound");
    assertThat(row.getString("status")).isEqualTo("ACTIVE");
    PreparedStatement other =
        session.cqlSession().prepare("UPDATE customers SET name = :name WHERE id = :id");
    assertThatThrownBy(
            () -> writer.write(sample(id), other.boundStatementBuilder()),
            "a builder of another statement, whose markers sit elsewhere")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Make a writer per prepared statement");
  }

  @Test
  void staticInheritedAndComputedColumns() {
    String blog = "blog-" + UUID.randomUUID();
    Post first = new Post(blog, 1, "My Blog", "Hello");
    first.setUpdatedAt(Instant.parse("2026-11-24T10:00:00Z"));
    await(posts.save(first));
    await(posts.save(new Post(blog, 2, "My Blog, renamed", "Again")));

    Post read = await(posts.find(blog, 1)).orElseThrow();

    assertThat(read.getTitle()).isEqualTo("Hello");
    assertThat(read.getUpdatedAt()).isEqualTo(Instant.parse("2026-11-24T10:00:00Z"));
    assertThat(read.getBlogTitle()).as("static: one per partition").isEqualTo("My Blog, renamed");
    assertThat(read.getTitleWritten())
        .as("writetime, in microseconds")
        .isGreaterThan(Instant.parse("2026-01-01T00:00:00Z").toEpochMilli() * 1000);
  }

  @Test
  void selectsByPartitionAndPrefixWithOrderAndLimit() throws Exception {
    String blog = "blog-" + UUID.randomUUID();
    for (int i = 1; i <= 5; i++) {
      await(posts.save(new Post(blog, i, "B", "post " + i)));
    }

    assertThat(await(posts.ofBlog(blog)))
        .extracting(Post::getPostId)
        .containsExactly(1, 2, 3, 4, 5);
    assertThat(await(posts.latest(blog, 2))).extracting(Post::getPostId).containsExactly(5, 4);

    List<Integer> streamed = new ArrayList<>();
    var done = new java.util.concurrent.CompletableFuture<Void>();
    posts
        .from(blog, 3)
        .subscribe(
            new java.util.concurrent.Flow.Subscriber<>() {
              @Override
              public void onSubscribe(java.util.concurrent.Flow.Subscription s) {
                s.request(10);
              }

              @Override
              public void onNext(Post post) {
                streamed.add(post.getPostId());
              }

              @Override
              public void onError(Throwable t) {
                done.completeExceptionally(t);
              }

              @Override
              public void onComplete() {
                done.complete(null);
              }
            });
    done.get(30, TimeUnit.SECONDS);
    assertThat(streamed).containsExactly(3, 4, 5);

    await(posts.deletePost(blog, 5));
    assertThat(await(posts.ofBlog(blog))).hasSize(4);
    await(posts.deleteBlog(blog));
    assertThat(await(posts.ofBlog(blog))).isEmpty();
  }

  @Test
  void countersIncrementAndDecrement() {
    String page = "/page/" + UUID.randomUUID();

    await(views.add(page, 3, 1));
    await(views.add(page, 2, 1));
    await(views.addViews(page, -1));

    PageViews read = await(views.find(page)).orElseThrow();
    assertThat(read.views()).isEqualTo(4);
    assertThat(read.uniques()).isEqualTo(2);
  }

  @Test
  void exactNamingKeepsCaseSensitiveNames() {
    await(settings.save(new TenantSetting("Acme", "Theme", "dark")));
    await(settings.save(new TenantSetting("Acme", "Locale", "fr")));

    assertThat(await(settings.of("Acme")))
        .extracting(TenantSetting::settingKey)
        .containsExactly("Locale", "Theme");
    assertThat(await(settings.of("acme"))).isEmpty();
  }

  @Test
  void daosForAnotherKeyspaceAreCreatedOnceAndWriteThere() {
    CompletionStage<CustomerDao> first = AugurCustomerDao.create(session, OTHER_KEYSPACE);
    CompletionStage<CustomerDao> again = AugurCustomerDao.create(session, OTHER_KEYSPACE);
    CustomerDao other = await(first);
    UUID id = UUID.randomUUID();

    await(other.save(sample(id).withName("Elsewhere")));

    assertThat(await(again)).isSameAs(other);
    assertThat(await(AugurCustomerDao.create(session))).isSameAs(customers);
    assertThat(await(other.find(id))).map(Customer::name).contains("Elsewhere");
    assertThat(await(customers.find(id))).as("not in the session's keyspace").isEmpty();
  }

  static <T> T await(CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
