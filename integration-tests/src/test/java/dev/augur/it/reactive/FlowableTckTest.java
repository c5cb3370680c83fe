package dev.augur.it.reactive;

import static dev.augur.it.reactive.ReactiveSessions.await;

import dev.augur.runtime.AugurSession;
import java.util.concurrent.Flow;
import org.reactivestreams.FlowAdapters;

/** The TCK for {@code Flowable<E>} DAO methods. */
public class FlowableTckTest extends ReactiveTck<RxNoteDao> {
  @Override
  RxNoteDao dao(AugurSession session) {
    return await(AugurRxNoteDao.create(session));
  }

  @Override
  Flow.Publisher<Note> rows(RxNoteDao dao, String board, Integer n) {
    return FlowAdapters.toFlowPublisher(n == null ? dao.board(board) : dao.first(board, n));
  }
}
