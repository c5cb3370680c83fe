package dev.augur.processor.schema;

import dev.augur.processor.model.ColumnModel;
import dev.augur.processor.model.TableModel;
import dev.augur.processor.reader.CqlNames;
import java.util.ArrayList;
import java.util.List;

/**
 * The table an entity describes, as the checker sees it: its columns with their roles and default
 * CQL types, and the secondary indexes its fields declare with {@code @Indexed}. Computed fields
 * ({@code writetime(...)}) are not columns of the table.
 */
public final class EntityTables {
  private EntityTables() {}

  /** The table of {@code entity}; {@code indexes} are those its fields declare. */
  public static TableSchema of(
      TableModel entity, List<IndexSchema> indexes, TypeResolver.UdtLookup udts) {
    List<ColumnSchema> columns = new ArrayList<>();
    for (ColumnModel column : entity.columns()) {
      ColumnSchema.Kind kind;
      switch (column.role()) {
        case PARTITION_KEY -> kind = ColumnSchema.Kind.PARTITION_KEY;
        case CLUSTERING_COLUMN -> kind = ColumnSchema.Kind.CLUSTERING;
        case STATIC -> kind = ColumnSchema.Kind.STATIC;
        case REGULAR, COUNTER -> kind = ColumnSchema.Kind.REGULAR;
        default -> {
          continue;
        }
      }
      CqlType type =
          column.role() == ColumnModel.Role.COUNTER
              ? CqlType.of(CqlType.NativeType.COUNTER)
              : JavaCqlTypes.defaultType(column.type(), udts);
      int position = column.role().isKey() ? column.keyPosition() : -1;
      columns.add(
          new ColumnSchema(
              CqlNames.internal(column.cqlName()), type, kind, position, column.descending()));
    }
    String keyspace = entity.keyspace().isEmpty() ? "" : CqlNames.internal(entity.keyspace());
    return new TableSchema(
        keyspace,
        CqlNames.internal(entity.table()),
        columns,
        indexes,
        entity.entity().simpleName());
  }
}
