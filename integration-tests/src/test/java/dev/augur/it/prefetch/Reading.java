package dev.augur.it.prefetch;

import dev.augur.annotations.ClusteringColumn;
import dev.augur.annotations.PartitionKey;
import dev.augur.annotations.Table;
import java.util.function.IntConsumer;

/**
 * One row of a series, read ten to a page. Its constructor tells {@link #onDecode} of every row a
 * DAO decodes, so that a test sees what was fetched at the moment each row was read.
 */
@Table
public record Reading(@PartitionKey String series, @ClusteringColumn int seq, String payload) {
  static volatile IntConsumer onDecode = seq -> {};

  public Reading {
    onDecode.accept(seq);
  }

  static final String DDL =
      "CREATE TABLE IF NOT EXISTS reading (series text, seq int, payload text,"
          + " PRIMARY KEY (series, seq))";
}
