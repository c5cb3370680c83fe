package dev.augur.processor.model;

import com.squareup.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @Table} entity as the generators see it: validated, immutable, free of {@code
 * javax.lang.model} except for the originating element.
 *
 * @param entity the entity class
 * @param keyspace the keyspace from {@code @Table}, empty for the session's
 * @param table the table's name as CQL text
 * @param columns the mapped columns in declaration order
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
}
