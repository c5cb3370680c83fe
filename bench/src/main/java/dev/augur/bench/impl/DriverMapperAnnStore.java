package dev.augur.bench.impl;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.data.CqlVector;
import dev.augur.bench.model.DriverEmbedding;
import dev.augur.bench.model.DriverEmbeddingDao;
import dev.augur.bench.model.DriverMapperBuilder;
import dev.augur.bench.model.Embeddings;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The ANN query through the driver mapper's generated DAO ({@code @Query}: its {@code @Select}
 * cannot order by ANN). Its vectors are {@code CqlVector<Float>}: the query vectors are converted
 * once, at creation, so each call measures only the mapper's own work.
 */
public final class DriverMapperAnnStore implements AnnStore<DriverEmbedding> {
  private final DriverEmbeddingDao dao;
  private final List<CqlVector<Float>> queries;

  private DriverMapperAnnStore(DriverEmbeddingDao dao, List<CqlVector<Float>> queries) {
    this.dao = dao;
    this.queries = queries;
  }

  /** Builds the mapper and the DAO, off the caller's thread (the factory blocks on preparing). */
  public static CompletionStage<AnnStore<DriverEmbedding>> create(
      CqlSession session, String keyspace, float[][] queries) {
    List<CqlVector<Float>> vectors = new ArrayList<>(queries.length);
    for (float[] query : queries) {
      List<Float> boxed = new ArrayList<>(query.length);
      for (float value : query) {
        boxed.add(value);
      }
      vectors.add(CqlVector.newInstance(boxed));
    }
    return CompletableFuture.supplyAsync(
        () ->
            new DriverMapperAnnStore(
                new DriverMapperBuilder(session)
                    .build()
                    .embeddingDao(CqlIdentifier.fromCql(keyspace)),
                vectors));
  }

  @Override
  public String name() {
    return "mapper";
  }

  @Override
  public CompletionStage<List<DriverEmbedding>> nearest(int query) {
    return dao.nearest(queries.get(query))
        .thenApply(
            page -> {
              // LIMIT 10: one page.
              List<DriverEmbedding> rows = new ArrayList<>(Embeddings.K);
              for (DriverEmbedding row : page.currentPage()) {
                rows.add(row);
              }
              return rows;
            });
  }

  @Override
  public int id(DriverEmbedding row) {
    return row.getId();
  }

  @Override
  public float[] vector(DriverEmbedding row) {
    CqlVector<Float> vector = row.getEmbedding();
    float[] values = new float[vector.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = vector.get(i);
    }
    return values;
  }
}
