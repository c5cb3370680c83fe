package dev.augur.processor.check;

import dev.augur.processor.model.MappedType;
import dev.augur.processor.model.ReturnKind;
import dev.augur.processor.schema.SchemaCatalog;
import dev.augur.processor.schema.TableSchema;
import java.util.List;
import java.util.Map;

/**
 * What the checker knows about a statement besides its text.
 *
 * @param catalog the tables, types and functions of the schema
 * @param placeholderTable the table {@code ${table}} stands for, or null
 * @param parameters the method's parameters by the name of the marker they bind (as Cassandra
 *     stores marker names: unquoted ones folded to lower case), or null when the statement is
 *     checked alone, without a method
 * @param expected the rows the method returns, or null when checked alone
 */
public record CheckContext(
    SchemaCatalog catalog,
    TableSchema placeholderTable,
    Map<String, Parameter> parameters,
    Expected expected) {

  /** A statement checked on its own, as the server would prepare it. */
  public static CheckContext standalone(SchemaCatalog catalog) {
    return new CheckContext(catalog, null, null, null);
  }

  /** A method parameter bound to a marker. */
  public record Parameter(String name, MappedType type) {}

  /**
   * What the method returns.
   *
   * @param kind the shape of the result
   * @param entity the entity rows become, for messages; null unless rows become entities
   * @param columns the columns the entity reads; empty unless rows become entities
   */
  public record Expected(ReturnKind kind, String entity, List<EntityColumn> columns) {
    public Expected {
      columns = List.copyOf(columns);
    }
  }

  /**
   * A column an entity reads from each row.
   *
   * @param name the column's name as Cassandra stores it
   * @param property the Java field, for messages
   */
  public record EntityColumn(String name, String property, MappedType type) {}
}
