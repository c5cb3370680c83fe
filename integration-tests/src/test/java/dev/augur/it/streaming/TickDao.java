package dev.augur.it.streaming;

import dev.augur.annotations.Dao;
import dev.augur.annotations.Query;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

@Dao
public interface TickDao {
  String SERIES_CQL = "SELECT * FROM tick WHERE series = :series";

  @Query("INSERT INTO tick (series, seq, payload) VALUES (:series, :seq, :payload)")
  CompletionStage<Void> add(String series, int seq, String payload);

  @Query(SERIES_CQL)
  Flow.Publisher<Tick> stream(String series);

  @Query(SERIES_CQL)
  CompletionStage<List<Tick>> all(String series);

  @Query("SELECT * FROM tick WHERE series = :series LIMIT :n")
  Flow.Publisher<Tick> first(String series, int n);
}
