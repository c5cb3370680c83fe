package dev.augur.processor.check;

import dev.augur.processor.cql.TableName;
import dev.augur.processor.schema.SchemaCatalog;
import dev.augur.processor.schema.TableSchema;
import dev.augur.processor.validation.Message;

/**
 * Finds the table a statement names. A table the catalog does not know is an error only when the
 * catalog is the complete schema; otherwise it may exist on the server, and the statement is only
 * parsed.
 */
final class TableResolver {
  private final Analysis analysis;
  private final TableSchema placeholderTable;

  /**
   * @param placeholderTable the table {@code ${table}} and {@code ${qualifiedTable}} stand for, or
   *     null when unknown
   */
  TableResolver(Analysis analysis, TableSchema placeholderTable) {
    this.analysis = analysis;
    this.placeholderTable = placeholderTable;
  }

  /** The table {@code name} refers to, or null when unknown. */
  TableSchema resolve(TableName name) {
    if (name.placeholder() != null) {
      return placeholderTable;
    }
    SchemaCatalog catalog = analysis.catalog();
    String keyspace = name.keyspace() == null ? null : name.keyspace().name();
    TableSchema table = catalog.table(keyspace, name.table().name()).orElse(null);
    if (table != null || !catalog.complete()) {
      return table;
    }
    if (keyspace != null && !catalog.knowsKeyspace(keyspace)) {
      analysis.error(
          Message.UNKNOWN_KEYSPACE, name.keyspace().cql(), String.join(", ", catalog.keyspaces()));
    } else {
      analysis.error(
          Message.UNKNOWN_TABLE,
          name.display(),
          Suggestions.didYouMean(name.table().name(), catalog.tableNames(keyspace)));
    }
    return null;
  }
}
