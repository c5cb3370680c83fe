package dev.augur.processor.cql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The parser alone: what it builds from each statement form, and what it rejects. */
class CqlParserTest {

  private static Statement parse(String cql) throws CqlSyntaxException {
    return CqlParser.parse(cql);
  }

  @Test
  void selectWithEveryClause() throws CqlSyntaxException {
    Statement.Select select =
        (Statement.Select)
            parse(
                "SELECT JSON DISTINCT a, count(*), max(b) AS m, writetime(c), CAST(d AS text),"
                    + " e.f, g['k'] FROM ks.t WHERE a = :a AND b IN ? AND (c, d) > (1, 2) AND"
                    + " token(a) > ? AND e CONTAINS KEY 'x' GROUP BY a ORDER BY c DESC PER"
                    + " PARTITION LIMIT 2 LIMIT :n ALLOW FILTERING;");

    assertTrue(select.json());
    assertTrue(select.distinct());
    assertEquals(7, select.selectors().size());
    assertEquals("m", select.selectors().get(2).alias().name());
    assertInstanceOf(Selectable.CountRows.class, select.selectors().get(1).value());
    assertInstanceOf(Selectable.WriteMetadata.class, select.selectors().get(3).value());
    assertInstanceOf(Selectable.Cast.class, select.selectors().get(4).value());
    assertInstanceOf(Selectable.Field.class, select.selectors().get(5).value());
    assertInstanceOf(Selectable.Element.class, select.selectors().get(6).value());
    assertEquals("ks", select.table().keyspace().name());
    assertEquals(5, select.where().size());
    assertInstanceOf(Term.Marker.class, ((Relation.Single) select.where().get(1)).value());
    assertInstanceOf(Relation.Multi.class, select.where().get(2));
    assertInstanceOf(Relation.Token.class, select.where().get(3));
    assertEquals(Operator.CONTAINS_KEY, ((Relation.Single) select.where().get(4)).operator());
    assertEquals(1, select.groupBy().size());
    assertTrue(select.orderings().get(0).descending());
    assertInstanceOf(Term.Literal.class, select.perPartitionLimit());
    assertInstanceOf(Term.Marker.class, select.limit());
    assertTrue(select.allowFiltering());
  }

  @Test
  void namesFoldUnlessQuoted() throws CqlSyntaxException {
    Statement.Select select =
        (Statement.Select) parse("select \"Name\", AGE from Users where \"Id\" = :Id");

    assertEquals("Name", ((Selectable.Column) select.selectors().get(0).value()).column().name());
    assertEquals("age", ((Selectable.Column) select.selectors().get(1).value()).column().name());
    assertEquals("users", select.table().table().name());
    Term.Marker marker = (Term.Marker) ((Relation.Single) select.where().get(0)).value();
    assertEquals("id", marker.name());
    assertEquals("Id", marker.written());
  }

  @Test
  void jsonAndDistinctAreColumnsWhenNothingFollows() throws CqlSyntaxException {
    Statement.Select select = (Statement.Select) parse("SELECT json, distinct FROM t");

    assertEquals(2, select.selectors().size());
    assertEquals(false, select.json());
  }

  @Test
  void literalsOfEveryKind() throws CqlSyntaxException {
    Statement.Insert insert =
        (Statement.Insert)
            parse(
                "INSERT INTO t (a, b, c, d, e, f, g, h, i, j, k) VALUES ('it''s', -12, 1.5e3,"
                    + " 6ab09bec-e68e-48d9-a5f8-97e6fb4c9b47, 0xcafe, 1h30m, true, null, [1, 2],"
                    + " {'x': 1}, {street: 'a'}) IF NOT EXISTS USING TTL 60 AND TIMESTAMP ?");

    List<Term> values = insert.values();
    assertEquals("it's", ((Term.Literal) values.get(0)).text());
    assertEquals(Term.LiteralKind.INTEGER, ((Term.Literal) values.get(1)).kind());
    assertEquals(Term.LiteralKind.FLOAT, ((Term.Literal) values.get(2)).kind());
    assertEquals(Term.LiteralKind.UUID, ((Term.Literal) values.get(3)).kind());
    assertEquals(Term.LiteralKind.HEX, ((Term.Literal) values.get(4)).kind());
    assertEquals(Term.LiteralKind.DURATION, ((Term.Literal) values.get(5)).kind());
    assertEquals(Term.LiteralKind.BOOLEAN, ((Term.Literal) values.get(6)).kind());
    assertInstanceOf(Term.Null.class, values.get(7));
    assertInstanceOf(Term.ListLiteral.class, values.get(8));
    assertInstanceOf(Term.MapLiteral.class, values.get(9));
    assertInstanceOf(Term.UdtLiteral.class, values.get(10));
    assertTrue(insert.ifNotExists());
    assertInstanceOf(Term.Literal.class, insert.using().ttl());
    assertInstanceOf(Term.Marker.class, insert.using().timestamp());
  }

