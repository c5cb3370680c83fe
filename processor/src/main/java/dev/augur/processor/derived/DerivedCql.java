package dev.augur.processor.derived;

import dev.augur.processor.cql.CqlKeywords;
import dev.augur.processor.cql.CqlNames;
import dev.augur.processor.derived.DerivedQuery.Comparison;
import dev.augur.processor.model.ColumnModel;
import dev.augur.processor.model.TableModel;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the CQL of a derived query, on the {@code ${qualifiedTable}} placeholder as Augur's other
 * generated statements, with one named marker per parameter, named after it.
 */
final class DerivedCql {
  static final String TABLE = "${qualifiedTable}";

  private DerivedCql() {}

  // SELECT a, b FROM ${qualifiedTable} WHERE k = :k AND c >= :from AND c <= :to ORDER BY c DESC
  // LIMIT 10
  /**
   * The statement of {@code query} on {@code table}; {@code markers} are the markers of the
   * parameters, in order, as many as the conditions take.
   */
  static String write(DerivedQuery query, TableModel table, List<String> markers) {
    return write(query, table, markers, null);
  }

  // SELECT a, b FROM ${qualifiedTable} WHERE category = :category ORDER BY embedding ANN OF :query
  // LIMIT :limit
  /** As {@link #write(DerivedQuery, TableModel, List)}, with {@code LIMIT limitMarker} if set. */
  static String write(
      DerivedQuery query, TableModel table, List<String> markers, String limitMarker) {
    StringBuilder cql = new StringBuilder();
    switch (query.action()) {
      case FIND -> cql.append("SELECT ").append(selectors(table)).append(" FROM ").append(TABLE);
      case COUNT -> cql.append("SELECT count(*) FROM ").append(TABLE);
      // One row answers it: a count would read every matching row (LIMIT does not bound an
      // aggregate's read).
      case EXISTS ->
          cql.append("SELECT ").append(name(firstKeyColumn(table))).append(" FROM ").append(TABLE);
      case DELETE -> cql.append("DELETE FROM ").append(TABLE);
    }
    List<String> restrictions = new ArrayList<>();
    List<String> orderings = new ArrayList<>();
    int next = 0;
    for (DerivedQuery.Condition condition : query.conditions()) {
      String column = name(column(table, condition.property()));
      Comparison comparison = condition.comparison();
      if (comparison == Comparison.NEAR) {
        orderings.add(column + " ANN OF " + markers.get(next++));
      } else if (comparison == Comparison.BETWEEN) {
        restrictions.add(column + " >= " + markers.get(next++));
        restrictions.add(column + " <= " + markers.get(next++));
      } else {
        restrictions.add(column + " " + comparison.cql() + " " + markers.get(next++));
      }
    }
    if (!restrictions.isEmpty()) {
      cql.append(" WHERE ").append(String.join(" AND ", restrictions));
    }
    query.orderings().stream()
        .map(o -> name(column(table, o.property())) + (o.descending() ? " DESC" : " ASC"))
        .forEach(orderings::add);
    if (!orderings.isEmpty()) {
      cql.append(" ORDER BY ").append(String.join(", ", orderings));
    }
    if (query.action() == DerivedQuery.Action.EXISTS) {
      cql.append(" LIMIT 1");
    } else if (query.limit() > 0) {
      cql.append(" LIMIT ").append(query.limit());
    } else if (limitMarker != null) {
      cql.append(" LIMIT ").append(limitMarker);
    }
    return cql.toString();
  }

  /** The marker of a parameter: its name, quoted when CQL would fold or reject it bare. */
  static String marker(String parameter) {
    return ":" + (bare(parameter) ? parameter : "\"" + parameter + "\"");
  }

  private static boolean bare(String parameter) {
    return parameter.matches("[a-zA-Z][a-zA-Z0-9_]*") && !CqlKeywords.isReserved(parameter);
  }

  static ColumnModel column(TableModel table, String property) {
    return table.columns().stream()
        .filter(c -> c.property().equals(property))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no property " + property));
  }

  private static ColumnModel firstKeyColumn(TableModel table) {
    return table.columns().stream()
        .filter(c -> c.role() == ColumnModel.Role.PARTITION_KEY)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no partition key in " + table));
  }

  /** Every column, computed ones as {@code selector AS alias}, as Augur's selects write them. */
  private static String selectors(TableModel table) {
    return table.columns().stream()
        .map(c -> c.role() == ColumnModel.Role.COMPUTED ? c.computed() + " AS " + name(c) : name(c))
        .collect(Collectors.joining(", "));
  }

  private static String name(ColumnModel column) {
    return CqlNames.quoteIfReserved(column.cqlName());
  }
}
