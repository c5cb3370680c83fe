package dev.augur.processor.check;

import dev.augur.processor.cql.Assignment;
import dev.augur.processor.cql.Identifier;
import dev.augur.processor.cql.Statement;
import dev.augur.processor.cql.Term;
import dev.augur.processor.schema.ColumnSchema;
import dev.augur.processor.schema.CqlType;
import dev.augur.processor.schema.CqlType.NativeType;
import dev.augur.processor.schema.TableSchema;
import dev.augur.processor.validation.Message;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of an UPDATE: no primary key column in SET, counters only incremented, collection
 * operations only on the collections that have them (append and prepend on lists, elements by index
 * or key, fields of non-frozen UDTs), and rows named by their full primary key.
 */
final class UpdateChecker {
  private final Analysis analysis;
  private final TermChecker terms;

  UpdateChecker(Analysis analysis, TermChecker terms) {
    this.analysis = analysis;
    this.terms = terms;
  }

  /** Checks {@code update}; returns whether it increments a counter or appends to a list. */
  boolean check(Statement.Update update, TableSchema table) {
    new WriteOptions(analysis, terms).check(update.using(), table, update.isConditional());
    if (table == null) {
      for (Assignment assignment : update.assignments()) {
        values(assignment)
            .forEach(v -> terms.prepare(v, null, "column " + assignment.column().cql()));
      }
      update.where().forEach(r -> RelationMarkers.collect(r, terms));
      new ConditionChecker(analysis, terms).check(update.conditions(), null);
      // Unknown table: c = c + v may be a counter or a list, so the update may not be idempotent.
      return update.assignments().stream()
          .anyMatch(
              a ->
                  a instanceof Assignment.Add
                      || a instanceof Assignment.Prepend
                      || a instanceof Assignment.Subtract);
    }
    Map<String, Assignment> seen = new HashMap<>();
    boolean staticColumns = false;
    boolean regular = false;
    boolean notIdempotent = false;
    for (Assignment assignment : update.assignments()) {
      Assignment previous = seen.put(assignment.column().name(), assignment);
      if (previous != null
          && (previous instanceof Assignment.Set || assignment instanceof Assignment.Set)) {
        analysis.error(
            Message.WRITTEN_TWICE,
            assignment.column().cql(),
            "an UPDATE that sets a column and changes it in the same statement");
      }
      ColumnSchema column = table.column(assignment.column().name());
      if (column == null) {
        Identifier name = assignment.column();
        analysis.error(
            Message.UNKNOWN_COLUMN,
            name.cql(),
            table.display(),
            Suggestions.didYouMean(
                name.name(), table.columns().stream().map(ColumnSchema::name).toList()),
            Analysis.columnList(table));
        values(assignment).forEach(v -> terms.prepare(v, null, "column " + name.cql()));
        continue;
      }
      if (column.isPrimaryKey()) {
        analysis.error(
            Message.KEY_ASSIGNMENT,
            "sets",
            column.cql(),
            "Delete the row and insert one with the new key");
        continue;
      }
      staticColumns |= column.kind() == ColumnSchema.Kind.STATIC;
      regular |= column.kind() == ColumnSchema.Kind.REGULAR;
      notIdempotent |= operation(assignment, column);
    }
    ConditionChecker conditions = new ConditionChecker(analysis, terms);
    ConditionChecker.Columns conditioned = conditions.check(update.conditions(), table);
    boolean onlyStatic =
        (staticColumns || conditioned.staticColumns()) && !regular && !conditioned.regularColumns();
    List<Restriction> restrictions =
        new RestrictionBuilder(analysis, terms, table, false).build(update.where());
    WhereOutcome where =
        new WhereChecker(analysis)
            .check(WhereChecker.Kind.UPDATE, table, restrictions, false, onlyStatic);
    if (update.isConditional()) {
      List<ColumnSchema> key = new ArrayList<>(table.partitionKey());
      key.addAll(table.clustering());
      key.stream()
          .filter(where::restrictedBySeveral)
          .findFirst()
          .ifPresent(
              c ->
                  analysis.error(
                      Message.CONDITIONAL_KEY,
                      "restricts " + c.cql() + " with IN",
                      "Cassandra runs a lightweight transaction on one row, and rejects IN on key"
                          + " columns when it holds several values",
                      "Restrict " + c.cql() + " with ="));
    }
    return notIdempotent;
  }

