package dev.augur.runtime;

import java.util.Optional;

/**
 * The outcome of a lightweight transaction ({@code IF NOT EXISTS}, {@code IF EXISTS}, {@code IF
 * condition}).
 *
 * @param applied whether the statement was applied
 * @param existingOrNull when not applied, the row Cassandra returned in its place, as an entity:
 *     the whole row for {@code IF NOT EXISTS}, only the condition's columns (others null) for
 *     {@code IF condition}, none when the row did not exist
 * @param <E> the entity type
 */
public record LwtResult<E>(boolean applied, E existingOrNull) {

  /** The existing row, when the transaction was not applied and Cassandra returned one. */
  public Optional<E> existing() {
    return Optional.ofNullable(existingOrNull);
  }
}
