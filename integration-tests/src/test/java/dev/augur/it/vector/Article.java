package dev.augur.it.vector;

import dev.augur.annotations.Indexed;
import dev.augur.annotations.PartitionKey;
import dev.augur.annotations.Table;
import dev.augur.annotations.Vector;

/** A row with a cosine vector index, and a category that an SAI index lets ANN queries filter. */
@Table("ann_articles")
public record Article(
    @PartitionKey int id,
    @Indexed(using = "sai") String category,
    @Indexed(using = "sai") @Vector(dimensions = 8) float[] embedding) {}
