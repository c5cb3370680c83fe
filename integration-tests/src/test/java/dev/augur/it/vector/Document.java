package dev.augur.it.vector;

import com.datastax.oss.driver.api.core.data.CqlVector;
import dev.augur.annotations.PartitionKey;
import dev.augur.annotations.Table;
import dev.augur.annotations.Vector;
import java.util.List;

/** A vector column in each Java form Augur maps, and vectors of other element types. */
@Table("documents")
public record Document(
    @PartitionKey int id,
    @Vector(dimensions = 3) float[] embedding,
    @Vector(dimensions = 3) List<Float> weights,
    @Vector(dimensions = 3) CqlVector<Float> centroid,
    @Vector(dimensions = 3) List<Integer> counts,
    @Vector(dimensions = 2) CqlVector<String> labels) {}
