package dev.augur.processor.check;

import dev.augur.processor.cql.Statement;
import dev.augur.processor.cql.Term;
import dev.augur.processor.schema.ColumnSchema;
import dev.augur.processor.schema.CqlType;
import dev.augur.processor.schema.IndexSchema;
import dev.augur.processor.schema.TableSchema;
import dev.augur.processor.validation.Message;
import java.util.List;

/**
 * The rules of {@code ORDER BY column ANN OF vector}, as Cassandra 5.0.9 answers them (each found
 * by running statements on a node): the column is a vector with a storage-attached index, the
 * vector is of its type, no other ordering, a LIMIT of at most 1000, no PER PARTITION LIMIT, no
 * aggregation or GROUP BY, and every restricted column has a storage-attached index, the partition
 * key and, within a partition, the clustering columns aside.
 */
final class AnnRules {
  /** The largest LIMIT Cassandra takes with ANN ordering. */
  static final int MAX_LIMIT = 1000;

  private final Analysis analysis;
  private final TermChecker terms;

  AnnRules(Analysis analysis, TermChecker terms) {
    this.analysis = analysis;
    this.terms = terms;
  }

  void check(
      Statement.Select select, TableSchema table, WhereOutcome where, Selection selection) {
    List<Statement.Ordering> orderings = select.orderings();
    Statement.Ordering ann =
        orderings.stream().filter(o -> o.annOf() != null).findFirst().orElseThrow();
    ColumnSchema column = table.column(ann.column().name());
    if (column == null) {
      analysis.error(
          Message.UNKNOWN_COLUMN, ann.column().cql(), table.display(), "", Analysis.columnList(table));
      return;
    }
    if (!(column.type() instanceof CqlType.Vector vector
        && CqlType.is(vector.element(), CqlType.NativeType.FLOAT))) {
      analysis.error(Message.ANN_NOT_VECTOR, column.cql(), column.cql(), column.type().cql());
      return;
    }
    terms.prepare(ann.annOf(), column.type(), "the vector of ANN OF");
    if (table.indexes().stream()
        .noneMatch(i -> i.kind() == IndexSchema.Kind.SAI && i.column().equals(column.name()))) {
      analysis.error(Message.ANN_INDEX, column.cql(), column.cql(), column.cql());
      return;
    }
    if (select.distinct()) {
      analysis.error(Message.ANN_DISTINCT);
      return;
    }
    if (orderings.size() > 1) {
      Statement.Ordering other = orderings.stream().filter(o -> o != ann).findFirst().get();
      analysis.error(Message.ANN_OTHER_ORDERING, column.cql(), other.column().cql());
      return;
    }
    if (selection != null && selection.aggregate() || !select.groupBy().isEmpty()) {
      analysis.error(Message.ANN_AGGREGATE, select.groupBy().isEmpty() ? "aggregates" : "GROUP BY");
      return;
    }
    if (select.perPartitionLimit() != null) {
      analysis.error(Message.ANN_PER_PARTITION_LIMIT);
      return;
    }
    if (select.limit() == null) {
      analysis.error(Message.ANN_LIMIT, column.cql(), MAX_LIMIT);
      return;
    }
    if (select.limit() instanceof Term.Literal literal
        && literal.kind() == Term.LiteralKind.INTEGER
        && Long.parseLong(literal.text()) > MAX_LIMIT) {
      analysis.error(Message.ANN_LIMIT_MAX, literal.text(), MAX_LIMIT);
      return;
    }
    restrictions(table, where);
  }

  /**
   * Reports a restriction in WHERE on a vector column with a storage-attached index, which serves
   * ANN ordering only ("Vector indexes only support ANN queries", even with ALLOW FILTERING).
   */
  void vectorRestrictions(TableSchema table, WhereOutcome where) {
    for (Restriction restriction : where.restrictions()) {
      for (ColumnSchema restricted : restriction.columns()) {
        if (restricted.type() instanceof CqlType.Vector && attached(table, restricted)) {
          analysis.error(Message.ANN_VECTOR_RESTRICTION, restricted.cql(), restricted.cql());
          return;
        }
      }
    }
  }

  private static boolean attached(TableSchema table, ColumnSchema column) {
    return table.indexes().stream()
        .anyMatch(i -> i.kind() == IndexSchema.Kind.SAI && i.column().equals(column.name()));
  }

  private void restrictions(TableSchema table, WhereOutcome where) {
    if (table.partitionKey().stream().anyMatch(where::restrictedByIn)) {
      analysis.error(Message.ANN_PARTITION_IN);
      return;
    }
    boolean partitionNamed = table.partitionKey().stream().allMatch(where::restrictedByEq);
    for (Restriction restriction : where.restrictions()) {
      if (restriction.token()) {
        continue;
      }
      for (ColumnSchema restricted : restriction.columns()) {
        boolean key =
            restricted.kind() == ColumnSchema.Kind.PARTITION_KEY
                || (restricted.kind() == ColumnSchema.Kind.CLUSTERING && partitionNamed);
        boolean attached =
            table.indexes().stream()
                .anyMatch(
                    i -> i.kind() == IndexSchema.Kind.SAI && i.column().equals(restricted.name()));
        if (!key && !attached) {
          analysis.error(Message.ANN_RESTRICTION, restricted.cql(), restricted.cql());
          return;
        }
      }
    }
  }
}
