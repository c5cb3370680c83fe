package dev.augur.processor.check;

import dev.augur.processor.cql.Relation;
import dev.augur.processor.cql.Term;
import dev.augur.processor.schema.ColumnSchema;
import java.util.List;

/**
 * What the WHERE clause of a statement restricts, as the rules after it (ORDER BY, DISTINCT, GROUP
 * BY, conditions) need it.
 *
 * @param restrictions every valid restriction, sorted by key position
 * @param keyRange whether the query reads a range of partitions rather than named ones
 * @param indexColumns the columns whose secondary index the query uses; empty if none
 */
record WhereOutcome(List<Restriction> restrictions, boolean keyRange, List<String> indexColumns) {

  boolean usesIndex() {
    return !indexColumns.isEmpty();
  }

  /** Whether {@code column} is restricted by =, alone or in a tuple. */
  boolean restrictedByEq(ColumnSchema column) {
    return restrictions.stream()
        .anyMatch(r -> !r.token() && r.isEq() && r.columns().contains(column));
  }

  /** Whether {@code column} is restricted by IN, alone or in a tuple. */
  boolean restrictedByIn(ColumnSchema column) {
    return restrictions.stream()
        .anyMatch(r -> !r.token() && r.isIn() && r.columns().contains(column));
  }

  /**
   * Whether {@code column} is restricted by an IN that may hold several values: a marker, or a list
   * of more than one value. Cassandra treats IN with one value as =.
   */
  boolean restrictedBySeveral(ColumnSchema column) {
    return restrictions.stream()
        .anyMatch(
            r ->
                !r.token()
                    && r.isIn()
                    && r.columns().contains(column)
                    && !(r.relation() instanceof Relation.Single single
                        && single.value() instanceof Term.InValues in
                        && in.values().size() == 1));
  }

  /** Whether any restriction names a column of {@code kind}. */
  boolean restricts(ColumnSchema.Kind kind) {
    return restrictions.stream().anyMatch(r -> !r.token() && r.first().kind() == kind);
  }
}
