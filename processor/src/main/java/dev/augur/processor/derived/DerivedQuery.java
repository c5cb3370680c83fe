package dev.augur.processor.derived;

import java.util.List;

/**
 * What a derived method's name says: {@code findFirst10ByUserIdAndOrderDateGreaterThanOrderBy
 * OrderDateDesc} reads as a find of at most 10 rows, restricted by two conditions, ordered.
 *
 * @param action what the query does
 * @param limit the row limit of {@code First}/{@code Top}, or 0 for none
 * @param conditions the conditions, in the order of the name (and of the parameters); a {@code
 *     Near} among them is the ANN ordering, written first in ORDER BY
 * @param orderings ORDER BY, in order
 */
public record DerivedQuery(
    Action action, int limit, List<Condition> conditions, List<Ordering> orderings) {

  public DerivedQuery {
    conditions = List.copyOf(conditions);
    orderings = List.copyOf(orderings);
  }

  /** The {@code Near} condition, an ANN ordering ({@code findTop10ByEmbeddingNear}), or null. */
  public Condition near() {
    return conditions.stream()
        .filter(c -> c.comparison() == Comparison.NEAR)
        .findFirst()
        .orElse(null);
  }

  /** What a derived query does, from the first word of the name. */
  public enum Action {
    FIND("find"),
    COUNT("count"),
    EXISTS("exists"),
    DELETE("delete");

    private final String word;

    Action(String word) {
      this.word = word;
    }

    /** The action as a word in messages. */
    public String word() {
      return word;
    }
  }

  /** One condition: a property and how it is compared. */
  public record Condition(String property, Comparison comparison) {}

  /** One ORDER BY term. */
  public record Ordering(String property, boolean descending) {}

  /** The comparisons a name may end a property with, and how many parameters each takes. */
  public enum Comparison {
    EQUALS("=", 1),
    GREATER_THAN(">", 1),
    GREATER_THAN_EQUAL(">=", 1),
    LESS_THAN("<", 1),
    LESS_THAN_EQUAL("<=", 1),
    BETWEEN(">= ... <=", 2),
    IN("IN", 1),
    CONTAINS("CONTAINS", 1),
    CONTAINS_KEY("CONTAINS KEY", 1),
    /** Not a restriction: orders by approximate nearest neighbour of the vector it binds. */
    NEAR("ANN OF", 1);

    private final String cql;
    private final int parameters;

    Comparison(String cql, int parameters) {
      this.cql = cql;
      this.parameters = parameters;
    }

    public String cql() {
      return cql;
    }

    /** How many method parameters the condition binds. */
    public int parameters() {
      return parameters;
    }

    /** Whether it bounds a range, which Cassandra allows only on the last clustering column. */
    public boolean isRange() {
      return this == GREATER_THAN
          || this == GREATER_THAN_EQUAL
          || this == LESS_THAN
          || this == LESS_THAN_EQUAL
          || this == BETWEEN;
    }
  }
}
