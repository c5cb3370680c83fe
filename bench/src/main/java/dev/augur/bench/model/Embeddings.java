package dev.augur.bench.model;

import java.util.SplittableRandom;

/** The ANN workload's data: the table's schema and deterministic vectors. */
public final class Embeddings {
  public static final int DIMENSIONS = 64;
  /** Rows an ANN query returns. */
  public static final int K = 10;

  private Embeddings() {}

  /** {@code CREATE TABLE} for {@code keyspace.embeddings}. */
  public static String createTable(String keyspace) {
    return "CREATE TABLE IF NOT EXISTS "
        + keyspace
        + ".embeddings (id int PRIMARY KEY, embedding vector<float, "
        + DIMENSIONS
        + ">)";
  }

  /** The SAI index ANN ordering needs, ranking by cosine (the default similarity function). */
  public static String createIndex(String keyspace) {
    return "CREATE CUSTOM INDEX IF NOT EXISTS embeddings_embedding_idx ON "
        + keyspace
        + ".embeddings (embedding) USING 'StorageAttachedIndex'";
  }

  /** The vector of row {@code id}: the same values every time. */
  public static float[] vector(int id) {
    return gaussian(new SplittableRandom(id * 0x9E3779B97F4A7C15L));
  }

  /** Query vector {@code n}, drawn like the rows' but from other seeds. */
  public static float[] query(int n) {
    return gaussian(new SplittableRandom(~(n * 0x9E3779B97F4A7C15L)));
  }

  private static float[] gaussian(SplittableRandom random) {
    float[] vector = new float[DIMENSIONS];
    for (int i = 0; i < DIMENSIONS; i++) {
      // Box-Muller, one value of each pair; never all zero, which cosine refuses.
      double u = 1.0 - random.nextDouble();
      vector[i] = (float) (Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble()));
    }
    return vector;
  }
}
