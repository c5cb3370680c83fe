package dev.augur.processor.cql;

import dev.augur.processor.cql.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses a CQL schema file: {@code CREATE KEYSPACE}, {@code CREATE TYPE}, {@code CREATE TABLE},
 * {@code CREATE [CUSTOM] INDEX}, {@code CREATE FUNCTION}/{@code AGGREGATE} and {@code USE}, as
 * written by hand or by {@code DESCRIBE SCHEMA}. Table options other than {@code CLUSTERING ORDER
 * BY} are skipped; so are views, roles, grants and triggers, which no DAO statement needs.
 */
public final class DdlParser {
  private final TokenCursor in;
  private final TermParser terms;

  private DdlParser(List<Token> tokens) {
    this.in = new TokenCursor(tokens);
    this.terms = new TermParser(in);
  }

  /** The statements of {@code cql}, separated by semicolons. */
  public static List<DdlStatement> parse(String cql) throws CqlSyntaxException {
    DdlParser parser = new DdlParser(CqlLexer.tokenize(cql));
    List<DdlStatement> statements = new ArrayList<>();
    while (!parser.in.atEnd()) {
      if (parser.in.acceptSymbol(";")) {
        continue;
      }
      statements.add(parser.statement());
      if (!parser.in.atEnd()) {
        parser.in.expectSymbol(";");
      }
    }
    return statements;
  }

  private DdlStatement statement() throws CqlSyntaxException {
    if (in.accept("use")) {
      return new DdlStatement.Use(in.name("a keyspace name"));
    }
    if (!in.peek().is("create")) {
      return skipUnless(false, "CREATE or USE");
    }
    in.next();
    in.acceptAll("or", "replace");
    if (in.accept("keyspace")) {
      ifNotExists();
      Identifier keyspace = in.name("a keyspace name");
      skipToEnd();
      return new DdlStatement.CreateKeyspace(keyspace);
    }
    if (in.accept("type")) {
      return createType();
    }
    if (in.accept("table") || in.accept("columnfamily")) {
      return createTable();
    }
    if (in.accept("custom")) {
      in.expect("index");
      return createIndex();
    }
    if (in.accept("index")) {
      return createIndex();
    }
    if (in.accept("function") || in.peek().is("aggregate")) {
      return createFunction();
    }
    return skipUnless(
        in.peek().is("materialized")
            || in.peek().is("role")
            || in.peek().is("user")
            || in.peek().is("trigger"),
        "KEYSPACE, TYPE, TABLE, INDEX, FUNCTION or AGGREGATE after CREATE");
  }

  private DdlStatement skipUnless(boolean skippable, String expected) throws CqlSyntaxException {
    if (!skippable && !in.peek().is("grant")) {
      throw in.expected(expected);
    }
    String what = in.peek().text();
    skipToEnd();
    return new DdlStatement.Skipped(what);
  }

  private void ifNotExists() {
    in.acceptAll("if", "not", "exists");
  }

  /** {@code {keyspace or null, name}} of a possibly qualified name. */
  private Identifier[] qualified(String what) throws CqlSyntaxException {
    Identifier first = in.name(what);
    if (in.acceptSymbol(".")) {
      return new Identifier[] {first, in.name(what)};
    }
    return new Identifier[] {null, first};
  }

  private DdlStatement createType() throws CqlSyntaxException {
    ifNotExists();
    Identifier[] name = qualified("a type name");
    in.expectSymbol("(");
    List<DdlStatement.Field> fields = new ArrayList<>();
    do {
      fields.add(new DdlStatement.Field(in.name("a field name"), terms.type()));
    } while (in.acceptSymbol(","));
    in.expectSymbol(")");
    return new DdlStatement.CreateType(name[0], name[1], fields);
  }

