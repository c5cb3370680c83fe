package dev.augur.processor.check;

import dev.augur.processor.cql.CqlParser;
import dev.augur.processor.cql.CqlSyntaxException;
import dev.augur.processor.cql.Statement;
import dev.augur.processor.schema.SchemaCatalog;
import dev.augur.processor.schema.TableSchema;
import dev.augur.processor.validation.Message;
import java.util.List;

/**
 * Checks a DAO statement at compile time, as a Cassandra 5.0 node would when preparing and running
 * it: parses it, resolves its table in the schema, applies the rules of its kind, types its markers
 * against the method's parameters and its result against the method's return type, and infers
 * whether it is idempotent.
 *
 * <p>Statements on tables the schema does not have are parsed, their functions checked, and nothing
 * else, unless the schema is declared complete.
 */
public final class QueryChecker {
  private final Analysis analysis;
  private final TermChecker terms;
  private final TableResolver tables;
  private boolean notIdempotent;

  private QueryChecker(SchemaCatalog catalog, TableSchema placeholderTable) {
    this.analysis = new Analysis(catalog);
    this.terms = new TermChecker(analysis);
    this.tables = new TableResolver(analysis, placeholderTable);
  }

  /** Checks {@code cql} in {@code context}. */
  public static CheckResult check(String cql, CheckContext context) {
    Statement statement;
    try {
      statement = CqlParser.parse(cql);
    } catch (CqlSyntaxException e) {
      return new CheckResult(
          null, List.of(Finding.error(Message.CQL_PARSE, e.getMessage())), false, List.of());
    }
    QueryChecker checker = new QueryChecker(context.catalog(), context.placeholderTable());
    Selection selection = checker.statement(statement);
    if (context.parameters() != null) {
      new BindingChecker(checker.analysis).check(context.parameters());
    }
    if (context.expected() != null) {
      new ResultChecker(checker.analysis).check(statement, selection, context.expected());
    }
    boolean idempotent =
        statement instanceof Statement.Select
            || (!checker.notIdempotent
                && !checker.analysis.hasNonDeterministicCall()
                && !ResultChecker.conditional(statement));
    return new CheckResult(
        statement, checker.analysis.findings(), idempotent, checker.analysis.markers());
  }

  /**
   * Whether a statement Augur writes itself (for CRUD annotations) is idempotent: reads are; writes
   * are unless they increment counters, append or prepend to lists, remove list elements by index,
   * call functions such as now() or uuid(), or are conditional.
   */
  public static boolean isIdempotent(String cql, SchemaCatalog catalog) {
    return check(cql, CheckContext.standalone(catalog)).idempotent();
  }

  /** Checks one statement; returns what a SELECT selects (null for others or unknown tables). */
  private Selection statement(Statement statement) {
    if (statement instanceof Statement.Select select) {
      return new SelectChecker(analysis, terms).check(select, tables.resolve(select.table()));
    }
    if (statement instanceof Statement.Insert insert) {
      new InsertChecker(analysis, terms).check(insert, tables.resolve(insert.table()));
      return null;
    }
    if (statement instanceof Statement.Update update) {
      notIdempotent |=
          new UpdateChecker(analysis, terms).check(update, tables.resolve(update.table()));
      return null;
    }
    if (statement instanceof Statement.Delete delete) {
      notIdempotent |=
          new DeleteChecker(analysis, terms).check(delete, tables.resolve(delete.table()));
      return null;
    }
    Statement.Batch batch = (Statement.Batch) statement;
    new BatchChecker(analysis, terms, tables).check(batch);
    for (Statement inner : batch.statements()) {
      statement(inner);
    }
    return null;
  }
}
