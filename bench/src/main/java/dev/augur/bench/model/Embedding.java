package dev.augur.bench.model;

import dev.augur.annotations.Indexed;
import dev.augur.annotations.PartitionKey;
import dev.augur.annotations.Table;
import dev.augur.annotations.Vector;

/**
 * The ANN workload's row, as Augur maps it and as the hand-written code builds it: a 64-dimension
 * {@code float[]} under an SAI index ranking by cosine.
 *
 * <pre>{@code
 * CREATE TABLE embeddings (id int PRIMARY KEY, embedding vector<float, 64>)
 * CREATE CUSTOM INDEX ON embeddings (embedding) USING 'StorageAttachedIndex'
 * }</pre>
 */
@Table("embeddings")
public record Embedding(
    @PartitionKey int id,
    @Indexed(using = "sai") @Vector(dimensions = Embeddings.DIMENSIONS) float[] embedding) {}
