package dev.augur.processor.check;

import dev.augur.processor.cql.Statement;
import java.util.List;

/**
 * What the checker found in a statement.
 *
 * @param statement the parsed statement, or null when it does not parse
 * @param findings errors and warnings, in the order found
 * @param idempotent whether running the statement twice has the effect of running it once
 * @param markers the bind markers with the types their positions give them
 */
public record CheckResult(
    Statement statement, List<Finding> findings, boolean idempotent, List<MarkerUse> markers) {
  public CheckResult {
    findings = List.copyOf(findings);
    markers = List.copyOf(markers);
  }

  public boolean hasErrors() {
    return findings.stream().anyMatch(Finding::isError);
  }
}
