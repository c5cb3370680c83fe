package dev.augur.bench.model;

import com.datastax.oss.driver.api.mapper.annotations.CqlName;
import com.datastax.oss.driver.api.mapper.annotations.Entity;
import com.datastax.oss.driver.api.mapper.annotations.PropertyStrategy;
import dev.augur.annotations.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The benchmarks' entity: ten columns of mixed types, one partition key and one clustering column.
 *
 * <pre>{@code
 * CREATE TABLE items (pk int, ck int, name text, price decimal, active boolean,
 *     created_at timestamp, tags set<text>, score double, ref uuid, quantity bigint,
 *     PRIMARY KEY ((pk), ck))
 * }</pre>
 *
 * <p>One immutable class serves all three implementations, so that each builds exactly the same
 * objects: Augur maps it ({@code @Table}, through its all-arguments constructor), the driver's
 * mapper maps it ({@code @Entity}, immutable, through the same constructor), and the hand-written
 * code calls the constructor itself. The two processors ignore each other's annotations; both
 * derive the same snake_case column names from the fields.
 */
@Table("items")
@Entity
@CqlName("items")
@PropertyStrategy(mutable = false)
public final class Item {
  @dev.augur.annotations.PartitionKey @com.datastax.oss.driver.api.mapper.annotations.PartitionKey
  private final int pk;

  @dev.augur.annotations.ClusteringColumn
  @com.datastax.oss.driver.api.mapper.annotations.ClusteringColumn
  private final int ck;

  private final String name;
  private final BigDecimal price;
  private final boolean active;
  private final Instant createdAt;
  private final Set<String> tags;
  private final double score;
  private final UUID ref;
  private final long quantity;

  public Item(
      int pk,
      int ck,
      String name,
      BigDecimal price,
      boolean active,
      Instant createdAt,
      Set<String> tags,
      double score,
      UUID ref,
      long quantity) {
    this.pk = pk;
    this.ck = ck;
    this.name = name;
    this.price = price;
    this.active = active;
    this.createdAt = createdAt;
    this.tags = tags;
    this.score = score;
    this.ref = ref;
    this.quantity = quantity;
  }

  public int getPk() {
    return pk;
  }

  public int getCk() {
    return ck;
  }

  public String getName() {
    return name;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public boolean isActive() {
    return active;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Set<String> getTags() {
    return tags;
  }

  public double getScore() {
    return score;
  }

  public UUID getRef() {
    return ref;
  }

  public long getQuantity() {
    return quantity;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Item other
        && pk == other.pk
        && ck == other.ck
        && active == other.active
        && Double.compare(score, other.score) == 0
        && quantity == other.quantity
        && Objects.equals(name, other.name)
        && Objects.equals(price, other.price)
        && Objects.equals(createdAt, other.createdAt)
        && Objects.equals(tags, other.tags)
        && Objects.equals(ref, other.ref);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pk, ck, name, price, active, createdAt, tags, score, ref, quantity);
  }

  @Override
  public String toString() {
    return "Item[pk=" + pk + ", ck=" + ck + ", name=" + name + "]";
  }
}
