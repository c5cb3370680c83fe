package dev.augur.processor.check;

import dev.augur.processor.cql.Identifier;
import dev.augur.processor.cql.Operator;
import dev.augur.processor.cql.Relation;
import dev.augur.processor.cql.Term;
import dev.augur.processor.schema.ColumnSchema;
import dev.augur.processor.schema.CqlType;
import dev.augur.processor.schema.CqlType.NativeType;
import dev.augur.processor.schema.TableSchema;
import dev.augur.processor.validation.Message;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns WHERE relations into {@link Restriction}s, as Cassandra's {@code Relation.toRestriction}
 * does: the column must exist and suit the operator, the value must suit the column, and a column
 * may be restricted by one = or IN, or one lower and one upper bound. Problems go to the analysis;
 * a relation with a problem contributes no restriction.
 */
final class RestrictionBuilder {
  private final Analysis analysis;
  private final TermChecker terms;
  private final TableSchema table;
  private final boolean select;
  private final List<Restriction> restrictions = new ArrayList<>();

  /** {@code select}: whether the relations are those of a SELECT, rather than of a write. */
  RestrictionBuilder(Analysis analysis, TermChecker terms, TableSchema table, boolean select) {
    this.analysis = analysis;
    this.terms = terms;
    this.table = table;
    this.select = select;
  }

  List<Restriction> build(List<Relation> relations) {
    for (Relation relation : relations) {
      Restriction restriction = read(relation);
      if (restriction != null && merges(restriction)) {
        restrictions.add(restriction);
      }
    }
    restrictions.sort(Comparator.comparingInt(r -> r.first().position()));
    return restrictions;
  }

  private Restriction read(Relation relation) {
    if (relation instanceof Relation.Single single) {
      return single(single);
    }
    if (relation instanceof Relation.Multi multi) {
      return multi(multi);
    }
    if (relation instanceof Relation.Token token) {
      return token(token);
    }
    Relation.IsNotNull isNotNull = (Relation.IsNotNull) relation;
    analysis.error(Message.IS_NOT_NULL, isNotNull.column().cql());
    return null;
  }

  private ColumnSchema column(Identifier name, Term... values) {
    ColumnSchema column = table.column(name.name());
    if (column == null) {
      analysis.error(
          Message.UNKNOWN_COLUMN,
          name.cql(),
          table.display(),
          Suggestions.didYouMean(
              name.name(), table.columns().stream().map(ColumnSchema::name).toList()),
          Analysis.columnList(table));
      for (Term value : values) {
        if (value != null) {
          terms.prepare(value, null, "column " + name.cql());
        }
      }
    }
    return column;
  }

  private Restriction single(Relation.Single relation) {
    ColumnSchema column = column(relation.column(), relation.key(), relation.value());
    if (column == null) {
      return null;
    }
    Operator operator = relation.operator();
    String name = column.cql();
    CqlType type = column.type();
    if (operator == Operator.NEQ) {
      analysis.error(Message.NOT_EQUAL, name);
      return null;
    }
    if (operator == Operator.CONTAINS_KEY && !(type instanceof CqlType.MapOf)) {
      analysis.error(Message.CONTAINS_TYPE, "CONTAINS KEY", name, type.cql(), "restrict");
      return null;
    }
    if (operator == Operator.CONTAINS && !TypeRules.isCollection(type)) {
      analysis.error(Message.CONTAINS_TYPE, "CONTAINS", name, type.cql(), "restrict");
      return null;
    }
    boolean entry = relation.key() != null;
    if (entry && (!(type instanceof CqlType.MapOf) || type.isFrozen() || operator != Operator.EQ)) {
      analysis.error(
          Message.COLLECTION_RESTRICTION,
          name + "[...]",
          type.cql(),
          operator.cql() + " on an entry (only = on entries of non-frozen maps)");
      return null;
    }
    boolean multiCell = TypeRules.isMultiCell(type);
    if (multiCell && !entry && operator != Operator.CONTAINS && operator != Operator.CONTAINS_KEY) {
      analysis.error(Message.COLLECTION_RESTRICTION, name, type.cql(), "'" + operator.cql() + "'");
      return null;
    }
    if (operator.isSlice() && CqlType.is(type, NativeType.DURATION)) {
      analysis.error(
          Message.COLLECTION_RESTRICTION, name, type.cql(), "a range (durations have no order)");
      return null;
    }
    prepareValue(relation, column);
    // A SELECT's slice on a clustering column takes null as "no bound"; all else rejects null
    // (a DELETE's range with a null bound fails on the replica).
    boolean nullBound =
        select && operator.isSlice() && column.kind() == ColumnSchema.Kind.CLUSTERING;
    if (!nullBound && NullValues.contains(relation.value())) {
      if (entry) {
        NullValues.report(
            analysis,
            name + "[...]",
            "Unsupported null map value for column " + column.name(),
            false);
      } else if (column.isPrimaryKey() && !operator.isSlice()) {
        NullValues.report(
            analysis, name, "Invalid null value in condition for column " + column.name(), true);
      } else if (!select && column.kind() == ColumnSchema.Kind.CLUSTERING) {
        NullValues.report(analysis, name, "a write failure on the replica", true);
      } else {
        NullValues.report(
            analysis, name, "Unsupported null value for column " + column.name(), false);
      }
      return null;
    }
    return new Restriction(relation, List.of(column), operator, false, false, entry);
  }

