package dev.augur.processor.check;

import dev.augur.processor.cql.Deletion;
import dev.augur.processor.cql.Statement;
import dev.augur.processor.schema.ColumnSchema;
import dev.augur.processor.schema.CqlType;
import dev.augur.processor.schema.CqlType.NativeType;
import dev.augur.processor.schema.TableSchema;
import dev.augur.processor.validation.Message;
import java.util.List;

/**
 * The rules of a DELETE: no primary key column among what it deletes, elements only of non-frozen
 * collections, fields only of non-frozen UDTs; the partition key restricted by = or IN, clustering
 * columns on a prefix (a range of rows) for whole rows, the full key for single columns and for
 * conditions.
 */
final class DeleteChecker {
  private final Analysis analysis;
  private final TermChecker terms;

  DeleteChecker(Analysis analysis, TermChecker terms) {
    this.analysis = analysis;
    this.terms = terms;
  }

  /** Checks {@code delete}; returns whether it removes a list element by index. */
  boolean check(Statement.Delete delete, TableSchema table) {
    new WriteOptions(analysis, terms).check(delete.using(), table, delete.isConditional());
    if (table == null) {
      delete.deletions().stream()
          .filter(d -> d.key() != null)
          .forEach(d -> terms.prepare(d.key(), null, "an element of " + d.column().cql()));
      delete.where().forEach(r -> RelationMarkers.collect(r, terms));
      new ConditionChecker(analysis, terms).check(delete.conditions(), null);
      return delete.deletions().stream().anyMatch(d -> d.key() != null);
    }
    boolean staticColumns = false;
    boolean regular = delete.deletions().isEmpty();
    boolean byIndex = false;
    for (Deletion deletion : delete.deletions()) {
      ColumnSchema column = table.column(deletion.column().name());
      if (column == null) {
        analysis.error(
            Message.UNKNOWN_COLUMN,
            deletion.column().cql(),
            table.display(),
            Suggestions.didYouMean(
                deletion.column().name(),
                table.columns().stream().map(ColumnSchema::name).toList()),
            Analysis.columnList(table));
        continue;
      }
      if (column.isPrimaryKey()) {
        analysis.error(
            Message.KEY_ASSIGNMENT,
            "deletes",
            column.cql(),
            "Delete the whole row instead (DELETE FROM " + table.display() + " WHERE ...)");
        continue;
      }
      staticColumns |= column.kind() == ColumnSchema.Kind.STATIC;
      regular |= column.kind() == ColumnSchema.Kind.REGULAR;
      byIndex |= deletion(deletion, column);
    }
    ConditionChecker.Columns conditioned =
        new ConditionChecker(analysis, terms).check(delete.conditions(), table);
    boolean onlyStatic =
        !delete.deletions().isEmpty()
            && (staticColumns || conditioned.staticColumns())
            && !regular
            && !conditioned.regularColumns();
    List<Restriction> restrictions =
        new RestrictionBuilder(analysis, terms, table, false).build(delete.where());
    int errors = analysis.findings().size();
    WhereOutcome where =
        new WhereChecker(analysis)
            .check(WhereChecker.Kind.DELETE, table, restrictions, false, onlyStatic);
    if (analysis.findings().size() > errors) {
      return byIndex;
    }
    boolean fullKey =
        table.partitionKey().stream().allMatch(where::restrictedByEq)
            && table.clustering().stream().allMatch(where::restrictedByEq);
    boolean rowsNamed =
        table.clustering().stream()
            .allMatch(c -> where.restrictedByEq(c) || where.restrictedByIn(c));
    if (delete.isConditional() && !fullKey && !onlyStatic) {
      analysis.error(
          Message.CONDITIONAL_KEY,
          "does not restrict every primary key column " + table.primaryKeyDisplay() + " with =",
          "Cassandra checks conditions on a single row",
          "Restrict each key column with =, or remove the condition");
    } else if (!delete.deletions().isEmpty() && !onlyStatic && !rowsNamed) {
      String missing =
          WhereChecker.columns(
              table.clustering().stream()
                  .filter(c -> !where.restrictedByEq(c) && !where.restrictedByIn(c))
                  .toList());
      analysis.error(
          Message.WRITE_KEY,
          missing,
          table.primaryKeyDisplay(),
          table.display(),
          "Cassandra deletes single columns only from rows it can name, never from a range of rows",
          missing);
    }
    return byIndex;
  }

  /** Checks what a deletion names; returns whether it removes a list element by index. */
  private boolean deletion(Deletion deletion, ColumnSchema column) {
    CqlType type = column.type();
    String name = column.cql();
    if (deletion.key() != null) {
      String text = "DELETE " + name + "[" + Terms.cql(deletion.key()) + "]";
      if (!TypeRules.isCollection(type)) {
        analysis.error(
            Message.COLUMN_OPERATION,
            text,
            name,
            type.cql(),
            "only collections have elements",
            "Delete the column");
      } else if (type.isFrozen()) {
        analysis.error(
            Message.COLUMN_OPERATION,
            text,
            name,
            type.cql(),
            "a frozen collection is one value, deleted only as a whole",
            "Delete the column");
      } else if (type instanceof CqlType.ListOf) {
        terms.prepare(deletion.key(), CqlType.of(NativeType.INT), "the index of " + name);
        return true;
      } else if (type instanceof CqlType.SetOf set) {
        terms.prepare(deletion.key(), set.element(), "an element of " + name);
      } else {
        terms.prepare(deletion.key(), ((CqlType.MapOf) type).key(), "a key of " + name);
      }
      return false;
    }
    if (deletion.field() != null) {
      String text = "DELETE " + name + "." + deletion.field().cql();
      if (!(type instanceof CqlType.Udt udt)) {
        analysis.error(
            Message.COLUMN_OPERATION,
            text,
            name,
            type.cql(),
            "only user-defined types have fields",
            "Delete the column");
      } else if (udt.isFrozen()) {
        analysis.error(
            Message.COLUMN_OPERATION,
            text,
            name,
            type.cql(),
            "a frozen UDT is one value, deleted only as a whole",
            "Delete the column");
      } else if (udt.field(deletion.field().name()) == null) {
        analysis.error(
            Message.UNKNOWN_FIELD,
            deletion.field().cql(),
            name,
            "type " + udt.name() + " has no such field",
            String.join(", ", udt.fields().stream().map(CqlType.UdtField::name).toList()));
      }
    }
    return false;
  }
}
