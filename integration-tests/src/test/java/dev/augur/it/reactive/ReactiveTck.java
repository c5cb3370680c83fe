package dev.augur.it.reactive;

import static dev.augur.it.reactive.ReactiveSessions.await;

import dev.augur.runtime.AugurSession;
import dev.augur.testkit.CassandraExtension;
import java.util.UUID;
import java.util.concurrent.Flow;
import org.reactivestreams.tck.TestEnvironment;
import org.reactivestreams.tck.flow.FlowPublisherVerification;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;

/**
 * The Reactive Streams TCK for one library's stream type, generated natively, on the real node:
 * 10-row pages of a 100-row board; a publisher of n elements is {@code LIMIT n}, of 0 an empty
 * board, of more than 100 the whole board; the failed publisher is a DAO's on a closed session.
 * Each library's type is seen through {@code Flow.Publisher} by its own adapter.
 */
abstract class ReactiveTck<D> extends FlowPublisherVerification<Note> {
  private static final int ROWS = 100;
  private AugurSession session;
  private AugurSession closed;
  private D open;
  private D broken;
  private String board;

  ReactiveTck() {
    super(new TestEnvironment(2_000, 200), 2_000);
  }

  /** The DAO of this library on {@code session}. */
  abstract D dao(AugurSession session);

  /** The DAO's {@code first(board, n)}, or its {@code board(board)} when n is null. */
  abstract Flow.Publisher<Note> rows(D dao, String board, Integer n);

  @BeforeClass
  public void start() {
    String name = getClass().getSimpleName();
    session =
        ReactiveSessions.open(
            CassandraExtension.sharedSession(),
            CassandraExtension.sharedEndpoint(),
            name,
            AugurSession.builder());
    closed =
        ReactiveSessions.open(
            CassandraExtension.sharedSession(),
            CassandraExtension.sharedEndpoint(),
            name + "-closed",
            AugurSession.builder());
    open = dao(session);
    broken = dao(closed);
    await(closed.closeAsync());
    board = "tck-" + UUID.randomUUID();
    for (int seq = 0; seq < ROWS; seq++) {
      CassandraExtension.sharedSession()
          .execute(
              "INSERT INTO "
                  + ReactiveSessions.KEYSPACE
                  + ".notes (board, seq, text) VALUES (?, ?, ?)",
              board,
              seq,
              "tck");
    }
  }

  @AfterClass
  public void stop() {
    if (session != null) {
      await(session.closeAsync());
    }
  }

  @Override
  public Flow.Publisher<Note> createFlowPublisher(long elements) {
    if (elements == 0) {
      return rows(open, "empty-" + board, null);
    }
    if (elements > ROWS) {
      return rows(open, board, null);
    }
    return rows(open, board, (int) elements);
  }

  @Override
  public Flow.Publisher<Note> createFailedFlowPublisher() {
    return rows(broken, board, null);
  }
}
