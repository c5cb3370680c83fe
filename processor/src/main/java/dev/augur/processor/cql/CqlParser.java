package dev.augur.processor.cql;

import dev.augur.processor.cql.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * A recursive-descent parser for the statements a DAO runs: SELECT, INSERT, UPDATE, DELETE and
 * BATCH, following Cassandra 5.0's grammar. Keywords are case-insensitive, unquoted names fold to
 * lower case, reserved words must be quoted to be names. Whether the statement makes sense for a
 * schema is the checker's business, not the parser's.
 */
public final class CqlParser {
  private final TokenCursor in;
  private final TermParser terms;
  private final ClauseParser clauses;
  private final SelectorParser selectors;

  private CqlParser(List<Token> tokens) {
    this.in = new TokenCursor(tokens);
    this.terms = new TermParser(in);
    this.clauses = new ClauseParser(in, terms);
    this.selectors = new SelectorParser(in, terms);
  }

  /** Parses one statement, optionally followed by a semicolon. */
  public static Statement parse(String cql) throws CqlSyntaxException {
    CqlParser parser = new CqlParser(CqlLexer.tokenize(cql));
    Statement statement = parser.statement();
    parser.in.acceptSymbol(";");
    if (!parser.in.atEnd()) {
      throw parser.in.expected("the end of the statement");
    }
    return statement;
  }

  /** Parses a type as written in CQL, such as {@code frozen<list<text>>}. */
  public static TypeSyntax parseType(String type) throws CqlSyntaxException {
    CqlParser parser = new CqlParser(CqlLexer.tokenize(type));
    TypeSyntax syntax = parser.terms.type();
    if (!parser.in.atEnd()) {
      throw parser.in.expected("the end of the type");
    }
    return syntax;
  }

  private Statement statement() throws CqlSyntaxException {
    if (in.accept("select")) {
      return select();
    }
    if (in.peek().is("begin")) {
      return batch();
    }
    return modification();
  }

  private Statement modification() throws CqlSyntaxException {
    if (in.accept("insert")) {
      return insert();
    }
    if (in.accept("update")) {
      return update();
    }
    if (in.accept("delete")) {
      return delete();
    }
    throw in.expected("SELECT, INSERT, UPDATE, DELETE or BEGIN BATCH");
  }

  private Statement.Select select() throws CqlSyntaxException {
    boolean json = acceptModifier("json");
    boolean distinct = acceptModifier("distinct");
    List<Statement.Selector> selected = selectors.selectors();
    in.expect("from");
    TableName table = tableName();
    List<Relation> where = in.accept("where") ? clauses.where() : List.of();
    List<Selectable> groupBy = in.acceptAll("group", "by") ? selectors.groupBy() : List.of();
    List<Statement.Ordering> orderings =
        in.acceptAll("order", "by") ? selectors.orderBy() : List.of();
    Term perPartitionLimit = in.acceptAll("per", "partition", "limit") ? clauses.intValue() : null;
    Term limit = in.accept("limit") ? clauses.intValue() : null;
    boolean allowFiltering = in.acceptAll("allow", "filtering");
    return new Statement.Select(
        json,
        distinct,
        selected,
        table,
        where,
        groupBy,
        orderings,
        perPartitionLimit,
        limit,
        allowFiltering);
  }

  /**
   * JSON and DISTINCT are unreserved: they are modifiers only when a selector follows them, as in
   * Cassandra's grammar; otherwise they name a column ({@code SELECT json FROM t}).
   */
  private boolean acceptModifier(String word) {
    if (!in.peek().is(word)) {
      return false;
    }
    Token after = in.peek(1);
    boolean column =
        after.is("from")
            || after.is("as")
            || after.isSymbol(",")
            || after.isSymbol("(")
            || after.isSymbol(".")
            || after.isSymbol("[");
    if (column) {
      return false;
    }
    in.next();
    return true;
  }

