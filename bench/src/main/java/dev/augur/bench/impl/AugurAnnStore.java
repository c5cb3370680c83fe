package dev.augur.bench.impl;

import dev.augur.bench.model.AugurEmbeddingDao;
import dev.augur.bench.model.Embedding;
import dev.augur.bench.model.EmbeddingDao;
import dev.augur.runtime.AugurSession;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** The ANN query through Augur's generated {@code AugurEmbeddingDao}, created as the README shows. */
public final class AugurAnnStore implements AnnStore<Embedding> {
  private final EmbeddingDao dao;
  private final float[][] queries;

  private AugurAnnStore(EmbeddingDao dao, float[][] queries) {
    this.dao = dao;
    this.queries = queries;
  }

  /** Creates the DAO. */
  public static CompletionStage<AnnStore<Embedding>> create(
      AugurSession session, String keyspace, float[][] queries) {
    return AugurEmbeddingDao.create(session, keyspace).thenApply(dao -> new AugurAnnStore(dao, queries));
  }

  @Override
  public String name() {
    return "augur";
  }

  @Override
  public CompletionStage<List<Embedding>> nearest(int query) {
    return dao.nearest(queries[query]);
  }

  @Override
  public int id(Embedding row) {
    return row.id();
  }

  @Override
  public float[] vector(Embedding row) {
    return row.embedding();
  }
}
