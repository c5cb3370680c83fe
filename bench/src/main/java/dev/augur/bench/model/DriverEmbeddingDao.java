package dev.augur.bench.model;

import com.datastax.oss.driver.api.core.MappedAsyncPagingIterable;
import com.datastax.oss.driver.api.core.data.CqlVector;
import com.datastax.oss.driver.api.mapper.annotations.Dao;
import com.datastax.oss.driver.api.mapper.annotations.Query;
import java.util.concurrent.CompletionStage;

/**
 * The ANN workload as a DAO of the driver's mapper. Its {@code @Select} cannot express it: {@code
 * orderBy} takes clustering columns with ASC or DESC, and {@code customWhereClause} only the WHERE
 * clause, so the statement is a {@code @Query}.
 */
@Dao
public interface DriverEmbeddingDao {
  @Query(
      "SELECT id, embedding FROM ${keyspaceId}.embeddings ORDER BY embedding ANN OF :query"
          + " LIMIT 10")
  CompletionStage<MappedAsyncPagingIterable<DriverEmbedding>> nearest(CqlVector<Float> query);
}
