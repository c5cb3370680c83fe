package dev.augur.processor.check;

import dev.augur.processor.cql.Selectable;
import dev.augur.processor.cql.Statement;
import dev.augur.processor.cql.Term;
import dev.augur.processor.schema.ColumnSchema;
import dev.augur.processor.schema.CqlType;
import dev.augur.processor.schema.CqlType.NativeType;
import dev.augur.processor.schema.TableSchema;
import dev.augur.processor.schema.TypeResolver;
import dev.augur.processor.validation.Message;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Types the selectors of a SELECT: columns must exist, functions resolve on the selected types,
 * write time and TTL apply to cells (not key columns), elements only to sets and maps, fields only
 * to user-defined types, and CAST only between types Cassandra converts.
 */
final class SelectionChecker {
  private final Analysis analysis;
  private final TermChecker terms;
  private final TableSchema table;
  private final Set<ColumnSchema> referenced = new LinkedHashSet<>();
  private boolean aggregate;

  SelectionChecker(Analysis analysis, TermChecker terms, TableSchema table) {
    this.analysis = analysis;
    this.terms = terms;
    this.table = table;
  }

  Selection check(Statement.Select select) {
    if (select.selectsAll()) {
      List<Selection.ResultColumn> columns =
          table.selectStarOrder().stream()
              .map(c -> new Selection.ResultColumn(c.name(), c.type()))
              .toList();
      referenced.addAll(table.columns());
      return result(select, columns, true);
    }
    List<Selection.ResultColumn> columns = new ArrayList<>();
    for (Statement.Selector selector : select.selectors()) {
      CqlType type = type(selector.value());
      String name = selector.alias() != null ? selector.alias().name() : name(selector.value());
      columns.add(new Selection.ResultColumn(name, type == null ? new CqlType.Unknown("?") : type));
    }
    return result(select, columns, false);
  }

  private Selection result(
      Statement.Select select, List<Selection.ResultColumn> columns, boolean wildcard) {
    if (select.json()) {
      columns = List.of(new Selection.ResultColumn("[json]", CqlType.of(NativeType.TEXT)));
    }
    return new Selection(columns, List.copyOf(referenced), aggregate, wildcard);
  }

  /** The name Cassandra gives an unaliased selector; only plain columns matter for mapping. */
  private static String name(Selectable value) {
    if (value instanceof Selectable.Column column) {
      return column.column().name();
    }
    if (value instanceof Selectable.CountRows) {
      return "count";
    }
    return value.toString();
  }

  /** The selector's type, or null after reporting why it has none. */
  CqlType type(Selectable value) {
    if (value instanceof Selectable.Column column) {
      ColumnSchema schema = table.column(column.column().name());
      if (schema == null) {
        analysis.error(
            Message.UNKNOWN_COLUMN,
            column.column().cql(),
            table.display(),
            Suggestions.didYouMean(
                column.column().name(), table.columns().stream().map(ColumnSchema::name).toList()),
            Analysis.columnList(table));
        return null;
      }
      referenced.add(schema);
      return schema.type();
    }
    if (value instanceof Selectable.CountRows) {
      aggregate = true;
      return CqlType.of(NativeType.BIGINT);
    }
    if (value instanceof Selectable.Function function) {
      return function(function);
    }
    if (value instanceof Selectable.WriteMetadata metadata) {
      return writeMetadata(metadata);
    }
    if (value instanceof Selectable.Cast cast) {
      return cast(cast);
    }
    if (value instanceof Selectable.Field field) {
      return field(field);
    }
    if (value instanceof Selectable.Element element) {
      return element(element);
    }
    if (value instanceof Selectable.Value constant) {
      // A constant selected alone has no receiver to take a type from; only a hint gives one.
      CqlType type =
          constant.term() instanceof Term.TypeHint ? terms.knownType(constant.term()) : null;
      if (type == null) {
        analysis.error(
            Message.UNTYPED_VALUE,
            Terms.cql(constant.term()) + " in the selection",
            "a value selected alone has no column to take its type from");
        return null;
      }
      terms.prepare(constant.term(), type, "the selection");
      return type;
    }
    return arithmetic((Selectable.Arithmetic) value);
  }

