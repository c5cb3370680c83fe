package dev.augur.it.reactive;

import static dev.augur.it.reactive.ReactiveSessions.await;

import dev.augur.runtime.AugurSession;
import java.util.concurrent.Flow;

/** The TCK for {@code Multi<E>} DAO methods (a {@code Multi} is a {@code Flow.Publisher}). */
public class MultiTckTest extends ReactiveTck<MutinyNoteDao> {
  @Override
  MutinyNoteDao dao(AugurSession session) {
    return await(AugurMutinyNoteDao.create(session));
  }

  @Override
  Flow.Publisher<Note> rows(MutinyNoteDao dao, String board, Integer n) {
    return n == null ? dao.board(board) : dao.first(board, n);
  }
}
