package dev.augur.processor.model;

import javax.lang.model.element.Element;

/**
 * One mapped column of an entity, or field of a UDT.
 *
 * @param property the Java field or record component name
 * @param cqlName the column's name as CQL text: lower case, or double-quoted when case-sensitive;
 *     for a computed value, the alias it is selected under
 * @param type how the value is mapped; null only in a model whose report has errors, which is
 *     validated but never generated
 * @param role the part the column plays in the table
 * @param keyPosition position within the partition key or the clustering columns; -1 otherwise
 * @param computed the selector of a {@link Role#COMPUTED} value, e.g. {@code writetime(name)}
 * @param setter the setter used to populate a mutable class; {@code null} otherwise (for a mutable
 *     class without a setter for this column, the mapper assigns the field itself)
 * @param getter how generated code reads the value from an instance, without the receiver ({@code
 *     id()}, {@code getId()}, {@code id}); {@code null} when the class offers no way
 * @param element the field, where diagnostics about this column point
 * @param descending for a clustering column, whether it is stored in descending order
 * @param index the secondary index the column declares with {@code @Indexed}, or null
 * @param nonNull whether the property's declaration says it never holds null (Kotlin's non-null
 *     types, {@code @NonNull} and its kin), so a null cell must fail the read instead of being
 *     passed on
 */
public record ColumnModel(
    String property,
    String cqlName,
    MappedType type,
    Role role,
    int keyPosition,
    String computed,
    String setter,
    String getter,
    Element element,
    boolean descending,
    IndexModel index,
    boolean nonNull) {

  /** The part a column plays in its table. */
  public enum Role {
    PARTITION_KEY,
    CLUSTERING_COLUMN,
    REGULAR,
    /** One value per partition. */
    STATIC,
    /** A CQL counter, changed only by increments. */
    COUNTER,
    /** A read-only value the query computes, such as {@code writetime(col)}. */
    COMPUTED;

    public boolean isKey() {
      return this == PARTITION_KEY || this == CLUSTERING_COLUMN;
    }
  }

  public ColumnModel withSetter(String setter) {
    return new ColumnModel(
        property,
        cqlName,
        type,
        role,
        keyPosition,
        computed,
        setter,
        getter,
        element,
        descending,
        index,
        nonNull);
  }
}