  private CqlType function(Selectable.Function function) {
    if (function.name().equals("token")
        && (function.keyspace() == null || function.keyspace().equals("system"))) {
      return token(function);
    }
    if (PolymorphicFunctions.isFromJson(function.name())) {
      analysis.error(
          Message.FUNCTION_ARGUMENTS,
          "fromjson",
          "(...)",
          "fromjson() cannot be used in the selection clause of a SELECT",
          "fromjson(text)");
      return null;
    }
    List<FunctionResolver.Argument> arguments = new ArrayList<>();
    for (Selectable argument : function.arguments()) {
      arguments.add(argument(argument));
    }
    if (arguments.stream().anyMatch(a -> a == null)) {
      return null;
    }
    try {
      FunctionResolver.Resolved resolved =
          FunctionResolver.resolve(
              analysis.catalog(), function.keyspace(), function.name(), arguments, null);
      aggregate |= resolved.aggregate();
      for (int i = 0; i < function.arguments().size(); i++) {
        if (function.arguments().get(i) instanceof Selectable.Value constant) {
          terms.prepare(
              constant.term(),
              resolved.parameters().get(i),
              "argument " + (i + 1) + " of " + function.name());
        }
      }
      return resolved.returnType() == null ? new CqlType.Unknown("?") : resolved.returnType();
    } catch (FunctionResolver.Failure failure) {
      analysis.error(failure.message, failure.arguments);
      return null;
    }
  }

  /** An argument of a function in the selection: a typed selector, or a constant. */
  private FunctionResolver.Argument argument(Selectable argument) {
    if (argument instanceof Selectable.Value constant) {
      return new FunctionResolver.Argument() {
        @Override
        public Fit fit(CqlType type) {
          return terms.fit(constant.term(), type);
        }

        @Override
        public CqlType knownType() {
          return terms.knownType(constant.term());
        }

        @Override
        public String display() {
          return Terms.cql(constant.term());
        }
      };
    }
    CqlType type = type(argument);
    if (type == null) {
      return null;
    }
    return new FunctionResolver.Argument() {
      @Override
      public Fit fit(CqlType parameter) {
        return TypeRules.fitOfType(type, parameter);
      }

      @Override
      public CqlType knownType() {
        return type;
      }

      @Override
      public String display() {
        return name(argument);
      }
    };
  }

  private CqlType token(Selectable.Function function) {
    List<ColumnSchema> key = table.partitionKey();
    if (function.arguments().size() != key.size()) {
      analysis.error(
          Message.FUNCTION_ARGUMENTS,
          "token",
          "(...)",
          key.size() + " arguments are required, one per partition key column",
          "token(" + WhereChecker.columns(key) + ")");
      return null;
    }
    for (int i = 0; i < key.size(); i++) {
      CqlType type = type(function.arguments().get(i));
      if (type != null && !TypeRules.fitOfType(type, key.get(i).type()).fits()) {
        analysis.error(
            Message.FUNCTION_ARGUMENTS,
            "token",
            "(...)",
            "argument " + (i + 1) + " must be of type " + key.get(i).type().cql(),
            "token(" + WhereChecker.columns(key) + ")");
      }
    }
    return CqlType.of(NativeType.BIGINT);
  }

  private CqlType writeMetadata(Selectable.WriteMetadata metadata) {
    CqlType type = type(metadata.column());
    Selectable base = metadata.column();
    while (base instanceof Selectable.Field || base instanceof Selectable.Element) {
      base = base instanceof Selectable.Field f ? f.value() : ((Selectable.Element) base).value();
    }
    if (type == null) {
      return null;
    }
    if (base instanceof Selectable.Column column) {
      ColumnSchema schema = table.column(column.column().name());
      if (schema.isPrimaryKey()) {
        analysis.error(
            Message.SELECTION,
            metadata.kind() + "(" + schema.cql() + ")",
            schema.cql()
                + " is a primary key column, and Cassandra keeps write times and TTLs for other"
                + " cells only",
            "Select " + metadata.kind() + " of a regular column");
        return null;
      }
    } else {
      analysis.error(
          Message.SELECTION,
          metadata.kind() + "(...)",
          "its argument must be a column",
          "Pass a column");
      return null;
    }
    CqlType single = CqlType.of(metadata.kind().equals("ttl") ? NativeType.INT : NativeType.BIGINT);
    boolean perElement =
        TypeRules.isMultiCell(type)
            && !metadata.kind().equals("maxwritetime")
            && metadata.column() instanceof Selectable.Column;
    return perElement ? new CqlType.ListOf(single, false) : single;
  }

