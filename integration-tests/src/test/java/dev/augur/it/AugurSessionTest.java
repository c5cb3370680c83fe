package dev.augur.it;

import static dev.augur.it.TestSessions.await;
import static dev.augur.it.TestSessions.failure;
import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.servererrors.InvalidQueryException;
import dev.augur.runtime.AugurSession;
import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.CassandraExtension;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(CassandraExtension.class)
class AugurSessionTest {
  private static AugurSession session;

  @BeforeAll
  static void open(CqlSession admin, CassandraEndpoint endpoint) {
    session = TestSessions.open(admin, endpoint, "it_session", 100, null, Product.DDL);
  }

  @AfterAll
  static void close() {
    if (session != null) {
      await(session.closeAsync());
    }
  }

  @Test
  void concurrentPreparesOfOneStatementShareOneFuture() {
    String cql = "SELECT * FROM products WHERE id = ?";
    CompletionStage<PreparedStatement> first = session.prepareAsync(cql, true);
    CompletionStage<PreparedStatement> second = session.prepareAsync(cql, true);

    assertThat(second).isSameAs(first);
    assertThat(await(first).getQuery()).isEqualTo(cql);
    assertThat(session.prepareAsync(cql, true)).isSameAs(first);
  }

  @Test
  void idempotenceIsPartOfTheStatementAndInheritedByBoundStatements() {
    String cql = "SELECT name FROM products WHERE id = ?";
    PreparedStatement idempotent = await(session.prepareAsync(cql, true));
    PreparedStatement other = await(session.prepareAsync(cql, false));

    assertThat(idempotent.bind().isIdempotent()).isTrue();
    assertThat(other.bind().isIdempotent()).isFalse();
  }

  @Test
  void failedPreparationIsNotCached() {
    String cql = "SELECT * FROM not_there";
    CompletionStage<PreparedStatement> first = session.prepareAsync(cql, true);

    assertThat(failure(first)).isInstanceOf(InvalidQueryException.class);
    assertThat(session.prepareAsync(cql, true)).isNotSameAs(first);
  }

  @Test
  void closeAsyncClosesTheDriverSession(CqlSession admin, CassandraEndpoint endpoint) {
    AugurSession own = TestSessions.open(admin, endpoint, "it_session", 100, null);

    await(own.closeAsync());

    assertThat(own.cqlSession().isClosed()).isTrue();
  }
}