  private void prepareValue(Relation.Single relation, ColumnSchema column) {
    String receiver = "column " + column.cql();
    CqlType type = column.type();
    switch (relation.operator()) {
      case CONTAINS ->
          terms.prepare(
              relation.value(), TypeRules.containedElement(type), "an element of " + column.cql());
      case CONTAINS_KEY ->
          terms.prepare(relation.value(), ((CqlType.MapOf) type).key(), "a key of " + column.cql());
      case IN -> prepareIn(relation.value(), type.freeze(), receiver);
      default -> {
        if (relation.key() != null) {
          CqlType.MapOf map = (CqlType.MapOf) type;
          terms.prepare(relation.key(), map.key(), "a key of " + column.cql());
          terms.prepare(relation.value(), map.value(), "a value of " + column.cql());
        } else {
          terms.prepare(relation.value(), type, receiver);
        }
      }
    }
  }

  /** The values of IN: one marker for the list, or a list of values. */
  private void prepareIn(Term value, CqlType element, String receiver) {
    if (value instanceof Term.InValues in) {
      in.values().forEach(v -> terms.prepare(v, element, receiver));
    } else {
      terms.prepare(
          value,
          new CqlType.ListOf(element, false),
          "the values of " + receiver.replace("column ", "") + " IN");
    }
  }

  private Restriction multi(Relation.Multi relation) {
    List<ColumnSchema> columns = new ArrayList<>();
    for (Identifier name : relation.columns()) {
      ColumnSchema column = column(name);
      if (column == null) {
        return null;
      }
      columns.add(column);
    }
    String names = Terms.names(relation.columns());
    for (int i = 0; i < columns.size(); i++) {
      ColumnSchema column = columns.get(i);
      if (column.kind() != ColumnSchema.Kind.CLUSTERING) {
        analysis.error(
            Message.MULTI_COLUMN,
            names.substring(1, names.length() - 1),
            column.cql() + " is not a clustering column",
            "Restrict it in a relation of its own");
        return null;
      }
      if (columns.subList(0, i).contains(column)) {
        analysis.error(
            Message.MULTI_COLUMN,
            names.substring(1, names.length() - 1),
            column.cql() + " appears twice",
            "Name each column once");
        return null;
      }
      if (i > 0 && column.position() != columns.get(i - 1).position() + 1) {
        analysis.error(
            Message.MULTI_COLUMN,
            names.substring(1, names.length() - 1),
            "they are not consecutive clustering columns in primary key order "
                + table.primaryKeyDisplay(),
            "List them in primary key order");
        return null;
      }
    }
    List<CqlType> types = columns.stream().map(ColumnSchema::type).toList();
    CqlType.TupleOf tuple = new CqlType.TupleOf(types.stream().map(CqlType::freeze).toList());
    if (relation.operator() == Operator.IN) {
      if (relation.value() instanceof Term.InValues in) {
        for (Term value : in.values()) {
          if (!checkArity(value, columns.size(), names)) {
            return null;
          }
          terms.prepare(value, tuple, "the tuple " + names);
        }
      } else {
        terms.prepare(
            relation.value(), new CqlType.ListOf(tuple, false), "the values of " + names + " IN");
      }
    } else if (!relation.operator().isSlice() && relation.operator() != Operator.EQ) {
      analysis.error(
          Message.MULTI_COLUMN,
          names.substring(1, names.length() - 1),
          "the operator is " + relation.operator().cql(),
          "Use =, <, <=, >, >= or IN");
      return null;
    } else {
      if (!checkArity(relation.value(), columns.size(), names)) {
        return null;
      }
      terms.prepare(relation.value(), tuple, "the tuple " + names);
    }
    ColumnSchema nullColumn = NullValues.column(relation.value(), columns);
    if (nullColumn != null) {
      String cassandra =
          relation.operator() == Operator.EQ
              ? "Invalid null value for column "
              : "Invalid null value in condition for column ";
      NullValues.report(analysis, nullColumn.cql(), cassandra + nullColumn.name(), true);
      return null;
    }
    return new Restriction(relation, columns, relation.operator(), false, true, false);
  }

