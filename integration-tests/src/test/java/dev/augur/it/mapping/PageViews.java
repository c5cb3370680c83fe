package dev.augur.it.mapping;

import dev.augur.annotations.Counter;
import dev.augur.annotations.PartitionKey;
import dev.augur.annotations.Table;

/** A counter table. */
@Table("page_views")
public record PageViews(@PartitionKey String page, @Counter long views, @Counter Long uniques) {
  static final String DDL =
      "CREATE TABLE IF NOT EXISTS page_views (page text PRIMARY KEY, views counter,"
          + " uniques counter)";
}