  private DdlStatement createTable() throws CqlSyntaxException {
    ifNotExists();
    Identifier[] name = qualified("a table name");
    in.expectSymbol("(");
    List<DdlStatement.ColumnDefinition> columns = new ArrayList<>();
    List<Identifier> partitionKey = new ArrayList<>();
    List<Identifier> clustering = new ArrayList<>();
    do {
      if (in.acceptAll("primary", "key")) {
        in.expectSymbol("(");
        if (in.acceptSymbol("(")) {
          do {
            partitionKey.add(in.name("a column name"));
          } while (in.acceptSymbol(","));
          in.expectSymbol(")");
        } else {
          partitionKey.add(in.name("a column name"));
        }
        while (in.acceptSymbol(",")) {
          clustering.add(in.name("a column name"));
        }
        in.expectSymbol(")");
        continue;
      }
      Identifier column = in.name("a column name");
      TypeSyntax type = terms.type();
      boolean isStatic = in.accept("static");
      if (in.acceptAll("primary", "key")) {
        partitionKey.add(column);
      }
      if (in.accept("masked")) {
        skipMaskingFunction();
      }
      columns.add(new DdlStatement.ColumnDefinition(column, type, isStatic));
    } while (in.acceptSymbol(","));
    in.expectSymbol(")");
    List<Identifier> descending = new ArrayList<>();
    if (in.accept("with")) {
      do {
        if (in.acceptAll("clustering", "order", "by")) {
          in.expectSymbol("(");
          do {
            Identifier column = in.name("a column name");
            if (in.accept("desc")) {
              descending.add(column);
            } else {
              in.accept("asc");
            }
          } while (in.acceptSymbol(","));
          in.expectSymbol(")");
        } else {
          skipOption();
        }
      } while (in.accept("and"));
    }
    return new DdlStatement.CreateTable(
        name[0], name[1], columns, partitionKey, clustering, descending);
  }

  private DdlStatement createIndex() throws CqlSyntaxException {
    ifNotExists();
    Identifier indexName = in.peek().is("on") ? null : in.name("an index name");
    in.expect("on");
    Identifier[] table = qualified("a table name");
    in.expectSymbol("(");
    String target = null;
    Identifier column;
    boolean wrapped =
        (in.peek().is("keys")
                || in.peek().is("values")
                || in.peek().is("entries")
                || in.peek().is("full"))
            && in.peek(1).isSymbol("(");
    if (wrapped) {
      target = in.next().folded();
      in.expectSymbol("(");
      column = in.name("a column name");
      in.expectSymbol(")");
    } else {
      column = in.name("a column name");
    }
    in.expectSymbol(")");
    String using = null;
    if (in.accept("using")) {
      Token type = in.next();
      if (type.kind() != Kind.STRING) {
        throw new CqlSyntaxException(
            "an index class in quotes expected at offset " + type.start(), type.start());
      }
      using = type.text();
    }
    skipToEnd();
    return new DdlStatement.CreateIndex(indexName, table[0], table[1], column, target, using);
  }

  private DdlStatement createFunction() throws CqlSyntaxException {
    boolean aggregate = in.accept("aggregate");
    ifNotExists();
    Identifier[] name = qualified("a function name");
    in.expectSymbol("(");
    List<TypeSyntax> arguments = new ArrayList<>();
    if (!in.acceptSymbol(")")) {
      do {
        if (!aggregate) {
          in.name("an argument name");
        }
        arguments.add(terms.type());
      } while (in.acceptSymbol(","));
      in.expectSymbol(")");
    }
    TypeSyntax returnType = null;
    while (!in.atEnd() && !in.peek().isSymbol(";")) {
      if (!aggregate && in.accept("returns") && !in.peek().is("null")) {
        returnType = terms.type();
      } else {
        in.next();
      }
    }
    return new DdlStatement.CreateFunction(name[0], name[1], arguments, returnType);
  }

  /** {@code MASKED WITH function(args)} or {@code MASKED WITH DEFAULT}. */
  private void skipMaskingFunction() throws CqlSyntaxException {
    in.expect("with");
    in.next();
    if (in.acceptSymbol("(")) {
      int depth = 1;
      while (depth > 0 && !in.atEnd()) {
        Token token = in.next();
        depth += token.isSymbol("(") ? 1 : token.isSymbol(")") ? -1 : 0;
      }
    }
  }

  /** Skips {@code name = value} of WITH, up to the next top-level AND or the end. */
  private void skipOption() {
    int depth = 0;
    while (!in.atEnd() && !in.peek().isSymbol(";")) {
      Token token = in.peek();
      if (depth == 0 && token.is("and")) {
        return;
      }
      if (token.isSymbol("{") || token.isSymbol("(") || token.isSymbol("[")) {
        depth++;
      } else if (token.isSymbol("}") || token.isSymbol(")") || token.isSymbol("]")) {
        depth--;
      }
      in.next();
    }
  }

  private void skipToEnd() {
    while (!in.atEnd() && !in.peek().isSymbol(";")) {
      in.next();
    }
  }
}
