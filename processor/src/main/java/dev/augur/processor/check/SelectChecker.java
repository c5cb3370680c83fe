package dev.augur.processor.check;

import dev.augur.processor.cql.Selectable;
import dev.augur.processor.cql.Statement;
import dev.augur.processor.cql.Term;
import dev.augur.processor.schema.ColumnSchema;
import dev.augur.processor.schema.CqlType;
import dev.augur.processor.schema.CqlType.NativeType;
import dev.augur.processor.schema.TableSchema;
import dev.augur.processor.validation.Message;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of a SELECT beyond its WHERE clause: GROUP BY, ORDER BY, DISTINCT, the limits, and what
 * Cassandra warns about (aggregating over every partition).
 */
final class SelectChecker {
  private final Analysis analysis;
  private final TermChecker terms;

  SelectChecker(Analysis analysis, TermChecker terms) {
    this.analysis = analysis;
    this.terms = terms;
  }

  /** Checks {@code select} on {@code table} (null when unknown), and returns what it selects. */
  Selection check(Statement.Select select, TableSchema table) {
    if (select.perPartitionLimit() != null && select.distinct()) {
      analysis.error(Message.DISTINCT_PER_PARTITION_LIMIT);
    }
    if (table == null) {
      select.where().forEach(r -> RelationMarkers.collect(r, terms));
      limit(select.perPartitionLimit(), "PER PARTITION LIMIT");
      limit(select.limit(), "LIMIT");
      return null;
    }
    Selection selection = new SelectionChecker(analysis, terms, table).check(select);
    List<Restriction> restrictions =
        new RestrictionBuilder(analysis, terms, table, true).build(select.where());
    WhereOutcome where =
        new WhereChecker(analysis)
            .check(
                WhereChecker.Kind.SELECT,
                table,
                restrictions,
                select.allowFiltering(),
                selection.onlyStatic());
    limit(select.perPartitionLimit(), "PER PARTITION LIMIT");
    limit(select.limit(), "LIMIT");
    groupBy(select, table, where);
    AnnRules ann = new AnnRules(analysis, terms);
    ann.vectorRestrictions(table, where);
    if (select.orderings().stream().anyMatch(o -> o.annOf() != null)) {
      ann.check(select, table, where, selection);
    } else {
      orderBy(select, table, where);
    }
    if (select.distinct()) {
      distinct(selection, table, where);
    }
    if (select.perPartitionLimit() != null && selection.aggregate()) {
      analysis.error(Message.AGGREGATE_PER_PARTITION_LIMIT);
    }

    if (selection.aggregate()
        && select.groupBy().isEmpty()
        && !where.restricts(ColumnSchema.Kind.PARTITION_KEY)) {
      analysis.warning(Message.AGGREGATE_WITHOUT_PARTITION);
    }
    return selection;
  }

  private void limit(Term limit, String clause) {
    if (limit == null) {
      return;
    }
    terms.prepare(limit, CqlType.of(NativeType.INT), "the " + clause);
    if (limit instanceof Term.Literal literal
        && literal.kind() == Term.LiteralKind.INTEGER
        && Long.parseLong(literal.text()) <= 0) {
      analysis.error(Message.LIMIT, clause, literal.text());
    }
  }

  private void groupBy(Statement.Select select, TableSchema table, WhereOutcome where) {
    if (select.groupBy().isEmpty()) {
      return;
    }
    List<ColumnSchema> keys = new ArrayList<>(table.partitionKey());
    keys.addAll(table.clustering());
    Iterator<ColumnSchema> next = keys.iterator();
    int clusteringPrefix = 0;
    for (Selectable group : select.groupBy()) {
      if (!(group instanceof Selectable.Column column)) {
        analysis.error(
            Message.GROUP_BY,
            group.toString(),
            "Augur checks GROUP BY on columns only, and this is not one",
            "Group by a column");
        return;
      }
      ColumnSchema schema = table.column(column.column().name());
      if (schema == null) {
        analysis.error(
            Message.UNKNOWN_COLUMN,
            column.column().cql(),
            table.display(),
            "",
            Analysis.columnList(table));
        return;
      }
      if (!schema.isPrimaryKey()) {
        analysis.error(
            Message.GROUP_BY,
            schema.cql(),
            schema.cql()
                + " is not a primary key column, and Cassandra groups only by the primary key",
            "Remove " + schema.cql());
        return;
      }
      while (true) {
        if (!next.hasNext()) {
          analysis.error(
              Message.GROUP_BY,
              schema.cql(),
              "Cassandra groups by primary key columns in their declared order "
                  + table.primaryKeyDisplay(),
              "Reorder the GROUP BY columns");
          return;
        }
        ColumnSchema key = next.next();
        if (key.kind() == ColumnSchema.Kind.CLUSTERING) {
          clusteringPrefix++;
        }
        if (key.equals(schema)) {
          break;
        }
        if (!where.restrictedByEq(key)) {
          analysis.error(
              Message.GROUP_BY,
              schema.cql(),
              "Cassandra groups by primary key columns in their declared order "
                  + table.primaryKeyDisplay()
                  + ", and "
                  + key.cql()
                  + " is skipped without being restricted by =",
              "Group by " + key.cql() + " first");
          return;
        }
      }
    }
    if (next.hasNext() && next.next().kind() == ColumnSchema.Kind.PARTITION_KEY) {
      analysis.error(
          Message.GROUP_BY,
          WhereChecker.columns(table.partitionKey().subList(0, 1)) + "...",
          "Cassandra does not group by a part of the partition key",
          "Group by the whole partition key " + WhereChecker.columns(table.partitionKey()));
    } else if (clusteringPrefix > 0 && select.distinct()) {
      analysis.error(
          Message.GROUP_BY,
          "clustering columns",
          "SELECT DISTINCT returns one row per partition, so Cassandra rejects grouping by"
              + " clustering columns",
          "Remove DISTINCT, or group by the partition key only");
    }
  }