  private boolean checkArity(Term value, int size, String names) {
    if (value instanceof Term.TupleLiteral literal && literal.elements().size() != size) {
      analysis.error(
          Message.MULTI_COLUMN,
          names.substring(1, names.length() - 1),
          "the value " + Terms.cql(value) + " has " + literal.elements().size() + " elements",
          "Give one value per column");
      return false;
    }
    return true;
  }

  private Restriction token(Relation.Token relation) {
    List<ColumnSchema> columns = new ArrayList<>();
    for (Identifier name : relation.columns()) {
      ColumnSchema column = column(name);
      if (column == null) {
        return null;
      }
      columns.add(column);
    }
    if (!columns.equals(table.partitionKey())) {
      String key = String.join(", ", table.partitionKey().stream().map(ColumnSchema::cql).toList());
      String given = Terms.names(relation.columns());
      analysis.error(
          Message.TOKEN_COLUMNS, given.substring(1, given.length() - 1), table.display(), key, key);
      return null;
    }
    if (relation.operator() != Operator.EQ && !relation.operator().isSlice()) {
      analysis.error(
          Message.TOKEN_COLUMNS,
          "...) " + relation.operator().cql() + " (...",
          table.display(),
          "only =, <, <=, > and >= apply to tokens",
          String.join(", ", columns.stream().map(ColumnSchema::cql).toList()));
      return null;
    }
    Term value = relation.value();
    if (value instanceof Term.FunctionCall call
        && call.name().equals("token")
        && (call.keyspace() == null || call.keyspace().equals("system"))) {
      prepareTokenCall(call);
    } else {
      terms.prepare(value, CqlType.of(NativeType.BIGINT), "the partition key token");
    }
    if (value instanceof Term.Null) {
      NullValues.report(
          analysis,
          "token(" + String.join(", ", columns.stream().map(ColumnSchema::cql).toList()) + ")",
          "Invalid null token value",
          true);
      return null;
    }
    return new Restriction(relation, columns, relation.operator(), true, false, false);
  }

  /** {@code token(?, ?)}: one value per partition key column. */
  void prepareTokenCall(Term.FunctionCall call) {
    List<ColumnSchema> key = table.partitionKey();
    if (call.arguments().size() != key.size()) {
      analysis.error(
          Message.FUNCTION_ARGUMENTS,
          "token",
          Terms.cql(call),
          "it takes one value per partition key column",
          "token(" + String.join(", ", key.stream().map(c -> c.type().cql()).toList()) + ")");
      return;
    }
    for (int i = 0; i < key.size(); i++) {
      terms.prepare(
          call.arguments().get(i), key.get(i).type(), "column " + key.get(i).cql() + " in token()");
    }
  }

  /** Whether {@code restriction} can join those already read, as Cassandra merges them. */
  private boolean merges(Restriction restriction) {
    for (Restriction other : restrictions) {
      if (other.token() != restriction.token()) {
        continue;
      }
      List<ColumnSchema> shared =
          other.columns().stream().filter(restriction.columns()::contains).toList();
      if (shared.isEmpty()) {
        continue;
      }
      boolean compatible =
          (other.isContains() && restriction.isContains())
              || (other.isSlice()
                  && restriction.isSlice()
                  && other.first().equals(restriction.first())
                  && lower(other) != lower(restriction));
      if (!compatible) {
        String name = restriction.token() ? "token(...)" : shared.get(0).cql();
        analysis.error(
            Message.RESTRICTED_TWICE,
            name,
            describe(other) + " and " + describe(restriction),
            name);
        return false;
      }
    }
    return true;
  }

  private static boolean lower(Restriction restriction) {
    return restriction.operator() == Operator.GT || restriction.operator() == Operator.GTE;
  }

  private static String describe(Restriction restriction) {
    return restriction.operator().cql();
  }
}
