package dev.augur.processor.model;

import com.squareup.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @Table} entity (or {@code @Udt} type) as the generators see it: validated, immutable,
 * free of {@code javax.lang.model} except for the originating element.
 *
 * @param entity the entity class
 * @param keyspace the keyspace from the annotation, empty for the session's or the DAO's
 * @param table the table's (or UDT's) name as CQL text
 * @param columns the mapped columns in declaration order, superclass fields first
 * @param construction how rows become instances; null only in a model whose report has errors
 * @param element the annotated type: originating element of generated files
 */
public record TableModel(
    ClassName entity,
    String keyspace,
    String table,
    List<ColumnModel> columns,
    Construction construction,
    TypeElement element) {

  public TableModel {
    columns = List.copyOf(columns);
  }

  /** The columns of one role, in declaration order. */
  public List<ColumnModel> columns(ColumnModel.Role role) {
    return columns.stream().filter(c -> c.role() == role).toList();
  }

  /** The partition key, then the clustering columns, each in key order. */
  public List<ColumnModel> primaryKey() {
    java.util.ArrayList<ColumnModel> key = new java.util.ArrayList<>();
    key.addAll(sortedKey(ColumnModel.Role.PARTITION_KEY));
    key.addAll(sortedKey(ColumnModel.Role.CLUSTERING_COLUMN));
    return key;
  }

  private List<ColumnModel> sortedKey(ColumnModel.Role role) {
    return columns(role).stream()
        .sorted(java.util.Comparator.comparingInt(ColumnModel::keyPosition))
        .toList();
  }

  /** Whether the table holds counters (and so only counters besides its key). */
  public boolean isCounterTable() {
    return !columns(ColumnModel.Role.COUNTER).isEmpty();
  }

  /** Properties that inserts and updates must read but the class offers no way to get. */
  public List<String> unreadableProperties() {
    return columns.stream()
        .filter(c -> c.role() != ColumnModel.Role.COMPUTED && c.getter() == null)
        .map(ColumnModel::property)
        .toList();
  }
}
