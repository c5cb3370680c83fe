package dev.augur.processor.derived;

import dev.augur.processor.check.IndexSupport;
import dev.augur.processor.cql.Operator;
import dev.augur.processor.derived.DerivedQuery.Action;
import dev.augur.processor.derived.DerivedQuery.Comparison;
import dev.augur.processor.schema.ColumnSchema;
import dev.augur.processor.schema.TableSchema;
import dev.augur.processor.validation.Message;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The primary key rules, phrased for method names: a derived query names the whole partition key
 * (by = or In), then clustering columns in order with a range only on the last, and other
 * properties only when an index serves them; it orders only by clustering columns. A read that
 * broke a rule would need ALLOW FILTERING, which a derived query never adds; a delete is rejected.
 */
final class DerivedKeyRules {

  /** A broken rule: the message and its arguments after the subject. */
  record Violation(Message message, Object... arguments) {}

  private DerivedKeyRules() {}

  /**
   * The first rule {@code query} breaks on {@code table}, or null; {@code columns} are the table's
   * columns by property name.
   */
  static Violation check(DerivedQuery query, TableSchema table, Map<String, ColumnSchema> columns) {
    String filtering =
        query.action() == Action.DELETE
            ? ""
            : ", so the query would need ALLOW FILTERING, which derived queries never add";
    Map<ColumnSchema, Comparison> restricted = new LinkedHashMap<>();
    for (DerivedQuery.Condition condition : query.conditions()) {
      if (condition.comparison() != Comparison.NEAR) { // an ordering: the checker's ANN rules
        restricted.put(columns.get(condition.property()), condition.comparison());
      }
    }
    String on = table.display();
    List<ColumnSchema> partition = table.partitionKey();
    List<ColumnSchema> named = partition.stream().filter(restricted::containsKey).toList();
    for (ColumnSchema key : named) {
      Comparison comparison = restricted.get(key);
      if (comparison != Comparison.EQUALS && comparison != Comparison.IN) {
        return key(
            on,
            "compares partition key column " + key.cql() + " with " + comparison.cql(),
            "Cassandra reads partitions named by = or IN only" + filtering,
            "Compare " + key.cql() + " with = or In");
      }
    }
    if (!named.isEmpty() && named.size() < partition.size()) {
      List<ColumnSchema> missing =
          partition.stream().filter(k -> !restricted.containsKey(k)).toList();
      return key(
          on,
          "names only " + names(named) + " of the partition key (" + names(partition) + ")",
          "Cassandra finds partitions by their whole partition key" + filtering,
          "Add " + names(missing) + " to the name");
    }
    if (named.isEmpty() && !restricted.isEmpty()) {
      boolean indexed =
          query.action() != Action.DELETE
              && restricted.entrySet().stream()
                  .allMatch(e -> IndexSupport.indexed(table, e.getKey(), operator(e.getValue())));
      if (!indexed) {
        return key(
            on,
            "does not name the partition key (" + names(partition) + ")",
            "Cassandra finds rows by partition key, or through an index that serves every condition"
                + filtering,
            "Start the conditions with " + names(partition));
      }
      return orderings(query, table, columns, restricted, false);
    }
    Violation clustering = clustering(table, restricted, filtering);
    if (clustering != null) {
      return clustering;
    }
    for (Map.Entry<ColumnSchema, Comparison> entry : restricted.entrySet()) {
      ColumnSchema column = entry.getKey();
      if (column.isPrimaryKey()) {
        continue;
      }
      if (query.action() == Action.DELETE) {
        return key(
            on,
            "deletes by " + column.cql() + ", which is not part of the primary key",
            "Cassandra deletes rows named by their primary key only",
            "Leave " + column.cql() + " out of the name");
      }
      if (!IndexSupport.indexed(table, column, operator(entry.getValue()))) {
        return key(
            on,
            "compares "
                + column.cql()
                + ", which is not part of the primary key and has no index serving "
                + entry.getValue().cql(),
            "Cassandra finds rows by key or index only" + filtering,
            "Leave it out of the name, or index it (@Indexed)");
      }
    }
    return orderings(query, table, columns, restricted, true);
  }

