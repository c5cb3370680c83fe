package dev.augur.processor.check;

import dev.augur.processor.cql.Statement;
import dev.augur.processor.cql.TableName;
import dev.augur.processor.schema.CqlType;
import dev.augur.processor.schema.CqlType.NativeType;
import dev.augur.processor.schema.TableSchema;
import dev.augur.processor.validation.Message;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of a BATCH beyond those of its statements: counter updates only in COUNTER batches and
 * nothing else there, a timestamp on the batch or on its statements but not both (and never on a
 * counter batch), each option once, no TTL for the whole batch, and a conditional batch on one
 * partition of one table, with one kind of condition per row.
 */
final class BatchChecker {
  private final Analysis analysis;
  private final TermChecker terms;
  private final TableResolver tables;

  BatchChecker(Analysis analysis, TermChecker terms, TableResolver tables) {
    this.analysis = analysis;
    this.terms = terms;
    this.tables = tables;
  }

  /** Checks the batch's own rules; the caller checks each statement. */
  void check(Statement.Batch batch) {
    batch.using().repeated().stream()
        .distinct()
        .forEach(option -> analysis.error(Message.USING_REPEATED, option, option));
    if (batch.using().ttl() != null) {
      analysis.error(
          Message.BATCH,
          "sets USING TTL",
          "Cassandra has no TTL for a whole batch",
          "Set USING TTL on its statements");
    }
    if (batch.using().timestamp() != null) {
      terms.prepare(
          batch.using().timestamp(), CqlType.of(NativeType.BIGINT), "the batch TIMESTAMP");
      if (batch.type() == Statement.BatchType.COUNTER) {
        analysis.error(
            Message.BATCH,
            "is a COUNTER batch with USING TIMESTAMP",
            "Cassandra rejects custom timestamps for counter updates",
            "Remove USING TIMESTAMP");
      }
    }
    boolean conditional = ResultChecker.conditional(batch);
    if (conditional && batch.using().timestamp() != null) {
      analysis.error(Message.CONDITIONAL_TIMESTAMP);
    }
    Set<String> tableNames = new LinkedHashSet<>();
    List<Statement> known = new ArrayList<>();
    List<TableSchema> knownTables = new ArrayList<>();
    boolean counters = false;
    boolean others = false;
    for (Statement statement : batch.statements()) {
      if (batch.using().timestamp() != null && timestamp(statement)) {
        analysis.error(
            Message.BATCH,
            "sets USING TIMESTAMP on the batch and on a statement",
            "Cassandra takes one or the other",
            "Set the timestamp in one place");
      }
      TableName name = table(statement);
      TableSchema table = name.placeholder() != null ? null : tables.resolve(name);
      tableNames.add(table != null ? table.display() : name.display());
      if (table != null && table.isCounterTable() && batch.type() == Statement.BatchType.LOGGED) {
        analysis.error(
            Message.BATCH,
            "is logged and updates counter table " + table.display(),
            "Cassandra keeps counter updates out of logged batches, as replaying them would count"
                + " twice",
            "Use BEGIN COUNTER BATCH");
      }
      if (table != null && !table.isCounterTable() && batch.type() == Statement.BatchType.COUNTER) {
        analysis.error(
            Message.BATCH,
            "is a COUNTER batch and writes " + table.display(),
            "a counter batch holds counter updates only",
            "Move the statement to another batch");
      }
      if (table != null) {
        counters |= table.isCounterTable();
        others |= !table.isCounterTable();
        known.add(statement);
        knownTables.add(table);
      }
    }
    if (counters && others && batch.type() == Statement.BatchType.UNLOGGED) {
      analysis.error(
          Message.BATCH,
          "mixes counter updates with other writes",
          "Cassandra applies counter and other mutations separately, never in one batch",
          "Split the batch: one for the counters (BEGIN COUNTER BATCH), one for the rest");
    }
    if (!conditional) {
      return;
    }
    if (tableNames.size() > 1) {
      analysis.error(
          Message.BATCH,
          "has conditions and writes several tables (" + String.join(", ", tableNames) + ")",
          "Cassandra runs a conditional batch as one lightweight transaction on one partition of"
              + " one table",
          "Split the batch");
    } else {
      onePartition(known, knownTables);
    }
  }

  /**
   * The rules of a conditional batch Cassandra checks only when it runs, reported where the keys
   * written in the statement decide them: one partition, and one kind of condition per row.
   */
  private void onePartition(List<Statement> statements, List<TableSchema> tables) {
    List<BatchRows.Key> keys = new ArrayList<>();
    for (int i = 0; i < statements.size(); i++) {
      keys.add(BatchRows.key(statements.get(i), tables.get(i)));
    }
    for (int i = 0; i < keys.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (keys.get(i).otherPartition(keys.get(j))) {
          analysis.error(
              Message.BATCH,
              "has conditions and writes two partitions of "
                  + tables.get(i).display()
                  + " ("
                  + keys.get(j).display()
                  + "; "
                  + keys.get(i).display()
                  + ")",
              "Cassandra runs a conditional batch on one partition, and rejects this one every time"
                  + " it runs",
              "Split the batch");
          return;
        }
        BatchRows.ConditionKind mine = BatchRows.condition(statements.get(i));
        BatchRows.ConditionKind theirs = BatchRows.condition(statements.get(j));
        if (mine != null && theirs != null && mine != theirs && keys.get(i).sameRow(keys.get(j))) {
          analysis.error(
              Message.BATCH,
              "has "
                  + describe(theirs)
                  + " and "
                  + describe(mine)
                  + " on one row of "
                  + tables.get(i).display()
                  + " ("
                  + keys.get(i).display()
                  + ")",
              "Cassandra takes one kind of condition per row (IF NOT EXISTS, IF EXISTS or IF"
                  + " column conditions), and rejects this batch every time it runs",
              "Keep one kind of condition for the row");
          return;
        }
      }
    }
  }

  private static String describe(BatchRows.ConditionKind kind) {
    return switch (kind) {
      case NOT_EXISTS -> "IF NOT EXISTS";
      case EXISTS -> "IF EXISTS";
      case COLUMNS -> "IF conditions";
    };
  }

  private static boolean timestamp(Statement statement) {
    if (statement instanceof Statement.Insert insert) {
      return insert.using().timestamp() != null;
    }
    if (statement instanceof Statement.Update update) {
      return update.using().timestamp() != null;
    }
    return statement instanceof Statement.Delete delete && delete.using().timestamp() != null;
  }

  static TableName table(Statement statement) {
    if (statement instanceof Statement.Insert insert) {
      return insert.table();
    }
    if (statement instanceof Statement.Update update) {
      return update.table();
    }
    if (statement instanceof Statement.Delete delete) {
      return delete.table();
    }
    return ((Statement.Select) statement).table();
  }
}
