package dev.augur.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints Augur's own message when a DAO or the schema action fails startup. */
class AugurStartupFailureAnalyzer extends AbstractFailureAnalyzer<AugurStartupException> {
  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, AugurStartupException cause) {
    return new FailureAnalysis(
        cause.getMessage(),
        "Fix the DAO or the schema it names; augur.schema-action=create-if-not-exists creates"
            + " missing tables, and augur.verify-schema-on-dao-creation=false accepts a deliberate"
            + " difference.",
        cause);
  }
}
