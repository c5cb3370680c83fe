package dev.augur.bench.impl;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.type.codec.ExtraTypeCodecs;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import dev.augur.bench.model.Embedding;
import dev.augur.bench.model.Embeddings;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * The ANN query in hand-written driver code: prepared once, the vector bound and read by position
 * as a {@code float[]} through the driver's {@code ExtraTypeCodecs.floatVectorToArray} codec, made
 * once (what a careful user writes to avoid {@code CqlVector<Float>}'s boxing).
 */
public final class RawAnnStore implements AnnStore<Embedding> {
  private static final TypeCodec<float[]> VECTOR =
      ExtraTypeCodecs.floatVectorToArray(Embeddings.DIMENSIONS);

  private final CqlSession session;
  private final PreparedStatement nearest;
  private final float[][] queries;

  private RawAnnStore(CqlSession session, PreparedStatement nearest, float[][] queries) {
    this.session = session;
    this.nearest = nearest;
    this.queries = queries;
  }

  /** Prepares the statement. */
  public static CompletionStage<AnnStore<Embedding>> create(
      CqlSession session, String keyspace, float[][] queries) {
    String cql =
        "SELECT id, embedding FROM "
            + keyspace
            + ".embeddings ORDER BY embedding ANN OF ? LIMIT "
            + Embeddings.K;
    return session
        .prepareAsync(SimpleStatement.builder(cql).setIdempotence(true).build())
        .thenApply(prepared -> new RawAnnStore(session, prepared, queries));
  }

  @Override
  public String name() {
    return "raw";
  }

  @Override
  public CompletionStage<List<Embedding>> nearest(int query) {
    return session
        .executeAsync(nearest.boundStatementBuilder().set(0, queries[query], VECTOR).build())
        .thenApply(
            rs -> {
              // LIMIT 10: one page.
              List<Embedding> rows = new ArrayList<>(Embeddings.K);
              for (Row row : rs.currentPage()) {
                rows.add(new Embedding(row.getInt(0), row.get(1, VECTOR)));
              }
              return rows;
            });
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