  private static Violation clustering(
      TableSchema table, Map<ColumnSchema, Comparison> restricted, String filtering) {
    ColumnSchema range = null;
    ColumnSchema skipped = null;
    for (ColumnSchema column : table.clustering()) {
      Comparison comparison = restricted.get(column);
      if (comparison == null) {
        skipped = skipped == null ? column : skipped;
        continue;
      }
      if (skipped != null) {
        return key(
            table.display(),
            "compares clustering column "
                + column.cql()
                + " but not "
                + skipped.cql()
                + " before it",
            "Cassandra restricts clustering columns in primary key order "
                + table.primaryKeyDisplay()
                + ", without gaps"
                + filtering,
            "Add " + skipped.cql() + " before " + column.cql() + " in the name");
      }
      if (range != null) {
        return key(
            table.display(),
            "compares " + column.cql() + " after a range on " + range.cql(),
            "Cassandra allows a range only on the last clustering column it restricts" + filtering,
            "Compare " + range.cql() + " with = or In, or leave " + column.cql() + " out");
      }
      if (comparison == Comparison.CONTAINS || comparison == Comparison.CONTAINS_KEY) {
        if (!IndexSupport.indexed(table, column, operator(comparison))) {
          return key(
              table.display(),
              "compares clustering column " + column.cql() + " with " + comparison.cql(),
              "Cassandra needs an index for that" + filtering,
              "Use =, a range or In");
        }
      } else if (comparison.isRange()) {
        range = column;
      }
    }
    return null;
  }

  private static Violation orderings(
      DerivedQuery query,
      TableSchema table,
      Map<String, ColumnSchema> columns,
      Map<ColumnSchema, Comparison> restricted,
      boolean keyNamed) {
    if (query.orderings().isEmpty()) {
      return null;
    }
    List<ColumnSchema> clustering = table.clustering();
    String declared =
        clustering.isEmpty()
            ? "none"
            : clustering.stream()
                .map(c -> c.cql() + (c.descending() ? " DESC" : " ASC"))
                .collect(Collectors.joining(", "));
    if (!keyNamed) {
      return new Violation(
          Message.DERIVED_ORDER,
          query.orderings().get(0).property(),
          "Cassandra orders rows only within the partitions a query names by its partition key, not"
              + " in index queries",
          "Name the partition key (" + names(table.partitionKey()) + "), or sort in Java");
    }
    int position = 0;
    Boolean reversed = null;
    for (DerivedQuery.Ordering ordering : query.orderings()) {
      ColumnSchema column = columns.get(ordering.property());
      if (column == null || column.kind() != ColumnSchema.Kind.CLUSTERING) {
        return new Violation(
            Message.DERIVED_ORDER,
            ordering.property(),
            ordering.property()
                + " is not a clustering column of "
                + table.display()
                + ", and Cassandra orders rows by clustering columns only",
            clustering.isEmpty()
                ? "Sort in Java"
                : "Order by " + names(clustering) + ", or sort in Java");
      }
      while (position < column.position()) {
        ColumnSchema before = clustering.get(position++);
        if (restricted.get(before) != Comparison.EQUALS) {
          return new Violation(
              Message.DERIVED_ORDER,
              ordering.property(),
              "Cassandra orders by clustering columns in their declared order ("
                  + declared
                  + "), and "
                  + before.cql()
                  + " comes first",
              "Order by " + before.cql() + " first, or compare it with =");
        }
      }
      if (position > column.position()) {
        return new Violation(
            Message.DERIVED_ORDER,
            ordering.property(),
            "it is out of the declared clustering order (" + declared + ")",
            "Order the columns as declared");
      }
      position++;
      boolean columnReversed = ordering.descending() != column.descending();
      if (reversed != null && reversed != columnReversed) {
        return new Violation(
            Message.DERIVED_ORDER,
            ordering.property(),
            "its direction disagrees with the others against the clustering order ("
                + declared
                + "): Cassandra reads a partition forwards or backwards",
            "Order every column as declared, or every column reversed");
      }
      reversed = columnReversed;
    }
    return null;
  }

  private static Violation key(String table, String what, String rule, String fix) {
    return new Violation(Message.DERIVED_KEY, table, what, rule, fix);
  }

  private static Operator operator(Comparison comparison) {
    return switch (comparison) {
      case EQUALS -> Operator.EQ;
      case GREATER_THAN -> Operator.GT;
      case GREATER_THAN_EQUAL, BETWEEN -> Operator.GTE;
      case LESS_THAN -> Operator.LT;
      case LESS_THAN_EQUAL -> Operator.LTE;
      case IN -> Operator.IN;
      case CONTAINS -> Operator.CONTAINS;
      case CONTAINS_KEY -> Operator.CONTAINS_KEY;
      case NEAR -> throw new IllegalArgumentException("Near is an ordering, not a restriction");
    };
  }

  private static String names(List<ColumnSchema> columns) {
    return columns.stream().map(ColumnSchema::cql).collect(Collectors.joining(", "));
  }
}
