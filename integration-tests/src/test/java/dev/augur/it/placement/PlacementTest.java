package dev.augur.it.placement;

import static dev.augur.it.TestSessions.await;
import static dev.augur.it.TestSessions.failure;
import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.cql.Row;
import dev.augur.runtime.AugurSession;
import dev.augur.runtime.DaoCreationException;
import dev.augur.runtime.EntitySchema;
import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.CassandraExtension;
import dev.augur.testkit.Keyspaces;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Where a DAO's statements run: in the keyspace and the table it was created for, and nowhere
 * else. The session is connected to {@code it_place_home}; DAOs are created for {@code
 * it_place_other}, whose tables have the same names.
 */
@ExtendWith(CassandraExtension.class)
class PlacementTest {
  private static final String HOME = "it_place_home";
  private static final String OTHER = "it_place_other";
  private static final String ARTICLES =
      "CREATE TABLE IF NOT EXISTS %s.%s (id uuid PRIMARY KEY, title text, description text)";
  private static final String LOG =
      "CREATE TABLE IF NOT EXISTS %s.article_log (id uuid PRIMARY KEY, note text)";

  private static CqlSession admin;
  private static CqlSession driver;
  private static AugurSession session;

  @BeforeAll
  static void open(CqlSession shared, CassandraEndpoint endpoint) {
    admin = shared;
    for (String keyspace : List.of(HOME, OTHER)) {
      Keyspaces.createSimple(admin, keyspace);
      admin.execute(String.format(ARTICLES, keyspace, "articles"));
      admin.execute(String.format(ARTICLES, keyspace, "articles_2026"));
      admin.execute(String.format(LOG, keyspace));
    }
    driver =
        CqlSession.builder()
            .addContactPoints(endpoint.contactPoints())
            .withLocalDatacenter(endpoint.localDatacenter())
            .withKeyspace(HOME)
            .withConfigLoader(
                DriverConfigLoader.programmaticBuilder()
                    .withDuration(DefaultDriverOption.METADATA_SCHEMA_WINDOW, Duration.ofMillis(10))
                    .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(10))
                    .build())
            .build();
    session = AugurSession.borrow(driver);
  }

  @AfterAll
  static void close() {
    if (session != null) {
      await(session.closeAsync());
    }
    if (driver != null) {
      driver.close();
    }
  }

  @Test
  void handWrittenStatementsOfADaoForAKeyspaceRunInThatKeyspace() {
    ArticleNotesDao notes = await(AugurArticleNotesDao.create(session, OTHER));
    UUID id = UUID.randomUUID();

    await(notes.save(new Article(id, "first", null)));
    await(notes.describe(id, "written by a @Query"));
    await(notes.retitle(id, "second", "renamed in a batch"));

    Row other = admin.execute(select(OTHER, "articles", id)).one();
    assertThat(other).isNotNull();
    assertThat(other.getString("title")).isEqualTo("second");
    assertThat(other.getString("description")).isEqualTo("written by a @Query");
    assertThat(admin.execute(select(OTHER, "article_log", id)).one().getString("note"))
        .isEqualTo("renamed in a batch");
    // Nothing, not even a partial row, in the session's keyspace.
    assertThat(admin.execute(select(HOME, "articles", id)).one()).isNull();
    assertThat(admin.execute(select(HOME, "article_log", id)).one()).isNull();
    assertThat(await(notes.quoted(id)).title()).isEqualTo("second");
    assertThat(await(notes.count()))
        .isEqualTo(admin.execute("SELECT count(*) FROM " + OTHER + ".articles").one().getLong(0));
  }

  @Test
  void withoutAKeyspaceTheSessionsIsUsed() {
    ArticleNotesDao notes = await(AugurArticleNotesDao.create(session));
    UUID id = UUID.randomUUID();

    await(notes.describe(id, "home"));

    assertThat(admin.execute(select(HOME, "articles", id)).one().getString("description"))
        .isEqualTo("home");
    assertThat(admin.execute(select(OTHER, "articles", id)).one()).isNull();
  }

  @Test
  void daoCreatedForATableRunsEveryEntityStatementOnIt() {
    ArticleDao articles = await(AugurArticleDao.create(session, OTHER, "articles_2026"));
    UUID id = UUID.randomUUID();

    await(articles.save(new Article(id, "title", "text")));

    assertThat(admin.execute(select(OTHER, "articles_2026", id)).one()).isNotNull();
    assertThat(admin.execute(select(OTHER, "articles", id)).one()).isNull();
    assertThat(await(articles.get(id))).contains(new Article(id, "title", "text"));
    assertThat(await(articles.existsById(id))).isTrue();
    assertThat(await(articles.byPlaceholder(id))).isEqualTo(new Article(id, "title", "text"));
    // One DAO per session, keyspace and table.
    assertThat(await(AugurArticleDao.create(session, OTHER, "articles_2026"))).isSameAs(articles);
    ArticleDao plain = await(AugurArticleDao.create(session, OTHER));
    assertThat(plain).isNotSameAs(articles);
    assertThat(await(plain.get(id))).isEmpty();
  }

  @Test
  void daoForATableIsRefusedWhenAStatementNamesTheEntitysTableOutright() {
    Throwable error = failure(AugurArticleNotesDao.create(session, OTHER, "articles_2026"));

    assertThat(error)
        .isInstanceOf(DaoCreationException.class)
        .hasMessageContaining("ArticleNotesDao.describe")
        .hasMessageContaining("names table articles")
        .hasMessageContaining("created for table articles_2026")
        .hasMessageContaining("${table}");
  }

  @Test
  void aChosenTableThatDoesNotExistFailsTheCreationNamingIt() {
    Throwable error = failure(AugurArticleDao.create(session, OTHER, "articles_missing"));

    assertThat(error)
        .isInstanceOf(DaoCreationException.class)
        .hasMessageContaining(OTHER + ".articles_missing")
        .hasMessageContaining("does not exist");
  }

  @Test
  void nullSavingOfAQueryDecidesWhetherANullPropertyIsWritten() {
    ArticleDao articles = await(AugurArticleDao.create(session, OTHER));
    UUID id = UUID.randomUUID();
    await(articles.save(new Article(id, "kept", "kept too")));

    await(articles.patch(new Article(id, "patched", null)));
    assertThat(await(articles.get(id))).contains(new Article(id, "patched", "kept too"));

    await(articles.overwrite(new Article(id, "overwritten", null)));
    assertThat(await(articles.get(id))).contains(new Article(id, "overwritten", null));
  }

  @Test
  void reservedWordsAsTableColumnAndTypeNamesAreQuoted() {
    await(EntitySchema.createAsync(session, OTHER, List.of(Order_Mapper.INSTANCE)));
    OrderDao orders = await(AugurOrderDao.create(session, OTHER));
    UUID id = UUID.randomUUID();

    await(orders.save(new Order(id, 1, "web", new Order.Token("a"))));
    await(orders.save(new Order(id, 2, "shop", null)));
    await(orders.update(new Order(id, 2, "store", new Order.Token("b"))));

    assertThat(await(orders.byId(id)))
        .containsExactly(
            new Order(id, 1, "web", new Order.Token("a")),
            new Order(id, 2, "store", new Order.Token("b")));
    assertThat(await(orders.countById(id))).isEqualTo(2);
    assertThat(
            admin.execute("SELECT \"from\" FROM " + OTHER + ".\"order\" WHERE id = ?", id).all())
        .hasSize(2);
    await(orders.delete(id));
    assertThat(await(orders.byId(id))).isEmpty();
  }

  @Test
  void nestedDaosOfOneSimpleNameHaveTheirOwnLabels() {
    assertThat(failure(AugurSameNames_North_Lookup.create(session)))
        .hasMessageContaining("SameNames.North.Lookup.missing");
    assertThat(failure(AugurSameNames_South_Lookup.create(session)))
        .hasMessageContaining("SameNames.South.Lookup.missing");
  }

  @Test
  void closingABorrowedSessionDrainsItsCallsAndLeavesTheDriverSessionOpen() {
    CqlSession own =
        CqlSession.builder()
            .addContactPoints(CassandraExtension.sharedEndpoint().contactPoints())
            .withLocalDatacenter(CassandraExtension.sharedEndpoint().localDatacenter())
            .withKeyspace(OTHER)
            .build();
    try {
      AugurSession borrowed = AugurSession.borrow(own);
      ArticleDao articles = await(AugurArticleDao.create(borrowed));
      UUID id = UUID.randomUUID();
      CompletionStage<Void> inFlight = articles.save(new Article(id, "in flight", null));

      await(borrowed.closeAsync());

      await(inFlight); // drained, not failed
      assertThat(own.isClosed()).isFalse();
      assertThat(own.execute(select(OTHER, "articles", id)).one().getString("title"))
          .isEqualTo("in flight");
      assertThat(failure(articles.get(id))).hasMessageContaining("closed");

      AugurSession owning = AugurSession.wrap(own);
      await(owning.closeAsync());
      assertThat(own.isClosed()).isTrue();
    } finally {
      own.close();
    }
  }

  private static String select(String keyspace, String table, UUID id) {
    return "SELECT * FROM " + keyspace + "." + table + " WHERE id = " + id;
  }
}
