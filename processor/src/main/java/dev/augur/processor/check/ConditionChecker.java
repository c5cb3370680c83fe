package dev.augur.processor.check;

import dev.augur.processor.cql.Condition;
import dev.augur.processor.cql.Operator;
import dev.augur.processor.cql.Term;
import dev.augur.processor.schema.ColumnSchema;
import dev.augur.processor.schema.CqlType;
import dev.augur.processor.schema.CqlType.NativeType;
import dev.augur.processor.schema.TableSchema;
import dev.augur.processor.validation.Message;
import java.util.List;

/**
 * The IF conditions of a lightweight transaction: on existing non-key, non-counter columns,
 * elements of lists and maps, or fields of user-defined types, with values of their types.
 */
final class ConditionChecker {

  /** Which kinds of column the conditions read, as the static-only rule needs it. */
  record Columns(boolean staticColumns, boolean regularColumns) {}

  private final Analysis analysis;
  private final TermChecker terms;

  ConditionChecker(Analysis analysis, TermChecker terms) {
    this.analysis = analysis;
    this.terms = terms;
  }

  Columns check(List<Condition> conditions, TableSchema table) {
    boolean staticColumns = false;
    boolean regular = false;
    for (Condition condition : conditions) {
      String text = describe(condition);
      ColumnSchema column = table == null ? null : table.column(condition.column().name());
      if (table == null || column == null) {
        if (table != null) {
          analysis.error(
              Message.UNKNOWN_COLUMN,
              condition.column().cql(),
              table.display(),
              Suggestions.didYouMean(
                  condition.column().name(),
                  table.columns().stream().map(ColumnSchema::name).toList()),
              Analysis.columnList(table));
        }
        if (condition.key() != null) {
          terms.prepare(condition.key(), null, "the condition");
        }
        prepareValue(condition.value(), condition.operator(), null, "the condition");
        continue;
      }
      if (column.isPrimaryKey()) {
        analysis.error(
            Message.CONDITION,
            text,
            column.cql() + " is a primary key column, which a row always has",
            "Restrict it in the WHERE clause instead");
        continue;
      }
      if (column.isCounter()) {
        analysis.error(
            Message.CONDITION, text, "Cassandra has no conditions on counters", "Remove it");
        continue;
      }
      staticColumns |= column.kind() == ColumnSchema.Kind.STATIC;
      regular |= column.kind() == ColumnSchema.Kind.REGULAR;
      CqlType type = receiverType(condition, column, text);
      if (type == null) {
        continue;
      }
      String receiver = "column " + column.cql();
      if (condition.operator() == Operator.CONTAINS
          || condition.operator() == Operator.CONTAINS_KEY) {
        CqlType element =
            condition.operator() == Operator.CONTAINS_KEY
                ? (type instanceof CqlType.MapOf map ? map.key() : null)
                : TypeRules.containedElement(type);
        if (element == null) {
          analysis.error(
              Message.CONTAINS_TYPE, condition.operator().cql(), column.cql(), type.cql(), "check");
          continue;
        }
        terms.prepare(condition.value(), element, receiver);
      } else if (condition.operator() == Operator.LIKE) {
        analysis.error(
            Message.CONDITION, text, "Cassandra has no LIKE in conditions", "Use = or IN");
      } else {
        prepareValue(condition.value(), condition.operator(), type, receiver);
      }
    }
    return new Columns(staticColumns, regular);
  }

  /** The type the condition's value is compared with, or null after reporting why none. */
  private CqlType receiverType(Condition condition, ColumnSchema column, String text) {
    CqlType type = column.type();
    if (condition.key() != null) {
      if (type instanceof CqlType.ListOf list) {
        terms.prepare(condition.key(), CqlType.of(NativeType.INT), "the index of " + column.cql());
        return list.element();
      }
      if (type instanceof CqlType.MapOf map) {
        terms.prepare(condition.key(), map.key(), "a key of " + column.cql());
        return map.value();
      }
      analysis.error(
          Message.CONDITION,
          text,
          column.cql()
              + " is of type "
              + type.cql()
              + ", which has no elements to compare by index or key",
          "Compare the whole column");
      return null;
    }
    if (condition.field() != null) {
      if (!(type instanceof CqlType.Udt udt)) {
        analysis.error(
            Message.CONDITION,
            text,
            column.cql() + " is of type " + type.cql() + ", not a user-defined type",
            "Compare the whole column");
        return null;
      }
      CqlType.UdtField field = udt.field(condition.field().name());
      if (field == null) {
        analysis.error(
            Message.UNKNOWN_FIELD,
            condition.field().cql(),
            column.cql(),
            "type " + udt.name() + " has no such field",
            String.join(", ", udt.fields().stream().map(CqlType.UdtField::name).toList()));
        return null;
      }
      return field.type();
    }
    return type;
  }

  private void prepareValue(Term value, Operator operator, CqlType type, String receiver) {
    if (operator != Operator.IN) {
      terms.prepare(value, type, receiver);
    } else if (value instanceof Term.InValues in) {
      in.values().forEach(v -> terms.prepare(v, type, receiver));
    } else {
      terms.prepare(
          value,
          type == null ? null : new CqlType.ListOf(type.freeze(), false),
          "the values of " + receiver + " IN");
    }
  }

  private static String describe(Condition condition) {
    String column = condition.column().cql();
    if (condition.key() != null) {
      column += "[" + Terms.cql(condition.key()) + "]";
    } else if (condition.field() != null) {
      column += "." + condition.field().cql();
    }
    return "IF " + column + " " + condition.operator().cql() + " " + Terms.cql(condition.value());
  }
}
