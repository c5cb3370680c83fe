package dev.augur.it;

import static dev.augur.it.TestSessions.await;
import static dev.augur.it.TestSessions.failure;
import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.servererrors.InvalidQueryException;
import dev.augur.runtime.AugurSession;
import dev.augur.runtime.DaoCreationException;
import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.CassandraExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A DAO that does not fit the live schema fails at creation, saying which method and why. */
@ExtendWith(CassandraExtension.class)
class DaoCreationTest {
  private static AugurSession session;

  @BeforeAll
  static void open(CqlSession admin, CassandraEndpoint endpoint) {
    session =
        TestSessions.open(
            admin,
            endpoint,
            "it_dao_creation",
            100,
            null,
            Product.DDL,
            Product.DDL.replace("products", "product_copies"));
  }

  @AfterAll
  static void close() {
    if (session != null) {
      await(session.closeAsync());
    }
  }

  @Test
  void statementThatDoesNotPrepareNamesTheMethodAndKeepsTheDriversCause() {
    Throwable error = failure(AugurBrokenDaos_MissingTableDao.create(session));

    assertThat(error)
        .isInstanceOf(DaoCreationException.class)
        .hasMessageContaining("MissingTableDao.missing")
        .hasMessageContaining("SELECT * FROM no_such_table WHERE id = :id")
        .hasCauseInstanceOf(InvalidQueryException.class);
    assertThat(error.getMessage()).doesNotContain("MissingTableDao.fine");
  }

  @Test
  void parameterOfTheWrongTypeIsRejectedWithBothTypes() {
    Throwable error = failure(AugurBrokenDaos_WrongParameterTypeDao.create(session));

    assertThat(error)
        .isInstanceOf(DaoCreationException.class)
        .hasMessageContaining("WrongParameterTypeDao.byName")
        .hasMessageContaining("parameter id of Java type java.lang.String")
        .hasMessageContaining("CQL type uuid");
  }

  @Test
  void entityColumnsMissingFromTheResultAreListed() {
    Throwable error = failure(AugurBrokenDaos_PartialSelectDao.create(session));

    assertThat(error)
        .isInstanceOf(DaoCreationException.class)
        .hasMessageContaining("PartialSelectDao.partial")
        .hasMessageContaining("no column price, quantity")
        .hasMessageContaining("entity Product");
  }

  @Test
  void countOfANonIntegerColumnIsRejected() {
    Throwable error = failure(AugurBrokenDaos_NotACountDao.create(session));

    assertThat(error)
        .isInstanceOf(DaoCreationException.class)
        .hasMessageContaining("NotACountDao.count")
        .hasMessageContaining("not an integer type");
  }

  @Test
  void aFailedPreparationIsRetriedByTheNextCreation(CqlSession admin, CassandraEndpoint endpoint) {
    // A session of its own: its prepare cache must not leak into the other tests.
    AugurSession own = TestSessions.open(admin, endpoint, "it_dao_creation_retry", 100, null);
    assertThat(failure(AugurBrokenDaos_MissingTableDao.create(own)))
        .isInstanceOf(DaoCreationException.class);
    own.cqlSession()
        .execute(
            "CREATE TABLE IF NOT EXISTS no_such_table (id uuid PRIMARY KEY, name text, price"
                + " decimal, quantity int, stock bigint, active boolean, rating double, weight"
                + " float, created_at timestamp, release_day date, image blob, tags set<text>,"
                + " sizes list<int>, attrs map<text, text>)");
    own.cqlSession().execute(Product.DDL);
    try {
      assertThat(await(AugurBrokenDaos_MissingTableDao.create(own))).isNotNull();
    } finally {
      await(own.closeAsync());
    }
  }
}