  private void orderBy(Statement.Select select, TableSchema table, WhereOutcome where) {
    List<Statement.Ordering> orderings = select.orderings();
    if (orderings.isEmpty() || orderings.stream().anyMatch(o -> o.annOf() != null)) {
      return;
    }
    if (where.usesIndex()) {
      analysis.error(Message.ORDER_BY_INDEX, String.join(", ", where.indexColumns()));
      return;
    }
    String partitionKey = WhereChecker.columns(table.partitionKey());
    if (where.keyRange()) {
      analysis.error(Message.ORDER_BY_PARTITION, partitionKey, table.display(), partitionKey);
      return;
    }
    Map<ColumnSchema, Boolean> columns = new LinkedHashMap<>();
    for (Statement.Ordering ordering : orderings) {
      ColumnSchema column = table.column(ordering.column().name());
      if (column == null) {
        analysis.error(
            Message.UNKNOWN_COLUMN,
            ordering.column().cql(),
            table.display(),
            "",
            Analysis.columnList(table));
        return;
      }
      if (column.kind() != ColumnSchema.Kind.CLUSTERING) {
        analysis.error(
            Message.ORDER_BY_COLUMN, column.cql(), table.display(), clusteringOrder(table));
        return;
      }
      columns.putIfAbsent(column, ordering.descending());
    }
    int position = 0;
    Boolean reversed = null;
    for (Map.Entry<ColumnSchema, Boolean> entry : columns.entrySet()) {
      ColumnSchema column = entry.getKey();
      while (position < column.position()) {
        ColumnSchema skipped = table.clustering().get(position++);
        if (!where.restrictedByEq(skipped)) {
          analysis.error(
              Message.ORDER_BY_SEQUENCE,
              column.cql(),
              skipped.cql(),
              clusteringOrder(table),
              skipped.cql(),
              skipped.cql());
          return;
        }
      }
      if (position > column.position()) {
        analysis.error(
            Message.ORDER_BY_SEQUENCE,
            column.cql(),
            table.clustering().get(column.position()).cql(),
            clusteringOrder(table),
            column.cql(),
            column.cql());
        return;
      }
      position++;
      boolean columnReversed = entry.getValue() != column.descending();
      if (reversed != null && reversed != columnReversed) {
        analysis.error(
            Message.ORDER_BY_DIRECTION,
            orderingDisplay(orderings),
            table.display(),
            clusteringOrder(table));
        return;
      }
      reversed = columnReversed;
    }
    boolean multiplePartitions = table.partitionKey().stream().anyMatch(where::restrictedBySeveral);
    if (multiplePartitions) {
      analysis.error(Message.ORDER_BY_PAGING);
    }
  }

  private void distinct(Selection selection, TableSchema table, WhereOutcome where) {
    boolean restrictsRows =
        where.restricts(ColumnSchema.Kind.CLUSTERING) || where.restricts(ColumnSchema.Kind.REGULAR);
    if (restrictsRows) {
      analysis.error(
          Message.DISTINCT,
          "with a WHERE clause on clustering or regular columns",
          "it can only restrict partition key and static columns",
          "Remove those restrictions, or DISTINCT");
      return;
    }
    List<ColumnSchema> requested =
        selection.wildcard() ? table.selectStarOrder() : selection.referenced();
    for (ColumnSchema column : requested) {
      if (column.kind() != ColumnSchema.Kind.PARTITION_KEY
          && column.kind() != ColumnSchema.Kind.STATIC) {
        analysis.error(
            Message.DISTINCT,
            column.cql(),
            "it returns only partition key and static columns",
            "Select only those, or remove DISTINCT");
        return;
      }
    }
    if (where.keyRange()) {
      for (ColumnSchema key : table.partitionKey()) {
        if (!requested.contains(key)) {
          analysis.error(
              Message.DISTINCT,
              "without " + key.cql(),
              "over a range of partitions it must return the whole partition key",
              "Select " + WhereChecker.columns(table.partitionKey()));
          return;
        }
      }
    }
  }

  private static String clusteringOrder(TableSchema table) {
    List<ColumnSchema> clustering = table.clustering();
    if (clustering.isEmpty()) {
      return "none";
    }
    return String.join(
        ", ", clustering.stream().map(c -> c.cql() + (c.descending() ? " DESC" : " ASC")).toList());
  }

  private static String orderingDisplay(List<Statement.Ordering> orderings) {
    return String.join(
        ", ",
        orderings.stream()
            .map(o -> o.column().cql() + (o.descending() ? " DESC" : " ASC"))
            .toList());
  }
}
