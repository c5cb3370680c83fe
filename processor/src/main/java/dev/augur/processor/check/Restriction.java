package dev.augur.processor.check;

import dev.augur.processor.cql.Operator;
import dev.augur.processor.cql.Relation;
import dev.augur.processor.schema.ColumnSchema;
import java.util.List;

/**
 * One validated restriction of a WHERE clause, on the columns it names.
 *
 * @param columns the restricted columns: one, several for a tuple relation, or the partition key
 *     for a token relation
 * @param token whether it restricts token(partition key)
 * @param multi whether it is a tuple relation such as (a, b) > (?, ?)
 * @param mapEntry whether it restricts an entry, column[key] = value
 */
record Restriction(
    Relation relation,
    List<ColumnSchema> columns,
    Operator operator,
    boolean token,
    boolean multi,
    boolean mapEntry) {

  ColumnSchema first() {
    return columns.get(0);
  }

  ColumnSchema last() {
    return columns.get(columns.size() - 1);
  }

  boolean isSlice() {
    return operator.isSlice();
  }

  boolean isEq() {
    return operator == Operator.EQ && !mapEntry;
  }

  boolean isIn() {
    return operator == Operator.IN;
  }

  /** CONTAINS, CONTAINS KEY or an entry restriction, which all go through collections. */
  boolean isContains() {
    return operator == Operator.CONTAINS || operator == Operator.CONTAINS_KEY || mapEntry;
  }
}