  private Statement.Insert insert() throws CqlSyntaxException {
    in.expect("into");
    TableName table = tableName();
    List<Identifier> columns = new ArrayList<>();
    List<Term> values = new ArrayList<>();
    Term json = null;
    if (in.accept("json")) {
      json = terms.simple();
      if (in.accept("default") && !in.accept("null") && !in.accept("unset")) {
        throw in.expected("NULL or UNSET");
      }
    } else {
      in.expectSymbol("(");
      do {
        columns.add(in.name("a column name"));
      } while (in.acceptSymbol(","));
      in.expectSymbol(")");
      in.expect("values");
      in.expectSymbol("(");
      do {
        values.add(terms.term());
      } while (in.acceptSymbol(","));
      in.expectSymbol(")");
    }
    boolean ifNotExists = in.acceptAll("if", "not", "exists");
    Using using = in.accept("using") ? clauses.using(true) : Using.NONE;
    return new Statement.Insert(table, columns, values, json, ifNotExists, using);
  }

  private Statement.Update update() throws CqlSyntaxException {
    TableName table = tableName();
    Using using = in.accept("using") ? clauses.using(true) : Using.NONE;
    in.expect("set");
    List<Assignment> assignments = clauses.assignments();
    in.expect("where");
    List<Relation> where = clauses.where();
    boolean ifExists = false;
    List<Condition> conditions = List.of();
    if (in.accept("if")) {
      ifExists = in.accept("exists");
      if (!ifExists) {
        conditions = clauses.conditions();
      }
    }
    return new Statement.Update(table, using, assignments, where, ifExists, conditions);
  }

  private Statement.Delete delete() throws CqlSyntaxException {
    List<Deletion> deletions = in.peek().is("from") ? List.of() : clauses.deletions();
    in.expect("from");
    TableName table = tableName();
    Using using = in.accept("using") ? clauses.using(false) : Using.NONE;
    in.expect("where");
    List<Relation> where = clauses.where();
    boolean ifExists = false;
    List<Condition> conditions = List.of();
    if (in.accept("if")) {
      ifExists = in.accept("exists");
      if (!ifExists) {
        conditions = clauses.conditions();
      }
    }
    return new Statement.Delete(deletions, table, using, where, ifExists, conditions);
  }

  private Statement.Batch batch() throws CqlSyntaxException {
    in.expect("begin");
    Statement.BatchType type = Statement.BatchType.LOGGED;
    if (in.accept("unlogged")) {
      type = Statement.BatchType.UNLOGGED;
    } else if (in.accept("counter")) {
      type = Statement.BatchType.COUNTER;
    }
    in.expect("batch");
    Using using = in.accept("using") ? clauses.using(true) : Using.NONE;
    List<Statement> statements = new ArrayList<>();
    while (!in.peek().is("apply")) {
      statements.add(modification());
      in.acceptSymbol(";");
    }
    in.expect("apply");
    in.expect("batch");
    return new Statement.Batch(type, using, statements);
  }

  /** {@code table}, {@code ks.table}, or the {@code ${table}} family of placeholders. */
  private TableName tableName() throws CqlSyntaxException {
    Token token = in.peek();
    if (token.kind() == Kind.PLACEHOLDER) {
      in.next();
      if (token.text().equals("keyspace") && in.acceptSymbol(".")) {
        return tableAfterKeyspace(null);
      }
      if (token.text().equals("table") || token.text().equals("qualifiedTable")) {
        return new TableName(null, null, token.text(), token.start());
      }
      throw new CqlSyntaxException(
          "unknown placeholder ${"
              + token.text()
              + "} at offset "
              + token.start()
              + "; use ${keyspace}, ${table} or ${qualifiedTable}",
          token.start());
    }
    Identifier first = in.name("a table name");
    if (in.acceptSymbol(".")) {
      return tableAfterKeyspace(first);
    }
    return new TableName(null, first, null, first.offset());
  }

  private TableName tableAfterKeyspace(Identifier keyspace) throws CqlSyntaxException {
    Token token = in.peek();
    if (token.kind() == Kind.PLACEHOLDER && token.text().equals("table")) {
      in.next();
      return new TableName(keyspace, null, "table", token.start());
    }
    Identifier table = in.name("a table name");
    return new TableName(keyspace, table, null, table.offset());
  }
}
