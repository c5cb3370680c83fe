package dev.augur.processor.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.augur.processor.schema.SchemaCatalog;
import dev.augur.processor.schema.SchemaFileReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The checker alone, on a schema file: marker types, idempotence, unknown tables. */
class QueryCheckerTest {
  private static final SchemaCatalog CATALOG = catalog();

  private static SchemaCatalog catalog() {
    SchemaCatalog catalog = new SchemaCatalog();
    try {
      SchemaFileReader.read(
          catalog,
          "schema.cql",
          "CREATE TABLE t (k text, c int, v bigint, l list<text>, s set<int>, m map<text, int>,"
              + " PRIMARY KEY (k, c));"
              + "CREATE TABLE counts (k text PRIMARY KEY, n counter);");
    } catch (SchemaFileReader.SchemaFileException e) {
      throw new AssertionError(e);
    }
    return catalog;
  }

  private static CheckResult check(String cql) {
    return QueryChecker.check(cql, CheckContext.standalone(CATALOG));
  }

  @Test
  void markersTakeTheTypesOfWhereTheyAre() {
    CheckResult result =
        check(
            "SELECT * FROM t WHERE k IN :keys AND c = :c AND token(k) > :t AND l CONTAINS :e"
                + " AND m CONTAINS KEY :mk LIMIT :n ALLOW FILTERING");

    assertEquals(
        List.of("list<text>", "int", "bigint", "text", "text", "int"),
        result.markers().stream().map(m -> m.type().cql()).toList());
  }

  @Test
  void writeMarkers() {
    CheckResult result =
        check("UPDATE t USING TTL :ttl SET m = m - :keys, l[:i] = :e WHERE k = :k AND c = :c");

    assertEquals(
        List.of("int", "set<text>", "int", "text", "text", "int"),
        result.markers().stream().map(m -> m.type().cql()).toList());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "SELECT * FROM t WHERE k = ? | true",
        "INSERT INTO t (k, c, v) VALUES (?, ?, ?) | true",
        "UPDATE t SET v = ? WHERE k = ? AND c = ? | true",
        "UPDATE t SET s = s + ?, m = m + ?, l = l - ? WHERE k = ? AND c = ? | true",
        "DELETE FROM t WHERE k = ? | true",
        "UPDATE counts SET n = n + 1 WHERE k = ? | false",
        "UPDATE t SET l = l + ? WHERE k = ? AND c = ? | false",
        "UPDATE t SET l = ? + l WHERE k = ? AND c = ? | false",
        "DELETE l[?] FROM t WHERE k = ? AND c = ? | false",
        "INSERT INTO t (k, c, v) VALUES (?, ?, toUnixTimestamp(now())) | false",
        "INSERT INTO t (k, c) VALUES (?, ?) IF NOT EXISTS | false",
        "UPDATE t SET v = 1 WHERE k = ? AND c = ? IF v = 0 | false",
        "BEGIN BATCH INSERT INTO t (k, c) VALUES (?, ?); UPDATE counts SET n = n + 1 WHERE k = ?"
            + " APPLY BATCH | false",
        "UPDATE unknown_table SET a = a + ? WHERE k = ? | false",
        "UPDATE unknown_table SET a = ? WHERE k = ? | true"
      })
  void idempotenceIsInferred(String cql, boolean idempotent) {
    assertEquals(idempotent, check(cql).idempotent(), cql);
  }

  @Test
  void statementsOnUnknownTablesAreOnlyParsed() {
    assertFalse(check("SELECT whatever FROM elsewhere WHERE x > 1").hasErrors());
    assertTrue(check("SELECT whatever FROM elsewhere WHERE").hasErrors());
    assertNull(check("SELECT whatever FROM elsewhere WHERE").statement());
  }
}
