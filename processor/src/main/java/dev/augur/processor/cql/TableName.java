package dev.augur.processor.cql;

/**
 * The table a statement names.
 *
 * @param keyspace the keyspace it is qualified with, or null
 * @param table the table's name
 * @param placeholder the {@code ${...}} placeholder written instead of the name ({@code table} or
 *     {@code qualifiedTable}), filled in when the DAO is created; null when the name is written out
 * @param offset where the table's own name (or its placeholder) starts in the statement
 */
public record TableName(Identifier keyspace, Identifier table, String placeholder, int offset) {

  /** How the name reads in messages: {@code ks.table} or {@code table}. */
  public String display() {
    if (placeholder != null) {
      return "${" + placeholder + "}";
    }
    return keyspace == null ? table.cql() : keyspace.cql() + "." + table.cql();
  }
}
