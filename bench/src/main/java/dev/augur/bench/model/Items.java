package dev.augur.bench.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** The benchmarks' data: the table's schema and deterministic items. */
public final class Items {
  /** Columns in the order of the table and of {@link Item}'s constructor. */
  public static final String COLUMNS =
      "pk, ck, name, price, active, created_at, tags, score, ref, quantity";

  private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

  private Items() {}

  /** {@code CREATE TABLE} for {@code keyspace.items}. */
  public static String createTable(String keyspace) {
    return "CREATE TABLE IF NOT EXISTS "
        + keyspace
        + ".items (pk int, ck int, name text, price decimal, active boolean, created_at"
        + " timestamp, tags set<text>, score double, ref uuid, quantity bigint, PRIMARY KEY"
        + " ((pk), ck))";
  }

  /** The item at ({@code pk}, {@code ck}): the same values every time. */
  public static Item item(int pk, int ck) {
    long seed = pk * 1_000_003L + ck;
    return new Item(
        pk,
        ck,
        "item-" + pk + "-" + ck,
        BigDecimal.valueOf(seed % 100_000, 2),
        (seed & 1) == 0,
        EPOCH.plusMillis(seed * 997),
        Set.of("tag" + (seed % 7), "tag" + (7 + seed % 5)),
        seed * 0.25,
        new UUID(seed * 31, seed ^ 0x5DEECE66DL),
        seed * 13);
  }
}
