package dev.augur.processor.model;

import javax.lang.model.element.Element;

/**
 * One mapped column of an entity.
 *
 * @param property the Java field or record component name
 * @param cqlName the column's name as CQL text: lower case, or double-quoted when case-sensitive
 * @param type how the value is mapped; null only in a model whose report has errors, which is
 *     validated but never generated
 * @param role whether the column is part of the primary key
 * @param keyPosition position within the partition key or the clustering columns; -1 if regular
 * @param setter the setter used to populate a mutable class; {@code null} otherwise
 * @param element the field, where diagnostics about this column point
 */
public record ColumnModel(
    String property,
    String cqlName,
    MappedType type,
    Role role,
    int keyPosition,
    String setter,
    Element element) {

  /** The part a column plays in the table's primary key. */
  public enum Role {
    PARTITION_KEY,
    CLUSTERING_COLUMN,
    REGULAR
  }
}
