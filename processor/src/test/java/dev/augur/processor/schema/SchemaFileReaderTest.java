package dev.augur.processor.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Schema files read into the catalog, as DESCRIBE SCHEMA and hand-written files have them. */
class SchemaFileReaderTest {

  @Test
  void tablesTypesIndexesAndFunctions() throws Exception {
    SchemaCatalog catalog = new SchemaCatalog();
    SchemaFileReader.read(
        catalog,
        "schema.cql",
        String.join(
            "\n",
            "CREATE KEYSPACE shop WITH replication = {'class': 'NetworkTopologyStrategy', 'dc1': 3}"
                + " AND durable_writes = true;",
            "USE shop;",
            "CREATE TYPE IF NOT EXISTS address (street text, city text);",
            "CREATE TABLE orders (",
            "  customer uuid, day date, seq int, total decimal, ship_to frozen<address>,",
            "  lines list<frozen<map<text, int>>>, note text STATIC,",
            "  PRIMARY KEY ((customer), day, seq)",
            ") WITH CLUSTERING ORDER BY (day DESC, seq ASC) AND comment = 'x; y'",
            "  AND compaction = {'class': 'LeveledCompactionStrategy'};",
            "CREATE INDEX orders_note ON orders (note);",
            "CREATE CUSTOM INDEX ON shop.orders (total) USING 'StorageAttachedIndex';",
            "CREATE INDEX ON orders (KEYS(lines));",
            "CREATE FUNCTION shop.double_it (x int) RETURNS NULL ON NULL INPUT RETURNS int"
                + " LANGUAGE java AS 'return x * 2;';",
            "CREATE MATERIALIZED VIEW v AS SELECT * FROM orders WHERE customer IS NOT NULL AND day"
                + " IS NOT NULL AND seq IS NOT NULL PRIMARY KEY (day, customer, seq);"));

    TableSchema orders = catalog.table("shop", "orders").orElseThrow();
    assertEquals("(customer, day, seq)", orders.primaryKeyDisplay());
    assertTrue(orders.column("day").descending());
    assertEquals(ColumnSchema.Kind.STATIC, orders.column("note").kind());
    assertEquals("frozen<address>", orders.column("ship_to").type().cql());
    assertEquals("list<frozen<map<text, int>>>", orders.column("lines").type().cql());
    assertEquals(3, orders.indexes().size());
    assertEquals(IndexSchema.Kind.SAI, orders.indexesOn("total").get(0).kind());
    assertEquals(IndexSchema.Target.KEYS, orders.indexesOn("lines").get(0).target());
    assertTrue(catalog.table(null, "orders").isPresent());
    assertFalse(catalog.table("other", "orders").isPresent());
    assertEquals(1, catalog.functions("shop", "double_it").size());
    assertTrue(catalog.knowsKeyspace("shop"));
  }

  @Test
  void errorsGiveTheLine() {
    SchemaCatalog catalog = new SchemaCatalog();

    SchemaFileReader.SchemaFileException error =
        assertThrows(
            SchemaFileReader.SchemaFileException.class,
            () ->
                SchemaFileReader.read(
                    catalog,
                    "schema.cql",
                    "CREATE TABLE t (k int PRIMARY KEY);\n\nCREATE TABLE u (k int, v nosuchtype,"
                        + " PRIMARY KEY (k));"));

    assertEquals("line 3: unknown type nosuchtype", error.getMessage());
  }

  @Test
  void aTableOfAFileWinsOverAnEntityOfTheSameName() throws Exception {
    SchemaCatalog catalog = new SchemaCatalog();
    catalog.addEntityTable(
        new TableSchema(
            "",
            "events",
            java.util.List.of(
                new ColumnSchema(
                    "id",
                    CqlType.of(CqlType.NativeType.UUID),
                    ColumnSchema.Kind.PARTITION_KEY,
                    0,
                    false)),
            java.util.List.of(),
            "Event"));
    SchemaFileReader.read(catalog, "schema.cql", "CREATE TABLE events (id timeuuid PRIMARY KEY);");

    assertEquals("timeuuid", catalog.table(null, "events").orElseThrow().column("id").type().cql());
  }
}
