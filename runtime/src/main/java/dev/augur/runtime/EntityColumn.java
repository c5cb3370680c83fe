package dev.augur.runtime;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import java.util.Objects;

/**
 * One mapped column of an entity (or field of a UDT), as the processor found it.
 *
 * @param name the column's CQL identifier (for a computed value, the alias it is selected under)
 * @param property the Java field or record component, for error messages
 * @param type the Java type, which resolves to a codec against the column's CQL type
 * @param kind the part the column plays in the table
 * @param position the position in the partition key or among the clustering columns; -1 else
 * @param descending for a clustering column, whether it is stored in descending order
 * @param cqlType the CQL type Augur creates the column with, e.g. {@code frozen<address>}; null
 *     when only a custom codec knows it
 * @param index the secondary index the column declares with {@code @Indexed}, or null
 */
public record EntityColumn(
    CqlIdentifier name,
    String property,
    ValueType<?> type,
    Kind kind,
    int position,
    boolean descending,
    String cqlType,
    EntityIndex index) {

  /** The part a column plays in its table. */
  public enum Kind {
    PARTITION_KEY,
    CLUSTERING_COLUMN,
    REGULAR,
    STATIC,
    COUNTER,
    /** A value the query computes, such as {@code writetime(col)}: read, never written. */
    COMPUTED
  }

  public EntityColumn {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(property, "property");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(kind, "kind");
  }

  /** Whether inserts and updates bind it: every column but computed values. */
  public boolean writable() {
    return kind != Kind.COMPUTED;
  }

  /** The same column without an index; for the columns generated code lists. */
  public EntityColumn(
      CqlIdentifier name,
      String property,
      ValueType<?> type,
      Kind kind,
      int position,
      boolean descending,
      String cqlType) {
    this(name, property, type, kind, position, descending, cqlType, null);
  }

  /** This clustering column, stored in descending order. */
  public EntityColumn descendingOrder() {
    return new EntityColumn(name, property, type, kind, position, true, cqlType, index);
  }

  /**
   * This column, with the secondary index {@code @Indexed} declares: {@code using} as written,
   * {@code target} the name of an {@link EntityIndex.Target}.
   */
  public EntityColumn indexed(String using, String target) {
    return new EntityColumn(
        name,
        property,
        type,
        kind,
        position,
        descending,
        cqlType,
        new EntityIndex(using, EntityIndex.Target.valueOf(target)));
  }

  /**
   * This vector column, with the storage-attached index {@code @Indexed} declares: as {@link
   * #indexed(String, String)}, ranking by {@code similarity}, the name of an {@link
   * EntityIndex.Similarity}.
   */
  public EntityColumn indexed(String using, String target, String similarity) {
    return new EntityColumn(
        name,
        property,
        type,
        kind,
        position,
        descending,
        cqlType,
        new EntityIndex(
            using,
            EntityIndex.Target.valueOf(target),
            EntityIndex.Similarity.valueOf(similarity)));
  }
}