  /** Checks one assignment to {@code column}; returns whether it is a counter or list append. */
  private boolean operation(Assignment assignment, ColumnSchema column) {
    CqlType type = column.type();
    String name = column.cql();
    String receiver = "column " + name;
    if (assignment instanceof Assignment.Set set) {
      if (column.isCounter()) {
        analysis.error(Message.COUNTER_SET, name, name, name);
        return false;
      }
      terms.prepare(set.value(), type, receiver);
      return false;
    }
    if (assignment instanceof Assignment.SetElement element) {
      return setElement(element, column);
    }
    if (assignment instanceof Assignment.SetField field) {
      if (!(type instanceof CqlType.Udt udt) || udt.isFrozen()) {
        fail(
            name + "." + field.field().cql() + " = ...",
            column,
            type instanceof CqlType.Udt
                ? "fields of a frozen UDT cannot be set one by one"
                : "only user-defined types have fields",
            "Set the whole value");
        return false;
      }
      CqlType.UdtField known = udt.field(field.field().name());
      if (known == null) {
        analysis.error(
            Message.UNKNOWN_FIELD,
            field.field().cql(),
            name,
            "type " + udt.name() + " has no such field",
            String.join(", ", udt.fields().stream().map(CqlType.UdtField::name).toList()));
        return false;
      }
      terms.prepare(field.value(), known.type(), "field " + field.field().cql() + " of " + name);
      return false;
    }
    Term value = values(assignment).get(0);
    String text = describe(assignment);
    if (column.isCounter()) {
      if (assignment instanceof Assignment.Prepend) {
        fail(
            text,
            column,
            "only lists can be prepended to",
            "Write " + name + " = " + name + " + :delta");
        return false;
      }
      terms.prepare(value, type, receiver);
      return true;
    }
    if (!TypeRules.isCollection(type)) {
      if (assignment instanceof Assignment.Prepend) {
        fail(
            text,
            column,
            "only lists can be prepended to",
            "Assign a value: " + name + " = :value");
      } else {
        analysis.error(Message.NOT_A_COUNTER, text, name, type.cql(), name);
      }
      return false;
    }
    if (type.isFrozen()) {
      fail(
          text,
          column,
          "a frozen collection is one value, changed only as a whole",
          "Set the whole value: " + name + " = :value");
      return false;
    }
    if (assignment instanceof Assignment.Prepend && !(type instanceof CqlType.ListOf)) {
      fail(
          text,
          column,
          "only lists can be prepended to",
          "Add to the "
              + (type instanceof CqlType.SetOf ? "set" : "map")
              + ": "
              + name
              + " = "
              + name
              + " + :values");
      return false;
    }
    CqlType valueType = type;
    if (assignment instanceof Assignment.Subtract && type instanceof CqlType.MapOf map) {
      valueType = new CqlType.SetOf(map.key(), false);
    }
    terms.prepare(value, valueType, receiver);
    return type instanceof CqlType.ListOf && !(assignment instanceof Assignment.Subtract);
  }

  private boolean setElement(Assignment.SetElement element, ColumnSchema column) {
    CqlType type = column.type();
    String name = column.cql();
    String text = name + "[" + Terms.cql(element.key()) + "] = " + Terms.cql(element.value());
    if (!TypeRules.isCollection(type)) {
      fail(
          text,
          column,
          "only lists and maps have elements to set",
          "Assign a value: " + name + " = :value");
    } else if (type.isFrozen()) {
      fail(
          text,
          column,
          "a frozen collection is one value, changed only as a whole",
          "Set the whole value");
    } else if (type instanceof CqlType.SetOf) {
      fail(
          text,
          column,
          "a set has no index or key to set an element at",
          "Add the element: " + name + " = " + name + " + {:element}");
    } else if (type instanceof CqlType.ListOf list) {
      terms.prepare(element.key(), CqlType.of(NativeType.INT), "the index of " + name);
      terms.prepare(element.value(), list.element(), "an element of " + name);
    } else {
      CqlType.MapOf map = (CqlType.MapOf) type;
      terms.prepare(element.key(), map.key(), "a key of " + name);
      terms.prepare(element.value(), map.value(), "a value of " + name);
    }
    return false;
  }

  private void fail(String text, ColumnSchema column, String rule, String fix) {
    analysis.error(Message.COLUMN_OPERATION, text, column.cql(), column.type().cql(), rule, fix);
  }

  private static List<Term> values(Assignment assignment) {
    if (assignment instanceof Assignment.Set set) {
      return List.of(set.value());
    }
    if (assignment instanceof Assignment.SetElement element) {
      return List.of(element.key(), element.value());
    }
    if (assignment instanceof Assignment.SetField field) {
      return List.of(field.value());
    }
    if (assignment instanceof Assignment.Add add) {
      return List.of(add.value());
    }
    if (assignment instanceof Assignment.Prepend prepend) {
      return List.of(prepend.value());
    }
    return List.of(((Assignment.Subtract) assignment).value());
  }

  private static String describe(Assignment assignment) {
    String column = assignment.column().cql();
    String value = Terms.cql(values(assignment).get(0));
    if (assignment instanceof Assignment.Prepend) {
      return column + " = " + value + " + " + column;
    }
    String operator = assignment instanceof Assignment.Subtract ? " - " : " + ";
    return column + " = " + column + operator + value;
  }
}
