package dev.augur.processor.schema;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The tables, user-defined types and functions the checker knows: those of the compilation's
 * entities and those of the schema files. A table from a schema file wins over an entity mapping
 * the same table, because the file says what the server has (timeuuid rather than uuid, clustering
 * order, indexes).
 *
 * <p>A table of the session's keyspace (empty keyspace) matches a statement's name with any
 * keyspace or none, since the session's keyspace is unknown at compile time; a table with a
 * keyspace matches its qualified name and the bare one.
 *
 * <p>When the catalog is {@link #complete()}, it is the whole schema: a table or keyspace it does
 * not know does not exist. Otherwise statements on unknown tables are only parsed.
 */
public final class SchemaCatalog {
  private final List<TableSchema> fileTables = new ArrayList<>();
  private final List<TableSchema> entityTables = new ArrayList<>();
  private final List<CqlType.Udt> types = new ArrayList<>();
  private final List<FunctionSchema> functions = new ArrayList<>();
  private final Set<String> keyspaces = new LinkedHashSet<>();
  private boolean complete;

  /** Adds a table read from a schema file. */
  public void addFileTable(TableSchema table) {
    fileTables.removeIf(t -> sameName(t, table));
    fileTables.add(table);
    addKeyspace(table.keyspace());
  }

  /** Adds (or replaces) the table of an entity. */
  /**
   * Adds (or replaces) the table of an entity. Several entities may map one table (a projection and
   * the full row): the table then has the columns of all of them.
   */
  public void addEntityTable(TableSchema table) {
    entityTables.removeIf(t -> sameName(t, table) && t.source().equals(table.source()));
    entityTables.add(table);
  }

  /** The entity tables, those of one name merged into one. */
  private List<TableSchema> mergedEntityTables() {
    List<TableSchema> merged = new ArrayList<>();
    for (TableSchema table : entityTables) {
      TableSchema other = merged.stream().filter(t -> sameName(t, table)).findFirst().orElse(null);
      if (other == null) {
        merged.add(table);
        continue;
      }
      List<ColumnSchema> columns = new ArrayList<>(other.columns());
      table.columns().stream().filter(c -> other.column(c.name()) == null).forEach(columns::add);
      List<IndexSchema> indexes = new ArrayList<>(other.indexes());
      table.indexes().stream().filter(i -> !indexes.contains(i)).forEach(indexes::add);
      merged.set(
          merged.indexOf(other),
          new TableSchema(
              table.keyspace(),
              table.name(),
              columns,
              indexes,
              other.source() + ", " + table.source()));
    }
    return merged;
  }

  public void addType(CqlType.Udt type) {
    types.removeIf(t -> t.keyspace().equals(type.keyspace()) && t.name().equals(type.name()));
    types.add(type);
    addKeyspace(type.keyspace());
  }

  public void addFunction(FunctionSchema function) {
    functions.add(function);
  }

  public void addKeyspace(String keyspace) {
    if (!keyspace.isEmpty()) {
      keyspaces.add(keyspace);
    }
  }

  /** Declares that the catalog is the whole schema, so unknown tables do not exist. */
  public void setComplete(boolean complete) {
    this.complete = complete;
  }

  public boolean complete() {
    return complete;
  }

  /**
   * The table a statement names, by {@code keyspace} (null when unqualified) and {@code name}. When
   * several tables of different keyspaces match an unqualified name, the statement's table depends
   * on the session: none is returned.
   */
  public Optional<TableSchema> table(String keyspace, String name) {
    Optional<TableSchema> fromFile = find(fileTables, keyspace, name);
    return fromFile.isPresent() ? fromFile : find(mergedEntityTables(), keyspace, name);
  }

  private static Optional<TableSchema> find(
      List<TableSchema> tables, String keyspace, String name) {
    List<TableSchema> matches =
        tables.stream()
            .filter(t -> t.name().equals(name))
            .filter(
                t -> keyspace == null || t.keyspace().isEmpty() || t.keyspace().equals(keyspace))
            .toList();
    if (matches.size() == 1) {
      return Optional.of(matches.get(0));
    }
    return matches.stream()
        .filter(t -> keyspace != null && t.keyspace().equals(keyspace))
        .findFirst();
  }

  /**
   * The keyspace an unqualified table name means for certain: that of the entities mapping table
   * {@code name}, when they all pin the same keyspace in {@code @Table}. Empty when no entity maps
   * the table, or one leaves its keyspace to the DAO or the session.
   */
  public Optional<String> pinnedKeyspace(String name) {
    List<String> keyspaces =
        entityTables.stream()
            .filter(t -> t.name().equals(name))
            .map(TableSchema::keyspace)
            .distinct()
            .toList();
    return keyspaces.size() == 1 && !keyspaces.get(0).isEmpty()
        ? Optional.of(keyspaces.get(0))
        : Optional.empty();
  }

  /** The user-defined type {@code name} of {@code keyspace} (or of any, when null). */
  public Optional<CqlType.Udt> type(String keyspace, String name) {
    return types.stream()
        .filter(t -> t.name().equals(name))
        .filter(t -> keyspace == null || t.keyspace().isEmpty() || t.keyspace().equals(keyspace))
        .findFirst();
  }

  /** The user-defined functions named {@code name}, of {@code keyspace} or of any when null. */
  public List<FunctionSchema> functions(String keyspace, String name) {
    return functions.stream()
        .filter(f -> f.name().equals(name))
        .filter(f -> keyspace == null || f.keyspace().isEmpty() || f.keyspace().equals(keyspace))
        .toList();
  }

  /** Whether {@code keyspace} is known: named by a schema file, or by an entity. */
  public boolean knowsKeyspace(String keyspace) {
    return keyspaces.contains(keyspace)
        || entityTables.stream().anyMatch(t -> t.keyspace().equals(keyspace));
  }

  /** The keyspaces named by schema files and entities. */
  public List<String> keyspaces() {
    Set<String> all = new LinkedHashSet<>(keyspaces);
    entityTables.stream().map(TableSchema::keyspace).filter(k -> !k.isEmpty()).forEach(all::add);
    return List.copyOf(all);
  }

  /**
   * The names of the tables known in {@code keyspace} (any keyspace when null), for suggestions.
   */
  public List<String> tableNames(String keyspace) {
    List<String> names = new ArrayList<>();
    for (List<TableSchema> tables : List.of(fileTables, entityTables)) {
      tables.stream()
          .filter(t -> keyspace == null || t.keyspace().isEmpty() || t.keyspace().equals(keyspace))
          .map(TableSchema::name)
          .filter(n -> !names.contains(n))
          .forEach(names::add);
    }
    return names;
  }

  private static boolean sameName(TableSchema a, TableSchema b) {
    return a.keyspace().equals(b.keyspace()) && a.name().equals(b.name());
  }
}
