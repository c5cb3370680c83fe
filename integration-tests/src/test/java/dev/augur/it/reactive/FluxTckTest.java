package dev.augur.it.reactive;

import static dev.augur.it.reactive.ReactiveSessions.await;

import dev.augur.runtime.AugurSession;
import java.util.concurrent.Flow;
import org.reactivestreams.FlowAdapters;

/** The TCK for {@code Flux<E>} DAO methods. */
public class FluxTckTest extends ReactiveTck<ReactorNoteDao> {
  @Override
  ReactorNoteDao dao(AugurSession session) {
    return await(AugurReactorNoteDao.create(session));
  }

  @Override
  Flow.Publisher<Note> rows(ReactorNoteDao dao, String board, Integer n) {
    // Reactive Streams' own adapter: it hands a null subscriber to Flux, which rejects it (rule
    // 1.9); Reactor's JdkFlowAdapter would swallow the null first.
    return FlowAdapters.toFlowPublisher(n == null ? dao.board(board) : dao.first(board, n));
  }
}
