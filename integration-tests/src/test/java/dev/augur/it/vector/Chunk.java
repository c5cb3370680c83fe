package dev.augur.it.vector;

import dev.augur.annotations.Indexed;
import dev.augur.annotations.PartitionKey;
import dev.augur.annotations.Table;
import dev.augur.annotations.Vector;

/** A 64-dimension embedding under an ANN index ranking by cosine (the default), for recall. */
@Table("chunks")
public record Chunk(
    @PartitionKey int id, @Indexed(using = "sai") @Vector(dimensions = 64) float[] embedding) {}
