package dev.augur.it.paging;

import dev.augur.annotations.Dao;
import dev.augur.annotations.Query;
import dev.augur.it.Event;
import dev.augur.runtime.Page;
import dev.augur.runtime.PageRequest;
import dev.augur.runtime.RowStream;
import dev.augur.runtime.StreamOptions;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** The page and stream return kinds, as generated DAO methods. */
@Dao
public interface PagedEventDao {
  @Query("SELECT * FROM event WHERE stream = :stream")
  CompletionStage<Page<Event>> page(String stream, PageRequest request);

  @Query("SELECT * FROM event WHERE stream = :stream")
  RowStream<Event> rows(String stream, StreamOptions options);

  @Query("SELECT * FROM event WHERE stream = :stream")
  RowStream<Event> allRows(String stream);

  @Query("SELECT * FROM event WHERE stream = :stream")
  Flow.Publisher<Event> publisher(String stream, StreamOptions options);

  @Query("INSERT INTO event (stream, seq, payload) VALUES (:stream, :seq, :payload)")
  CompletionStage<Void> append(String stream, int seq, String payload);
}