  @Test
  void updateOperationsOfEveryKind() throws CqlSyntaxException {
    Statement.Update update =
        (Statement.Update)
            parse(
                "UPDATE t USING TTL 5 SET a = :a, b = b + ?, c = ? + c, d = d - {1}, e[?] = ?, f.g"
                    + " = 1, h += 2, i = i -1 WHERE k = ? IF a = 1 AND b[0] IN (1, 2)");

    List<Assignment> assignments = update.assignments();
    assertInstanceOf(Assignment.Set.class, assignments.get(0));
    assertInstanceOf(Assignment.Add.class, assignments.get(1));
    assertInstanceOf(Assignment.Prepend.class, assignments.get(2));
    assertInstanceOf(Assignment.Subtract.class, assignments.get(3));
    assertInstanceOf(Assignment.SetElement.class, assignments.get(4));
    assertInstanceOf(Assignment.SetField.class, assignments.get(5));
    assertInstanceOf(Assignment.Add.class, assignments.get(6));
    assertInstanceOf(Assignment.Add.class, assignments.get(7));
    assertEquals(2, update.conditions().size());
    assertEquals(Operator.IN, update.conditions().get(1).operator());
    assertTrue(update.isConditional());
  }

  @Test
  void deletesAndBatches() throws CqlSyntaxException {
    Statement.Batch batch =
        (Statement.Batch)
            parse(
                "BEGIN UNLOGGED BATCH USING TIMESTAMP 1 DELETE a, b[1], c.d FROM t WHERE k = 1 IF"
                    + " EXISTS; INSERT INTO t (k) VALUES (2) APPLY BATCH");

    assertEquals(Statement.BatchType.UNLOGGED, batch.type());
    Statement.Delete delete = (Statement.Delete) batch.statements().get(0);
    assertEquals(3, delete.deletions().size());
    assertTrue(delete.ifExists());
    assertInstanceOf(Statement.Insert.class, batch.statements().get(1));
  }

  @Test
  void placeholdersNameTheEntitysTable() throws CqlSyntaxException {
    Statement.Select select = (Statement.Select) parse("SELECT * FROM ${qualifiedTable}");
    Statement.Select keyspace = (Statement.Select) parse("SELECT * FROM ${keyspace}.users");

    assertEquals("qualifiedTable", select.table().placeholder());
    assertNull(keyspace.table().keyspace());
    assertEquals("users", keyspace.table().table().name());
  }

  @Test
  void typeHintsAndTuples() throws CqlSyntaxException {
    Statement.Select select =
        (Statement.Select)
            parse("SELECT * FROM t WHERE a = (int) ? AND (b, c) IN ((1, 2), (3, 4))");

    Term hint = ((Relation.Single) select.where().get(0)).value();
    assertEquals("int", ((Term.TypeHint) hint).type().name());
    Term.InValues in = (Term.InValues) ((Relation.Multi) select.where().get(1)).value();
    assertEquals(2, in.values().size());
  }

  @Test
  void commentsAndDollarStringsAreNotCode() throws CqlSyntaxException {
    Statement.Select select =
        (Statement.Select)
            parse("SELECT * -- a comment :x\n FROM t /* :y */ WHERE a = $$it's :z$$ // end");

    assertEquals(
        "it's :z", ((Term.Literal) ((Relation.Single) select.where().get(0)).value()).text());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT * FORM t",
        "SELECT * FROM t WHERE",
        "SELECT * FROM t WHERE a = :from",
        "SELECT * FROM t WHERE from = 1",
        "SELECT * FROM t WHERE a == 1",
        "SELECT * FROM t WHERE a = 'open",
        "UPDATE t SET a = b + 1 WHERE k = 1",
        "DELETE FROM t USING TTL 5 WHERE k = 1",
        "BEGIN BATCH SELECT * FROM t APPLY BATCH",
        "SELECT * FROM t LIMIT 'x'",
        "SELECT * FROM t; SELECT * FROM u"
      })
  void invalidSyntaxIsRejected(String cql) {
    assertThrows(CqlSyntaxException.class, () -> parse(cql));
  }

  @Test
  void syntaxErrorsSayWhereAndWhat() {
    CqlSyntaxException error =
        assertThrows(CqlSyntaxException.class, () -> parse("SELECT * FORM users"));

    assertEquals("FROM expected at offset 9, found 'FORM'", error.getMessage());
    assertEquals(9, error.offset());
  }
}