  private CqlType cast(Selectable.Cast cast) {
    CqlType from = type(cast.value());
    CqlType to;
    try {
      to = TypeResolver.resolve(cast.type(), (ks, name) -> analysis.catalog().type(ks, name));
    } catch (TypeResolver.UnknownTypeException e) {
      analysis.error(Message.UNKNOWN_TYPE, cast.type().toString(), e.getMessage());
      return null;
    }
    if (from == null || from instanceof CqlType.Unknown) {
      return to;
    }
    if (!CastRules.castable(from, to)) {
      analysis.error(Message.CAST, name(cast.value()), from.cql(), to.cql());
      return null;
    }
    return to;
  }

  private CqlType field(Selectable.Field field) {
    CqlType type = type(field.value());
    if (type == null) {
      return null;
    }
    if (!(type instanceof CqlType.Udt udt)) {
      analysis.error(
          Message.SELECTION,
          name(field.value()) + "." + field.field().cql(),
          name(field.value()) + " is of type " + type.cql() + ", not a user-defined type",
          "Select the column itself");
      return null;
    }
    CqlType.UdtField known = udt.field(field.field().name());
    if (known == null) {
      analysis.error(
          Message.UNKNOWN_FIELD,
          field.field().cql(),
          name(field.value()),
          "type " + udt.name() + " has no such field",
          String.join(", ", udt.fields().stream().map(f -> f.name()).toList()));
      return null;
    }
    return known.type();
  }

  private CqlType element(Selectable.Element element) {
    CqlType type = type(element.value());
    if (type == null) {
      return null;
    }
    String name = name(element.value());
    CqlType key;
    CqlType result;
    if (type instanceof CqlType.MapOf map) {
      key = map.key();
      result = element.slice() ? type : map.value();
    } else if (type instanceof CqlType.SetOf set) {
      key = set.element();
      result = element.slice() ? type : set.element();
    } else {
      String reason =
          type instanceof CqlType.ListOf
              ? name + " is a list, and Cassandra selects elements of sets and maps only"
              : name + " is of type " + type.cql() + ", not a collection";
      analysis.error(Message.SELECTION, name + "[...]", reason, "Select the whole column");
      return null;
    }
    if (element.key() != null) {
      terms.prepare(element.key(), key, "a key of " + name);
    }
    if (element.to() != null) {
      terms.prepare(element.to(), key, "a key of " + name);
    }
    return result;
  }

  private CqlType arithmetic(Selectable.Arithmetic arithmetic) {
    CqlType right = operand(arithmetic.right(), arithmetic.left());
    if (arithmetic.left() == null) {
      return right;
    }
    CqlType left = operand(arithmetic.left(), arithmetic.right());
    if (left == null || right == null) {
      return null;
    }
    if (TypeRules.isNumber(left) && TypeRules.isNumber(right)) {
      return TypeRules.widerNumber(left, right);
    }
    boolean temporal = CqlType.is(left, NativeType.TIMESTAMP) || CqlType.is(left, NativeType.DATE);
    if (temporal && CqlType.is(right, NativeType.DURATION)) {
      return left;
    }
    if (CqlType.is(left, NativeType.TEXT) && CqlType.is(right, NativeType.TEXT)) {
      return left;
    }
    analysis.error(
        Message.UNTYPED_VALUE,
        "an operation between " + left.cql() + " and " + right.cql(),
        "Cassandra has no such operation");
    return null;
  }

  /** An operand: a marker takes no type from the other side, so it is ambiguous. */
  private CqlType operand(Selectable operand, Selectable other) {
    if (operand instanceof Selectable.Value constant && Terms.hasBareMarker(constant.term())) {
      analysis.error(
          Message.UNTYPED_VALUE,
          Terms.cql(constant.term()) + " in an operation",
          "an operation on a marker could have several types");
      return null;
    }
    if (operand instanceof Selectable.Value constant
        && other != null
        && !(other instanceof Selectable.Value)) {
      CqlType known = terms.knownType(constant.term());
      return known;
    }
    return type(operand);
  }
}
