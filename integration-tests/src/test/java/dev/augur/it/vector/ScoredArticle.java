package dev.augur.it.vector;

import dev.augur.annotations.Column;
import dev.augur.annotations.Computed;
import dev.augur.annotations.Indexed;
import dev.augur.annotations.PartitionKey;
import dev.augur.annotations.Table;
import dev.augur.annotations.Vector;

/**
 * An {@link Article} read with its similarity to the query vector {@code :query}: the score next to
 * the entity, as the index ranks it.
 */
@Table("ann_articles")
public record ScoredArticle(
    @PartitionKey int id,
    @Indexed(using = "sai") String category,
    @Indexed(using = "sai") @Vector(dimensions = 8) float[] embedding,
    @Computed("similarity_cosine(embedding, :query)") @Column("score") float score) {}
