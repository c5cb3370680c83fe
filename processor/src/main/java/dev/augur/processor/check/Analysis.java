package dev.augur.processor.check;

import dev.augur.processor.schema.SchemaCatalog;
import dev.augur.processor.schema.TableSchema;
import dev.augur.processor.validation.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * What the checks of one statement share: the schema, the findings so far, the markers and their
 * types, and what decides idempotence.
 */
final class Analysis {
  private final SchemaCatalog catalog;
  private final List<Finding> findings = new ArrayList<>();
  private final List<MarkerUse> markers = new ArrayList<>();
  private boolean nonDeterministic;

  Analysis(SchemaCatalog catalog) {
    this.catalog = catalog;
  }

  SchemaCatalog catalog() {
    return catalog;
  }

  void error(Message message, Object... arguments) {
    Finding finding = Finding.error(message, arguments);
    if (!findings.contains(finding)) {
      findings.add(finding);
    }
  }

  void warning(Message message, Object... arguments) {
    Finding finding = Finding.warning(message, arguments);
    if (!findings.contains(finding)) {
      findings.add(finding);
    }
  }

  boolean hasErrors() {
    return findings.stream().anyMatch(Finding::isError);
  }

  List<Finding> findings() {
    return findings;
  }

  void marker(MarkerUse use) {
    markers.add(use);
  }

  List<MarkerUse> markers() {
    return markers;
  }

  /** Notes a call of a function whose result differs on each call, such as now(). */
  void nonDeterministicCall() {
    nonDeterministic = true;
  }

  boolean hasNonDeterministicCall() {
    return nonDeterministic;
  }

  /** The column list of {@code table} for messages: {@code a, b, c}. */
  static String columnList(TableSchema table) {
    return String.join(", ", table.columns().stream().map(c -> c.cql()).toList());
  }
}
