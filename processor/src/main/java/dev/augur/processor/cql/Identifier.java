package dev.augur.processor.cql;

import java.util.regex.Pattern;

/**
 * A name in a statement: a column, table, keyspace, field, function or alias.
 *
 * @param name the name as Cassandra stores it: an unquoted name folded to lower case, a quoted one
 *     as written without its quotes
 * @param quoted whether it was written in double quotes
 * @param offset where it starts in the statement
 */
public record Identifier(String name, boolean quoted, int offset) {
  private static final Pattern PLAIN = Pattern.compile("[a-z][a-z0-9_]*");

  /** An identifier made by Augur rather than read from a statement. */
  public static Identifier of(String name) {
    return new Identifier(name, false, -1);
  }

  /** The name as CQL text: bare when that reads back the same, double-quoted otherwise. */
  public String cql() {
    return cql(name);
  }

  /** {@code name} as CQL text: bare when that reads back the same, double-quoted otherwise. */
  public static String cql(String name) {
    if (PLAIN.matcher(name).matches() && !CqlKeywords.isReserved(name)) {
      return name;
    }
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  @Override
  public String toString() {
    return cql();
  }
}
