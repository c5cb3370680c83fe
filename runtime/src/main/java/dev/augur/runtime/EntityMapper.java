package dev.augur.runtime;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.BoundStatementBuilder;
import com.datastax.oss.driver.api.core.cql.ColumnDefinitions;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.data.GettableByIndex;
import com.datastax.oss.driver.api.core.data.SettableByIndex;
import com.datastax.oss.driver.api.core.type.codec.registry.CodecRegistry;
import dev.augur.annotations.NullSaving;
import java.util.List;
import java.util.Objects;

/**
 * Base of the mapper Augur generates for each {@code @Table} type.
 *
 * <p>The generated subclass lists the entity's columns and implements {@link #read} and {@link
 * #write} with one call per column, by position in that list; this class resolves those positions
 * to the indexes and codecs of a result or a statement, once.
 *
 * <p>For statements the application builds itself, {@link #reader} and {@link #writer} give the
 * same resolved access: resolve once per prepared statement, then map every row or bind every
 * entity without name lookups:
 *
 * <pre>{@code
 * PreparedStatement insert = cql.prepare("INSERT INTO users (id, name) VALUES (:id, :name)");
 * EntityMapper.Writer<User> writer = User_Mapper.INSTANCE.writer(insert, session, DO_NOT_SET);
 * cql.executeAsync(writer.bind(user));                                    // a new BoundStatement
 * cql.executeAsync(writer.write(user, insert.boundStatementBuilder()).setTimeout(t).build());
 * }</pre>
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
   * @param keyspace the keyspace from {@code @Table}, empty for the session's or the DAO's
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

  /** A partition key column, at {@code position} in the key; for the generated column list. */
  protected static EntityColumn partitionKey(
      int position, String cqlName, String property, String cqlType, ValueType<?> type) {
    return of(cqlName, property, type, EntityColumn.Kind.PARTITION_KEY, position, cqlType);
  }

  /** A clustering column, ascending unless {@code .descendingOrder()} follows. */
  protected static EntityColumn clusteringColumn(
      int position, String cqlName, String property, String cqlType, ValueType<?> type) {
    return of(cqlName, property, type, EntityColumn.Kind.CLUSTERING_COLUMN, position, cqlType);
  }

  /** A regular column. */
  protected static EntityColumn column(
      String cqlName, String property, String cqlType, ValueType<?> type) {
    return of(cqlName, property, type, EntityColumn.Kind.REGULAR, -1, cqlType);
  }

  /** A static column: one value per partition. */
  protected static EntityColumn staticColumn(
      String cqlName, String property, String cqlType, ValueType<?> type) {
    return of(cqlName, property, type, EntityColumn.Kind.STATIC, -1, cqlType);
  }

  /** A counter column. */
  protected static EntityColumn counter(String cqlName, String property, ValueType<?> type) {
    return of(cqlName, property, type, EntityColumn.Kind.COUNTER, -1, "counter");
  }

  /** A computed, read-only value: selected under {@code alias}, never written. */
  protected static EntityColumn computed(String alias, String property, ValueType<?> type) {
    return of(alias, property, type, EntityColumn.Kind.COMPUTED, -1, null);
  }

  private static EntityColumn of(
      String cqlName,
      String property,
      ValueType<?> type,
      EntityColumn.Kind kind,
      int position,
      String cqlType) {
    return new EntityColumn(
        CqlIdentifier.fromCql(cqlName), property, type, kind, position, false, cqlType);
  }

  /** Builds one entity from a row, reading column {@code i} of {@link #columns()} at position i. */
  protected abstract E read(GettableByIndex row, ResultColumns columns);

  /**
   * Binds one entity's columns, column {@code i} of {@link #columns()} at position i, into {@code
   * target}: a {@link BoundStatementBuilder} (or a UDT value), whose setters change it in place.
   */
  protected abstract void write(E entity, SettableByIndex<?> target, BoundColumns columns);

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
        ResultColumns.resolve(entityName, columns, definitions, registry, version, false);
    return row -> read(row, resolved);
  }

  /**
   * Like {@link #bind}, but columns missing from the result read as null (or 0): for the existing
   * row of a failed lightweight transaction, which holds only some columns.
   */
  final Decoder<E> bindLenient(
      ColumnDefinitions definitions, CodecRegistry registry, ProtocolVersion version) {
    ResultColumns resolved =
        ResultColumns.resolve(entityName, columns, definitions, registry, version, true);
    return row -> read(row, resolved);
  }

  /**
   * A reader for rows with these columns, resolved once: map every row of a result set of your own
   * statement with it.
   */
  public final Decoder<E> reader(ColumnDefinitions definitions, AugurSession session) {
    return bind(definitions, session.codecRegistry(), session.protocolVersion());
  }

  /**
   * A writer of entities into statement {@code statement}, resolved once: each entity column binds
   * the marker of the same name, if the statement has one.
   */
  public final Writer<E> writer(
      PreparedStatement statement, AugurSession session, NullSaving nullSaving) {
    return new Writer<>(this, statement, writeColumns(statement, session, nullSaving));
  }

  final BoundColumns writeColumns(
      PreparedStatement statement, AugurSession session, NullSaving nullSaving) {
    ColumnDefinitions variables = statement.getVariableDefinitions();
    return BoundColumns.resolve(
        entityName,
        columns,
        variables::firstIndexOf,
        i -> variables.get(i).getType(),
        session.codecRegistry(),
        session.protocolVersion(),
        nullSaving);
  }

  final void writeTo(E entity, SettableByIndex<?> target, BoundColumns resolved) {
    write(entity, target, resolved);
  }

  /**
   * Binds entities into one prepared statement; thread-safe. It takes only what it can change: a
   * driver {@code BoundStatement} is immutable (its setters return copies), so values are written
   * into a {@link BoundStatementBuilder}, or returned in a new {@link BoundStatement}.
   *
   * @param <E> the entity type
   */
  public static final class Writer<E> {
    private final EntityMapper<E> mapper;
    private final PreparedStatement statement;
    private final BoundColumns columns;

    private Writer(EntityMapper<E> mapper, PreparedStatement statement, BoundColumns columns) {
      this.mapper = mapper;
      this.statement = statement;
      this.columns = columns;
    }

    /**
     * A new bound statement of the prepared statement, with every column of {@code entity} that it
     * has a marker for; other markers are unset.
     */
    public BoundStatement bind(E entity) {
      return write(entity, statement.boundStatementBuilder()).build();
    }

    /**
     * Sets every column of {@code entity} that the statement has a marker for on {@code target},
     * and returns it, for chaining the builder's own setters.
     *
     * @throws IllegalArgumentException if {@code target} binds another prepared statement, whose
     *     markers sit at other positions
     */
    public BoundStatementBuilder write(E entity, BoundStatementBuilder target) {
      Objects.requireNonNull(entity, "entity");
      PreparedStatement targetStatement = target.getPreparedStatement();
      if (targetStatement != statement
          && !Objects.equals(targetStatement.getId(), statement.getId())) {
        throw new IllegalArgumentException(
            mapper.entityName()
                + " writer: the builder binds \""
                + targetStatement.getQuery()
                + "\", but this writer was resolved for \""
                + statement.getQuery()
                + "\". Make a writer per prepared statement.");
      }
      mapper.write(entity, target, columns);
      return target;
    }
  }
}
