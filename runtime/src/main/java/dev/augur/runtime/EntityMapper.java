package dev.augur.runtime;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.cql.ColumnDefinitions;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.type.codec.registry.CodecRegistry;
import com.datastax.oss.driver.api.core.type.reflect.GenericType;
import java.util.List;
import java.util.Objects;

/**
 * Base of the mapper Augur generates for each {@code @Table} type.
 *
 * <p>The generated subclass lists the entity's columns and implements {@link #read} with one {@link
 * ResultColumns} call per column, by position in that list; this class resolves those positions to
 * the result's indexes and codecs once per result metadata.
 *
 * @param <E> the entity type
 */
public abstract class EntityMapper<E> implements RowMapping<E> {
  private final String entityName;
  private final String keyspace;
  private final String table;
  private final List<EntityColumn> columns;

  /**
   * @param entityName the entity's simple name, for messages
   * @param keyspace the keyspace from {@code @Table}, empty for the session's
   * @param table the table's CQL name
   * @param columns the mapped columns, in the order {@link #read} refers to them
   */
  protected EntityMapper(
      String entityName, String keyspace, String table, List<EntityColumn> columns) {
    this.entityName = Objects.requireNonNull(entityName, "entityName");
    this.keyspace = Objects.requireNonNull(keyspace, "keyspace");
    this.table = Objects.requireNonNull(table, "table");
    this.columns = List.copyOf(columns);
  }

  /** Shorthand for the generated column list. */
  protected static EntityColumn column(String cqlName, String property, GenericType<?> javaType) {
    return new EntityColumn(CqlIdentifier.fromCql(cqlName), property, javaType);
  }

  /** Builds one entity from a row, reading column {@code i} of {@link #columns()} at position i. */
  protected abstract E read(Row row, ResultColumns columns);

  /** The entity's simple name. */
  public final String entityName() {
    return entityName;
  }

  /** The keyspace named in {@code @Table}, or empty for the session's keyspace. */
  public final String keyspace() {
    return keyspace;
  }

  /** The table's CQL name. */
  public final String table() {
    return table;
  }

  /** The mapped columns, in declaration order. */
  public final List<EntityColumn> columns() {
    return columns;
  }

  @Override
  public final Decoder<E> bind(
      ColumnDefinitions definitions, CodecRegistry registry, ProtocolVersion version) {
    ResultColumns resolved =
        ResultColumns.resolve(entityName, columns, definitions, registry, version);
    return row -> read(row, resolved);
  }
}
