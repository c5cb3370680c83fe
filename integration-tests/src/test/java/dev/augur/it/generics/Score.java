package dev.augur.it.generics;

import dev.augur.annotations.Table;

/** The same superclasses with other arguments: {@code Keyed<String, Integer>}. */
@Table
public class Score extends Keyed<String, Integer> {
  static final String DDL =
      "CREATE TABLE IF NOT EXISTS score (id text PRIMARY KEY, payload int, history list<int>,"
          + " version bigint, related map<text, int>)";
}
