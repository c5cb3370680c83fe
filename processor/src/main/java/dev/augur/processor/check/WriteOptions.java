package dev.augur.processor.check;

import dev.augur.processor.cql.Term;
import dev.augur.processor.cql.Using;
import dev.augur.processor.schema.CqlType;
import dev.augur.processor.schema.CqlType.NativeType;
import dev.augur.processor.schema.TableSchema;
import dev.augur.processor.validation.Message;

/**
 * The rules shared by INSERT, UPDATE and DELETE: USING TTL and TIMESTAMP, what counter tables
 * refuse, and what conditional statements (lightweight transactions) refuse.
 */
final class WriteOptions {
  /** Cassandra's maximum TTL: 20 years, in seconds. */
  private static final long MAX_TTL = 630_720_000L;

  private final Analysis analysis;
  private final TermChecker terms;

  WriteOptions(Analysis analysis, TermChecker terms) {
    this.analysis = analysis;
    this.terms = terms;
  }

  /** Checks USING and the counter and condition rules of a write on {@code table} (or null). */
  void check(Using using, TableSchema table, boolean conditional) {
    using.repeated().stream()
        .distinct()
        .forEach(option -> analysis.error(Message.USING_REPEATED, option, option));
    if (using.ttl() != null) {
      terms.prepare(using.ttl(), CqlType.of(NativeType.INT), "the TTL");
      if (using.ttl() instanceof Term.Literal literal
          && literal.kind() == Term.LiteralKind.INTEGER) {
        long ttl = Long.parseLong(literal.text());
        if (ttl < 0 || ttl > MAX_TTL) {
          analysis.error(Message.TTL_RANGE, literal.text());
        }
      }
    }
    if (using.timestamp() != null) {
      terms.prepare(using.timestamp(), CqlType.of(NativeType.BIGINT), "the TIMESTAMP");
    }
    if (conditional && using.timestamp() != null) {
      analysis.error(Message.CONDITIONAL_TIMESTAMP);
    }
    if (table != null && table.isCounterTable()) {
      if (using.ttl() != null) {
        analysis.error(Message.COUNTER_OPTIONS, "USING TTL", table.display(), "a TTL");
      }
      if (using.timestamp() != null) {
        analysis.error(
            Message.COUNTER_OPTIONS, "USING TIMESTAMP", table.display(), "a custom timestamp");
      }
      if (conditional) {
        analysis.error(Message.CONDITIONAL_COUNTER, table.display());
      }
    }
  }
}
