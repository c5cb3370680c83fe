package dev.augur.processor.cql;

import java.util.Locale;
import java.util.Set;

/**
 * The reserved words of CQL as of Cassandra 5.0. An unquoted identifier or marker name that is one
 * of them makes the statement fail to parse on the server; double-quoted, it is a name.
 */
public final class CqlKeywords {
  private static final Set<String> RESERVED =
      Set.of(
          "ADD",
          "ALLOW",
          "ALTER",
          "AND",
          "APPLY",
          "ASC",
          "AUTHORIZE",
          "BATCH",
          "BEGIN",
          "BY",
          "COLUMNFAMILY",
          "CREATE",
          "DELETE",
          "DESC",
          "DESCRIBE",
          "DROP",
          "ENTRIES",
          "EXECUTE",
          "FROM",
          "FULL",
          "GRANT",
          "IF",
          "IN",
          "INDEX",
          "INFINITY",
          "INSERT",
          "INTO",
          "IS",
          "KEYSPACE",
          "LIMIT",
          "MATERIALIZED",
          "MODIFY",
          "NAN",
          "NORECURSIVE",
          "NOT",
          "NULL",
          "OF",
          "ON",
          "OR",
          "ORDER",
          "PRIMARY",
          "RENAME",
          "REVOKE",
          "SCHEMA",
          "SELECT",
          "SET",
          "TABLE",
          "TO",
          "TOKEN",
          "TRUNCATE",
          "UNLOGGED",
          "UPDATE",
          "USE",
          "USING",
          "VIEW",
          "WHERE",
          "WITH");

  private CqlKeywords() {}

  /** Whether an unquoted {@code identifier} is a reserved word (case-insensitively). */
  public static boolean isReserved(String identifier) {
    return RESERVED.contains(identifier.toUpperCase(Locale.ROOT));
  }
}
