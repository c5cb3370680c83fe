package dev.augur.processor.schema;

import dev.augur.processor.cql.CqlSyntaxException;
import dev.augur.processor.cql.DdlParser;
import dev.augur.processor.cql.DdlStatement;
import dev.augur.processor.cql.Identifier;
import dev.augur.processor.cql.TypeSyntax;
import dev.augur.processor.schema.ColumnSchema.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a CQL schema file into a {@link SchemaCatalog}: its types, tables, indexes and functions.
 * Names without a keyspace take the one of the last {@code USE}, or the session's when there is
 * none.
 */
public final class SchemaFileReader {

  /** A schema file that cannot be read; the message names the file and the line. */
  public static final class SchemaFileException extends Exception {
    private static final long serialVersionUID = 1L;

    public SchemaFileException(String message) {
      super(message);
    }
  }

  private final SchemaCatalog catalog;
  private final String file;
  private final String text;
  private final Map<String, TableSchema> tables = new LinkedHashMap<>();
  private final Map<String, List<IndexSchema>> indexes = new LinkedHashMap<>();
  private String keyspace = "";

  private SchemaFileReader(SchemaCatalog catalog, String file, String text) {
    this.catalog = catalog;
    this.file = file;
    this.text = text;
  }

  /** Adds what {@code text}, the content of {@code file}, defines to {@code catalog}. */
  public static void read(SchemaCatalog catalog, String file, String text)
      throws SchemaFileException {
    new SchemaFileReader(catalog, file, text).run();
  }

  private void run() throws SchemaFileException {
    List<DdlStatement> statements;
    try {
      statements = DdlParser.parse(text);
    } catch (CqlSyntaxException e) {
      throw new SchemaFileException(
          "line " + line(e.offset()) + ": " + e.getMessage().replaceAll(" at offset \\d+", ""));
    }
    for (DdlStatement statement : statements) {
      if (statement instanceof DdlStatement.Use use) {
        keyspace = use.keyspace().name();
      } else if (statement instanceof DdlStatement.CreateKeyspace created) {
        catalog.addKeyspace(created.keyspace().name());
      } else if (statement instanceof DdlStatement.CreateType type) {
        createType(type);
      } else if (statement instanceof DdlStatement.CreateTable table) {
        createTable(table);
      } else if (statement instanceof DdlStatement.CreateIndex index) {
        createIndex(index);
      } else if (statement instanceof DdlStatement.CreateFunction function) {
        createFunction(function);
      }
    }
    for (TableSchema table : tables.values()) {
      List<IndexSchema> tableIndexes =
          indexes.getOrDefault(key(table.keyspace(), table.name()), List.of());
      catalog.addFileTable(
          new TableSchema(table.keyspace(), table.name(), table.columns(), tableIndexes, file));
    }
  }

  private void createType(DdlStatement.CreateType type) throws SchemaFileException {
    String typeKeyspace = keyspaceOf(type.keyspace());
    List<CqlType.UdtField> fields = new ArrayList<>();
    for (DdlStatement.Field field : type.fields()) {
      fields.add(
          new CqlType.UdtField(
              field.name().name(), resolve(field.type(), typeKeyspace, field.name())));
    }
    catalog.addType(new CqlType.Udt(typeKeyspace, type.name().name(), fields, false));
  }

