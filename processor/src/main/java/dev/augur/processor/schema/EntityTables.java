package dev.augur.processor.schema;

import dev.augur.processor.cql.CqlNames;
import dev.augur.processor.model.ColumnModel;
import dev.augur.processor.model.TableModel;
import dev.augur.processor.source.Annotations;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;

/**
 * The table an entity describes, as the checker sees it: its columns with their roles and default
 * CQL types, and the secondary indexes its fields declare with {@code @Indexed}. Computed fields
 * ({@code writetime(...)}) are not columns of the table.
 */
public final class EntityTables {
  private static final String INDEXED = "dev.augur.annotations.Indexed";

  private EntityTables() {}

  /** The table of {@code entity}, with the indexes its fields declare. */
  public static TableSchema of(TableModel entity, TypeResolver.UdtLookup udts) {
    List<ColumnSchema> columns = new ArrayList<>();
    List<IndexSchema> indexes = new ArrayList<>();
    for (ColumnModel column : entity.columns()) {
      ColumnSchema.Kind kind;
      switch (column.role()) {
        case PARTITION_KEY -> kind = ColumnSchema.Kind.PARTITION_KEY;
        case CLUSTERING_COLUMN -> kind = ColumnSchema.Kind.CLUSTERING;
        case STATIC -> kind = ColumnSchema.Kind.STATIC;
        case REGULAR, COUNTER -> kind = ColumnSchema.Kind.REGULAR;
        default -> {
          continue; // computed: a selector of queries, not a column of the table
        }
      }
      CqlType type =
          column.role() == ColumnModel.Role.COUNTER
              ? CqlType.of(CqlType.NativeType.COUNTER)
              : JavaCqlTypes.defaultType(column.type(), udts);
      int position = column.role().isKey() ? column.keyPosition() : -1;
      String name = CqlNames.internal(column.cqlName());
      columns.add(new ColumnSchema(name, type, kind, position, column.descending()));
      if (column.element() != null) {
        Annotations.mirror(column.element(), INDEXED)
            .ifPresent(index -> indexes.add(index(name, index)));
      }
    }
    return new TableSchema(
        keyspace(entity),
        CqlNames.internal(entity.table()),
        columns,
        indexes,
        entity.entity().simpleName());
  }

  /** The user-defined type of a {@code @Udt} class, read as a table without key. */
  public static CqlType.Udt udt(TableModel udt, TypeResolver.UdtLookup udts) {
    List<CqlType.UdtField> fields = new ArrayList<>();
    for (ColumnModel field : udt.columns()) {
      fields.add(
          new CqlType.UdtField(
              CqlNames.internal(field.cqlName()), JavaCqlTypes.defaultType(field.type(), udts)));
    }
    return new CqlType.Udt(keyspace(udt), CqlNames.internal(udt.table()), fields, false);
  }

  private static String keyspace(TableModel model) {
    return model.keyspace().isEmpty() ? "" : CqlNames.internal(model.keyspace());
  }

  private static IndexSchema index(String column, AnnotationMirror index) {
    String using = String.valueOf(Annotations.value(index, "using"));
    IndexSchema.Kind kind =
        using.isEmpty() ? IndexSchema.Kind.LEGACY : SchemaFileReader.kindOf(using);
    IndexSchema.Target target =
        IndexSchema.Target.valueOf(String.valueOf(Annotations.value(index, "target")));
    return new IndexSchema(null, column, target, kind);
  }
}
