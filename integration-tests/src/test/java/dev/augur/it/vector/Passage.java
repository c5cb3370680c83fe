package dev.augur.it.vector;

import dev.augur.annotations.Indexed;
import dev.augur.annotations.PartitionKey;
import dev.augur.annotations.Table;
import dev.augur.annotations.Vector;
import java.util.List;

/** Vector columns with ANN indexes: one by dot product, one by the default, cosine. */
@Table("passages")
public record Passage(
    @PartitionKey int id,
    @Indexed(using = "sai", similarity = Indexed.Similarity.DOT_PRODUCT) @Vector(dimensions = 3)
        float[] embedding,
    @Indexed(using = "sai") @Vector(dimensions = 3) List<Float> summary) {}
