package dev.augur.processor.reader;

import dev.augur.processor.cql.CqlNames;
import dev.augur.processor.model.ColumnModel;
import dev.augur.processor.model.ColumnModel.Role;
import dev.augur.processor.model.TableModel;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the CQL of CRUD methods from an entity's model. Tables are named through the {@code
 * ${qualifiedTable}} placeholder, filled when the DAO is created for a keyspace; every column binds
 * the marker of its own name.
 */
final class CqlWriter {
  static final String TABLE = "${qualifiedTable}";

  private CqlWriter() {}

  /** A column name safe to write unquoted or quoted: reserved words get quotes. */
  static String name(ColumnModel column) {
    return CqlNames.quoteIfReserved(column.cqlName());
  }

  static String marker(ColumnModel column) {
    return ":" + name(column);
  }

  /** {@code a = :a AND b = :b} over {@code columns}. */
  static String restrict(List<ColumnModel> columns) {
    return columns.stream()
        .map(c -> name(c) + " = " + marker(c))
        .collect(Collectors.joining(" AND "));
  }

  /** The columns an insert writes: all but counters and computed values. */
  static List<ColumnModel> insertable(TableModel table) {
    return table.columns().stream()
        .filter(c -> c.role() != Role.COUNTER && c.role() != Role.COMPUTED)
        .toList();
  }

  /** The columns an update sets: regular and static ones. */
  static List<ColumnModel> updatable(TableModel table) {
    return table.columns().stream()
        .filter(c -> c.role() == Role.REGULAR || c.role() == Role.STATIC)
        .toList();
  }

  /** Every column, computed ones as {@code selector AS alias}. */
  static String selectors(TableModel table) {
    return table.columns().stream()
        .map(c -> c.role() == Role.COMPUTED ? c.computed() + " AS " + name(c) : name(c))
        .collect(Collectors.joining(", "));
  }

  static String insert(TableModel table, boolean ifNotExists, String using) {
    List<ColumnModel> columns = insertable(table);
    return "INSERT INTO "
        + TABLE
        + " ("
        + columns.stream().map(CqlWriter::name).collect(Collectors.joining(", "))
        + ") VALUES ("
        + columns.stream().map(CqlWriter::marker).collect(Collectors.joining(", "))
        + ")"
        + (ifNotExists ? " IF NOT EXISTS" : "")
        + using;
  }

  static String update(TableModel table, String using, String condition) {
    return "UPDATE "
        + TABLE
        + using
        + " SET "
        + updatable(table).stream()
            .map(c -> name(c) + " = " + marker(c))
            .collect(Collectors.joining(", "))
        + " WHERE "
        + restrict(table.primaryKey())
        + condition;
  }

  static String increment(TableModel table, List<ColumnModel> counters) {
    return "UPDATE "
        + TABLE
        + " SET "
        + counters.stream()
            .map(c -> name(c) + " = " + name(c) + " + " + marker(c))
            .collect(Collectors.joining(", "))
        + " WHERE "
        + restrict(table.primaryKey());
  }

  static String delete(List<ColumnModel> key, String using, String condition) {
    return "DELETE FROM " + TABLE + using + " WHERE " + restrict(key) + condition;
  }

  /** {@code USING TTL x AND TIMESTAMP y}, either part optional; empty when both are. */
  static String using(String ttl, String timestamp) {
    if (ttl.isEmpty() && timestamp.isEmpty()) {
      return "";
    }
    if (ttl.isEmpty()) {
      return " USING TIMESTAMP " + timestamp;
    }
    return " USING TTL " + ttl + (timestamp.isEmpty() ? "" : " AND TIMESTAMP " + timestamp);
  }

  /** {@code IF EXISTS}, {@code IF condition}, or nothing. */
  static String condition(boolean ifExists, String customIf) {
    if (ifExists) {
      return " IF EXISTS";
    }
    return customIf.isBlank() ? "" : " IF " + customIf.trim();
  }
}
