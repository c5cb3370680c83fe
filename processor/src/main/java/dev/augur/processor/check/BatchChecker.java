package dev.augur.processor.check;

import dev.augur.processor.cql.Statement;
import dev.augur.processor.cql.TableName;
import dev.augur.processor.schema.CqlType;
import dev.augur.processor.schema.CqlType.NativeType;
import dev.augur.processor.schema.TableSchema;
import dev.augur.processor.validation.Message;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The rules of a BATCH beyond those of its statements: counter updates only in COUNTER batches and
 * nothing else there, a timestamp on the batch or on its statements but not both, no TTL for the
 * whole batch, and conditions on one table only.
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
    }
    boolean conditional = ResultChecker.conditional(batch);
    if (conditional && batch.using().timestamp() != null) {
      analysis.error(Message.CONDITIONAL_TIMESTAMP);
    }
    Set<String> conditionalTables = new LinkedHashSet<>();
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
      }
      if (ResultChecker.conditional(statement)) {
        conditionalTables.add(name.display());
      }
    }
    if (counters && others && batch.type() == Statement.BatchType.UNLOGGED) {
      analysis.error(
          Message.BATCH,
          "mixes counter updates with other writes",
          "Cassandra applies counter and other mutations separately, never in one batch",
          "Split the batch: one for the counters (BEGIN COUNTER BATCH), one for the rest");
    }
    if (conditionalTables.size() > 1) {
      analysis.error(
          Message.BATCH,
          "has conditions on several tables (" + String.join(", ", conditionalTables) + ")",
          "Cassandra runs a conditional batch as one lightweight transaction on one partition of"
              + " one table",
          "Split the batch");
    }
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
