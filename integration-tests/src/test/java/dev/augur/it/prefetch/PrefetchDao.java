package dev.augur.it.prefetch;

import dev.augur.annotations.Dao;
import dev.augur.annotations.Query;
import dev.augur.runtime.RowStream;
import dev.augur.runtime.StreamOptions;
import io.reactivex.rxjava3.core.Flowable;
import io.smallrye.mutiny.Multi;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import reactor.core.publisher.Flux;

/** Every way a DAO reads several pages: what fetching a page ahead applies to. */
@Dao
public interface PrefetchDao {
  String SERIES_CQL = "SELECT * FROM reading WHERE series = :series";

  @Query("INSERT INTO reading (series, seq, payload) VALUES (:series, :seq, :payload)")
  CompletionStage<Void> add(String series, int seq, String payload);

  @Query(SERIES_CQL)
  Flow.Publisher<Reading> publisher(String series);

  @Query(SERIES_CQL)
  RowStream<Reading> stream(String series, StreamOptions options);

  @Query(SERIES_CQL)
  CompletionStage<List<Reading>> list(String series);

  @Query(SERIES_CQL)
  Flux<Reading> flux(String series);

  @Query(SERIES_CQL)
  Multi<Reading> multi(String series);

  @Query(SERIES_CQL)
  Flowable<Reading> flowable(String series);
}
