package dev.augur.processor.check;

import dev.augur.processor.cql.Relation;
import dev.augur.processor.cql.Term;

/**
 * The markers and functions of a WHERE clause on a table the checker does not know: they are still
 * collected (with unknown types), so that functions are checked and idempotence inferred.
 */
final class RelationMarkers {
  private RelationMarkers() {}

  static void collect(Relation relation, TermChecker terms) {
    if (relation instanceof Relation.Single single) {
      if (single.key() != null) {
        terms.prepare(single.key(), null, "column " + single.column().cql());
      }
      prepare(single.value(), terms, "column " + single.column().cql());
    } else if (relation instanceof Relation.Multi multi) {
      prepare(multi.value(), terms, "the tuple " + Terms.names(multi.columns()));
    } else if (relation instanceof Relation.Token token) {
      prepare(token.value(), terms, "the partition key token");
    }
  }

  private static void prepare(Term value, TermChecker terms, String receiver) {
    if (value instanceof Term.InValues in) {
      in.values().forEach(v -> terms.prepare(v, null, receiver));
    } else if (value instanceof Term.FunctionCall call && call.name().equals("token")) {
      call.arguments().forEach(a -> terms.prepare(a, null, receiver));
    } else {
      terms.prepare(value, null, receiver);
    }
  }
}
