package dev.augur.it;

import dev.augur.annotations.Dao;
import dev.augur.annotations.Query;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

@Dao
public interface EventDao {
  @Query("INSERT INTO event (stream, seq, payload) VALUES (:stream, :seq, :payload)")
  CompletionStage<Void> append(String stream, int seq, String payload);

  @Query("SELECT * FROM event WHERE stream = :stream")
  CompletionStage<List<Event>> all(String stream);

  // from and to are reserved CQL words: quoted, they are valid marker names.
  @Query("SELECT * FROM event WHERE stream = :stream AND seq >= :\"from\" AND seq < :\"to\"")
  CompletionStage<List<Event>> range(String stream, int from, int to);

  @Query("SELECT * FROM event WHERE stream = :stream")
  Flow.Publisher<Event> stream(String stream);

  @Query("SELECT count(*) FROM event WHERE stream = :stream")
  CompletionStage<Long> count(String stream);
}
