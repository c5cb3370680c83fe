package dev.augur.it;

import dev.augur.annotations.Column;
import dev.augur.annotations.PartitionKey;
import dev.augur.annotations.Table;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A record covering every Java type of the first mapping set. */
@Table("products")
public record Product(
    @PartitionKey UUID id,
    String name,
    BigDecimal price,
    int quantity,
    Long stock,
    boolean active,
    double rating,
    float weight,
    Instant createdAt,
    LocalDate releaseDay,
    ByteBuffer image,
    Set<String> tags,
    List<Integer> sizes,
    @Column("attrs") Map<String, String> attributes) {

  static final String DDL =
      "CREATE TABLE IF NOT EXISTS products (id uuid PRIMARY KEY, name text, price decimal,"
          + " quantity int, stock bigint, active boolean, rating double, weight float,"
          + " created_at timestamp, release_day date, image blob, tags set<text>,"
          + " sizes list<int>, attrs map<text, text>)";
}