  private void createTable(DdlStatement.CreateTable table) throws SchemaFileException {
    String tableKeyspace = keyspaceOf(table.keyspace());
    if (table.partitionKey().isEmpty()) {
      throw error(table.name(), "table " + table.name().cql() + " has no PRIMARY KEY");
    }
    List<ColumnSchema> columns = new ArrayList<>();
    for (DdlStatement.ColumnDefinition column : table.columns()) {
      String name = column.name().name();
      Kind kind = column.isStatic() ? Kind.STATIC : Kind.REGULAR;
      int position = indexOf(table.partitionKey(), name);
      if (position >= 0) {
        kind = Kind.PARTITION_KEY;
      } else if ((position = indexOf(table.clustering(), name)) >= 0) {
        kind = Kind.CLUSTERING;
      }
      boolean descending = table.descending().stream().anyMatch(d -> d.name().equals(name));
      CqlType type = resolve(column.type(), tableKeyspace, column.name());
      columns.add(new ColumnSchema(name, type, kind, position, descending));
    }
    for (Identifier key : concat(table.partitionKey(), table.clustering())) {
      if (columns.stream().noneMatch(c -> c.name().equals(key.name()))) {
        throw error(
            key,
            "PRIMARY KEY column " + key.cql() + " of " + table.name().cql() + " is not defined");
      }
    }
    tables.put(
        key(tableKeyspace, table.name().name()),
        new TableSchema(tableKeyspace, table.name().name(), columns, List.of(), file));
  }

  private void createIndex(DdlStatement.CreateIndex index) throws SchemaFileException {
    String tableKeyspace = keyspaceOf(index.keyspace());
    String tableKey = key(tableKeyspace, index.table().name());
    TableSchema table = tables.get(tableKey);
    if (table == null) {
      throw error(index.table(), "index on unknown table " + index.table().cql());
    }
    ColumnSchema column = table.column(index.column().name());
    if (column == null) {
      throw error(index.column(), "index on unknown column " + index.column().cql());
    }
    IndexSchema.Target target =
        index.target() == null
            ? (column.type().isFrozen() && !(column.type() instanceof CqlType.Native)
                ? IndexSchema.Target.FULL
                : IndexSchema.Target.VALUES)
            : IndexSchema.Target.valueOf(index.target().toUpperCase(Locale.ROOT));
    String name = index.name() == null ? null : index.name().name();
    indexes
        .computeIfAbsent(tableKey, k -> new ArrayList<>())
        .add(new IndexSchema(name, column.name(), target, kindOf(index.using())));
  }

  /** The implementation a {@code USING} class names. */
  static IndexSchema.Kind kindOf(String using) {
    if (using == null) {
      return IndexSchema.Kind.LEGACY;
    }
    String simple = using.substring(using.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    return switch (simple) {
      case "sai", "storageattachedindex" -> IndexSchema.Kind.SAI;
      case "sasiindex" -> IndexSchema.Kind.SASI;
      case "legacy_local_table" -> IndexSchema.Kind.LEGACY;
      default -> IndexSchema.Kind.CUSTOM;
    };
  }

  private void createFunction(DdlStatement.CreateFunction function) throws SchemaFileException {
    String functionKeyspace = keyspaceOf(function.keyspace());
    List<CqlType> arguments = new ArrayList<>();
    for (TypeSyntax argument : function.arguments()) {
      arguments.add(resolve(argument, functionKeyspace, function.name()));
    }
    CqlType returnType =
        function.returnType() == null
            ? null
            : resolve(function.returnType(), functionKeyspace, function.name());
    catalog.addFunction(
        new FunctionSchema(functionKeyspace, function.name().name(), arguments, returnType));
  }

  private CqlType resolve(TypeSyntax type, String typeKeyspace, Identifier where)
      throws SchemaFileException {
    try {
      return TypeResolver.resolve(
          type, (ks, name) -> catalog.type(ks == null ? typeKeyspace : ks, name));
    } catch (TypeResolver.UnknownTypeException e) {
      throw error(where, e.getMessage());
    }
  }

  private String keyspaceOf(Identifier qualifier) {
    return qualifier == null ? keyspace : qualifier.name();
  }

  private SchemaFileException error(Identifier where, String message) {
    return new SchemaFileException("line " + line(where.offset()) + ": " + message);
  }

  private int line(int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static int indexOf(List<Identifier> names, String name) {
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private static List<Identifier> concat(List<Identifier> a, List<Identifier> b) {
    List<Identifier> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static String key(String keyspace, String table) {
    return keyspace + "." + table;
  }
}
