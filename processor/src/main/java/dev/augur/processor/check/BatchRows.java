package dev.augur.processor.check;

import dev.augur.processor.cql.Identifier;
import dev.augur.processor.cql.Operator;
import dev.augur.processor.cql.Relation;
import dev.augur.processor.cql.Statement;
import dev.augur.processor.cql.Term;
import dev.augur.processor.schema.ColumnSchema;
import dev.augur.processor.schema.CqlType;
import dev.augur.processor.schema.CqlType.NativeType;
import dev.augur.processor.schema.TableSchema;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The rows a statement of a batch writes, as far as the statement's text tells: a key column given
 * a literal, or a named marker (which binds one value wherever it appears), has a known value; one
 * given a positional marker, IN or a function call does not. Two statements whose known values
 * differ on a key column write different partitions or rows; two whose values are all the same
 * write the same ones. This is what lets the checker see, without values, a conditional batch that
 * Cassandra rejects every time it runs.
 */
final class BatchRows {
  /** How a conditional statement of a batch conditions its row. */
  enum ConditionKind {
    NOT_EXISTS,
    EXISTS,
    COLUMNS
  }

  /**
   * One statement's key, column by column.
   *
   * @param values each primary key column's known value ({@link #UNKNOWN} when not known)
   */
  record Key(TableSchema table, Map<ColumnSchema, Object> values) {
    /** Whether the partition keys are known to differ. */
    boolean otherPartition(Key other) {
      return differ(other, table.partitionKey());
    }

    /** Whether both name the same row: every primary key column known and the same. */
    boolean sameRow(Key other) {
      List<ColumnSchema> key = new ArrayList<>(table.partitionKey());
      key.addAll(table.clustering());
      return table.equals(other.table)
          && key.stream()
              .allMatch(
                  c ->
                      values.get(c) != UNKNOWN
                          && Objects.equals(values.get(c), other.values.get(c)));
    }

    private boolean differ(Key other, List<ColumnSchema> columns) {
      return table.equals(other.table)
          && columns.stream()
              .anyMatch(
                  c -> {
                    Object mine = values.get(c);
                    Object theirs = other.values.get(c);
                    return mine instanceof Literal
                        && theirs instanceof Literal
                        && !mine.equals(theirs);
                  });
    }

    /** The known key, as {@code user_id = :id AND ...}, for messages. */
    String display() {
      List<String> parts = new ArrayList<>();
      values.forEach(
          (column, value) -> {
            if (value != UNKNOWN) {
              parts.add(column.cql() + " = " + value);
            }
          });
      return String.join(" AND ", parts);
    }
  }

  /** A literal's value in a canonical form, for types whose literals have only one spelling. */
  private record Literal(String text) {
    @Override
    public String toString() {
      return text;
    }
  }

  /** A literal of a type with several spellings: the same text is the same value, nothing more. */
  private record Spelling(String text) {
    @Override
    public String toString() {
      return text;
    }
  }

  /** A named marker: the same value wherever it appears in the batch. */
  private record NamedMarker(String name) {
    @Override
    public String toString() {
      return ":" + name;
    }
  }

  private static final Object UNKNOWN = new Object();

  private BatchRows() {}

  /** The condition of {@code statement}, or null when it has none. */
  static ConditionKind condition(Statement statement) {
    if (statement instanceof Statement.Insert insert) {
      return insert.ifNotExists() ? ConditionKind.NOT_EXISTS : null;
    }
    if (statement instanceof Statement.Update update) {
      return update.ifExists()
          ? ConditionKind.EXISTS
          : update.conditions().isEmpty() ? null : ConditionKind.COLUMNS;
    }
    if (statement instanceof Statement.Delete delete) {
      return delete.ifExists()
          ? ConditionKind.EXISTS
          : delete.conditions().isEmpty() ? null : ConditionKind.COLUMNS;
    }
    return null;
  }

  /** The key {@code statement} writes in {@code table}. */
  static Key key(Statement statement, TableSchema table) {
    Map<String, Term> given = new LinkedHashMap<>();
    if (statement instanceof Statement.Insert insert && insert.json() == null) {
      for (int i = 0; i < Math.min(insert.columns().size(), insert.values().size()); i++) {
        given.put(insert.columns().get(i).name(), insert.values().get(i));
      }
    } else if (statement instanceof Statement.Update update) {
      equalities(update.where(), given);
    } else if (statement instanceof Statement.Delete delete) {
      equalities(delete.where(), given);
    }
    Map<ColumnSchema, Object> values = new LinkedHashMap<>();
    for (ColumnSchema column : table.partitionKey()) {
      values.put(column, value(given.get(column.name()), column.type()));
    }
    for (ColumnSchema column : table.clustering()) {
      values.put(column, value(given.get(column.name()), column.type()));
    }
    return new Key(table, values);
  }

  private static void equalities(List<Relation> where, Map<String, Term> given) {
    for (Relation relation : where) {
      if (relation instanceof Relation.Single single
          && single.operator() == Operator.EQ
          && single.key() == null) {
        given.put(single.column().name(), single.value());
      } else if (relation instanceof Relation.Multi multi
          && multi.operator() == Operator.EQ
          && multi.value() instanceof Term.TupleLiteral tuple
          && tuple.elements().size() == multi.columns().size()) {
        List<Identifier> columns = multi.columns();
        for (int i = 0; i < columns.size(); i++) {
          given.put(columns.get(i).name(), tuple.elements().get(i));
        }
      }
    }
  }

  private static Object value(Term term, CqlType type) {
    if (term instanceof Term.Marker marker && !marker.isPositional()) {
      return new NamedMarker(marker.name());
    }
    if (term instanceof Term.Literal literal) {
      String canonical = canonical(literal, type);
      if (canonical != null) {
        return new Literal(canonical);
      }
      return new Spelling(
          literal.kind() == Term.LiteralKind.STRING ? "'" + literal.text() + "'" : literal.text());
    }
    return UNKNOWN;
  }

  /**
   * The literal's canonical text, or null for types whose values have several spellings (a
   * timestamp, a date, a decimal): two different texts there may still be one value.
   */
  private static String canonical(Term.Literal literal, CqlType type) {
    if (CqlType.is(type, NativeType.TEXT) || CqlType.is(type, NativeType.ASCII)) {
      return literal.kind() == Term.LiteralKind.STRING ? "'" + literal.text() + "'" : null;
    }
    if (CqlType.is(type, NativeType.UUID) || CqlType.is(type, NativeType.TIMEUUID)) {
      return literal.kind() == Term.LiteralKind.UUID
          ? literal.text().toLowerCase(Locale.ROOT)
          : null;
    }
    if (TypeRules.isNumber(type) && literal.kind() == Term.LiteralKind.INTEGER) {
      try {
        return new BigInteger(literal.text()).toString();
      } catch (NumberFormatException e) {
        return null;
      }
    }
    if (CqlType.is(type, NativeType.BOOLEAN) && literal.kind() == Term.LiteralKind.BOOLEAN) {
      return literal.text().toLowerCase(Locale.ROOT);
    }
    return null;
  }
}
