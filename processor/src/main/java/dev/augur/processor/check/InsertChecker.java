package dev.augur.processor.check;

import dev.augur.processor.cql.Identifier;
import dev.augur.processor.cql.Operator;
import dev.augur.processor.cql.Statement;
import dev.augur.processor.cql.Term;
import dev.augur.processor.schema.ColumnSchema;
import dev.augur.processor.schema.CqlType;
import dev.augur.processor.schema.CqlType.NativeType;
import dev.augur.processor.schema.TableSchema;
import dev.augur.processor.validation.Message;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of an INSERT: never into a counter table, one value per column, each column once, the
 * full primary key set (only the partition key when nothing but static columns is written).
 */
final class InsertChecker {
  private final Analysis analysis;
  private final TermChecker terms;

  InsertChecker(Analysis analysis, TermChecker terms) {
    this.analysis = analysis;
    this.terms = terms;
  }

  void check(Statement.Insert insert, TableSchema table) {
    if (table != null && table.isCounterTable()) {
      analysis.error(Message.COUNTER_INSERT, table.display());
      return;
    }
    new WriteOptions(analysis, terms).check(insert.using(), table, insert.ifNotExists());
    if (insert.json() != null) {
      terms.prepare(insert.json(), CqlType.of(NativeType.TEXT), "the JSON value");
      return;
    }
    if (insert.columns().size() != insert.values().size()) {
      analysis.error(Message.INSERT_VALUES, insert.columns().size(), insert.values().size());
      return;
    }
    Set<String> seen = new HashSet<>();
    for (Identifier column : insert.columns()) {
      if (!seen.add(column.name())) {
        analysis.error(Message.WRITTEN_TWICE, column.cql(), "an INSERT that lists a column twice");
        return;
      }
    }
    if (table == null) {
      insert.values().forEach(v -> terms.prepare(v, null, "a value"));
      return;
    }
    List<Restriction> key = new ArrayList<>();
    boolean clusteringSet = false;
    boolean regular = false;
    boolean staticColumns = false;
    for (int i = 0; i < insert.columns().size(); i++) {
      Identifier name = insert.columns().get(i);
      Term value = insert.values().get(i);
      ColumnSchema column = table.column(name.name());
      if (column == null) {
        analysis.error(
            Message.UNKNOWN_COLUMN,
            name.cql(),
            table.display(),
            Suggestions.didYouMean(
                name.name(), table.columns().stream().map(ColumnSchema::name).toList()),
            Analysis.columnList(table));
        terms.prepare(value, null, "column " + name.cql());
        continue;
      }
      terms.prepare(value, column.type(), "column " + column.cql());
      if (column.isPrimaryKey()) {
        if (value instanceof Term.Null) {
          analysis.error(
              Message.NULL_VALUE,
              "gives key column " + column.cql(),
              "Invalid null value in condition for column " + column.name(),
              "a primary key column is never null",
              "Give it a value, or a marker");
        }
        clusteringSet |= column.kind() == ColumnSchema.Kind.CLUSTERING;
        key.add(new Restriction(null, List.of(column), Operator.EQ, false, false, false));
      } else if (column.kind() == ColumnSchema.Kind.STATIC) {
        staticColumns = true;
      } else {
        regular = true;
      }
    }
    boolean onlyStatic = !clusteringSet && staticColumns && !regular;
    new WhereChecker(analysis).check(WhereChecker.Kind.INSERT, table, key, false, onlyStatic);
  }
}
