package dev.augur.processor.cql;

import java.util.List;

/** A parsed DML statement: what a DAO method runs. */
public sealed interface Statement {

  /** The statement's kind as Cassandra names it in messages: SELECT, INSERT, ... */
  String kind();

  /**
   * A SELECT.
   *
   * @param selectors what is selected; empty for {@code *}
   * @param orderings ORDER BY terms
   * @param limit LIMIT, or null
   * @param perPartitionLimit PER PARTITION LIMIT, or null
   */
  record Select(
      boolean json,
      boolean distinct,
      List<Selector> selectors,
      TableName table,
      List<Relation> where,
      List<Selectable> groupBy,
      List<Ordering> orderings,
      Term perPartitionLimit,
      Term limit,
      boolean allowFiltering)
      implements Statement {
    public Select {
      selectors = List.copyOf(selectors);
      where = List.copyOf(where);
      groupBy = List.copyOf(groupBy);
      orderings = List.copyOf(orderings);
    }

    @Override
    public String kind() {
      return "SELECT";
    }

    /** Whether this is {@code SELECT *}. */
    public boolean selectsAll() {
      return selectors.isEmpty();
    }
  }

  /** One selector of a SELECT, with its alias (or null). */
  record Selector(Selectable value, Identifier alias) {}

  /** One ORDER BY term; {@code annOf} is the vector of an {@code ANN OF} ordering, or null. */
  record Ordering(Identifier column, boolean descending, Term annOf) {}

  /**
   * An INSERT, with a column list and values or with {@code JSON}.
   *
   * @param json the JSON value of {@code INSERT ... JSON}, or null
   */
  record Insert(
      TableName table,
      List<Identifier> columns,
      List<Term> values,
      Term json,
      boolean ifNotExists,
      Using using)
      implements Statement {
    public Insert {
      columns = List.copyOf(columns);
      values = List.copyOf(values);
    }

    @Override
    public String kind() {
      return "INSERT";
    }
  }

  /** An UPDATE. */
  record Update(
      TableName table,
      Using using,
      List<Assignment> assignments,
      List<Relation> where,
      boolean ifExists,
      List<Condition> conditions)
      implements Statement {
    public Update {
      assignments = List.copyOf(assignments);
      where = List.copyOf(where);
      conditions = List.copyOf(conditions);
    }

    @Override
    public String kind() {
      return "UPDATE";
    }

    /** Whether this is a lightweight transaction. */
    public boolean isConditional() {
      return ifExists || !conditions.isEmpty();
    }
  }

  /** A DELETE; no deletions means whole rows. */
  record Delete(
      List<Deletion> deletions,
      TableName table,
      Using using,
      List<Relation> where,
      boolean ifExists,
      List<Condition> conditions)
      implements Statement {
    public Delete {
      deletions = List.copyOf(deletions);
      where = List.copyOf(where);
      conditions = List.copyOf(conditions);
    }

    @Override
    public String kind() {
      return "DELETE";
    }

    /** Whether this is a lightweight transaction. */
    public boolean isConditional() {
      return ifExists || !conditions.isEmpty();
    }
  }

  /** A BATCH of INSERT, UPDATE and DELETE statements. */
  record Batch(BatchType type, Using using, List<Statement> statements) implements Statement {
    public Batch {
      statements = List.copyOf(statements);
    }

    @Override
    public String kind() {
      return "BATCH";
    }
  }

  /** The kinds of batch. */
  enum BatchType {
    LOGGED,
    UNLOGGED,
    COUNTER
  }
}
