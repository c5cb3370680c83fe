package dev.augur.bench.model;

import com.datastax.oss.driver.api.core.data.CqlVector;
import com.datastax.oss.driver.api.mapper.annotations.CqlName;
import com.datastax.oss.driver.api.mapper.annotations.Entity;
import com.datastax.oss.driver.api.mapper.annotations.PartitionKey;
import com.datastax.oss.driver.api.mapper.annotations.PropertyStrategy;

/**
 * The ANN workload's row for the driver's mapper, which maps {@code vector<float, n>} to the
 * driver's {@code CqlVector<Float>} (a {@code float[]} would need a codec registered on the
 * session, which changes the session of the other two). Immutable, as {@link Item} is.
 */
@Entity
@CqlName("embeddings")
@PropertyStrategy(mutable = false)
public final class DriverEmbedding {
  @PartitionKey private final int id;
  private final CqlVector<Float> embedding;

  public DriverEmbedding(int id, CqlVector<Float> embedding) {
    this.id = id;
    this.embedding = embedding;
  }

  public int getId() {
    return id;
  }

  public CqlVector<Float> getEmbedding() {
    return embedding;
  }
}
