package dev.augur.it.placement;

import dev.augur.annotations.ClusteringColumn;
import dev.augur.annotations.PartitionKey;
import dev.augur.annotations.Table;
import dev.augur.annotations.Udt;
import java.util.UUID;

/**
 * A table, a column and a user-defined type named with CQL's reserved words: {@code order}, {@code
 * from}, {@code limit} and {@code token}. Augur quotes them wherever it writes CQL.
 */
@Table
public record Order(
    @PartitionKey UUID id, @ClusteringColumn int limit, String from, Order.Token token) {

  /** A user-defined type whose name is reserved too. */
  @Udt
  public record Token(String value) {}
}
