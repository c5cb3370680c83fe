package dev.augur.processor.cql;

/** The operators of WHERE relations and IF conditions. */
public enum Operator {
  EQ("="),
  LT("<"),
  LTE("<="),
  GT(">"),
  GTE(">="),
  NEQ("!="),
  IN("IN"),
  CONTAINS("CONTAINS"),
  CONTAINS_KEY("CONTAINS KEY"),
  LIKE("LIKE");

  private final String cql;

  Operator(String cql) {
    this.cql = cql;
  }

  /** The operator as written in CQL. */
  public String cql() {
    return cql;
  }

  /** Whether this bounds a range: {@code < <= > >=}. */
  public boolean isSlice() {
    return this == LT || this == LTE || this == GT || this == GTE;
  }
}
