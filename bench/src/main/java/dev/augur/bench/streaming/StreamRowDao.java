package dev.augur.bench.streaming;

import dev.augur.annotations.Dao;
import dev.augur.annotations.Query;
import dev.augur.runtime.RowStream;
import dev.augur.runtime.StreamOptions;
import java.util.concurrent.Flow;

@Dao
public interface StreamRowDao {
  String ALL_CQL = "SELECT * FROM stream_row";

  /** Every row of the table, page by page at the subscriber's pace. */
  @Query(ALL_CQL)
  Flow.Publisher<StreamRow> all();

  /** The same rows, with per-stream options (the benchmark turns prefetching on and off). */
  @Query(ALL_CQL)
  RowStream<StreamRow> rows(StreamOptions options);
}
