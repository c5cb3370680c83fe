package dev.augur.it;

import dev.augur.annotations.PartitionKey;
import dev.augur.annotations.Table;
import java.util.List;

/** A row with a list, whose codec refuses a null element: a value that cannot be bound. */
@Table("labels")
public record Label(@PartitionKey int id, List<String> tags) {
  static final String DDL =
      "CREATE TABLE IF NOT EXISTS labels (id int PRIMARY KEY, tags list<text>)";
}
