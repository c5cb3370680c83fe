package dev.augur.processor.cql;

import java.util.List;

/** A schema statement of a CQL schema file, as far as Augur's checks need it. */
public sealed interface DdlStatement {

  /** {@code USE ks}: the keyspace of the unqualified names that follow. */
  record Use(Identifier keyspace) implements DdlStatement {}

  /** {@code CREATE KEYSPACE ks ...}. */
  record CreateKeyspace(Identifier keyspace) implements DdlStatement {}

  /** {@code CREATE TYPE [ks.]name (field type, ...)}. */
  record CreateType(Identifier keyspace, Identifier name, List<Field> fields)
      implements DdlStatement {
    public CreateType {
      fields = List.copyOf(fields);
    }
  }

  /** A field of a user-defined type. */
  record Field(Identifier name, TypeSyntax type) {}

  /**
   * {@code CREATE TABLE [ks.]name (...)}.
   *
   * @param partitionKey the partition key columns, in order
   * @param clustering the clustering columns, in order
   * @param descending the clustering columns ordered {@code DESC} by {@code CLUSTERING ORDER BY}
   */
  record CreateTable(
      Identifier keyspace,
      Identifier name,
      List<ColumnDefinition> columns,
      List<Identifier> partitionKey,
      List<Identifier> clustering,
      List<Identifier> descending)
      implements DdlStatement {
    public CreateTable {
      columns = List.copyOf(columns);
      partitionKey = List.copyOf(partitionKey);
      clustering = List.copyOf(clustering);
      descending = List.copyOf(descending);
    }
  }

  /** A column of CREATE TABLE. */
  record ColumnDefinition(Identifier name, TypeSyntax type, boolean isStatic) {}

  /**
   * {@code CREATE [CUSTOM] INDEX [name] ON [ks.]table (target) [USING 'class']}.
   *
   * @param target {@code values}, {@code keys}, {@code entries} or {@code full} when the column is
   *     wrapped in one, else null
   * @param using the index class, or null for a legacy secondary index
   */
  record CreateIndex(
      Identifier name,
      Identifier keyspace,
      Identifier table,
      Identifier column,
      String target,
      String using)
      implements DdlStatement {}

  /** {@code CREATE FUNCTION} or {@code CREATE AGGREGATE}; {@code returnType} null if unknown. */
  record CreateFunction(
      Identifier keyspace, Identifier name, List<TypeSyntax> arguments, TypeSyntax returnType)
      implements DdlStatement {
    public CreateFunction {
      arguments = List.copyOf(arguments);
    }
  }

  /** A statement Augur does not need (views, roles, grants, triggers), skipped. */
  record Skipped(String what) implements DdlStatement {}
}
