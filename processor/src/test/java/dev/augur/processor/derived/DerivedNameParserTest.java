package dev.augur.processor.derived;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.augur.processor.derived.DerivedQuery.Action;
import dev.augur.processor.derived.DerivedQuery.Comparison;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Method names read as queries, against an entity's properties. */
class DerivedNameParserTest {
  private final DerivedNameParser parser =
      new DerivedNameParser(
          List.of("userId", "orderDate", "order", "inStock", "brandAndModel", "tags"));

  @Test
  void conditionsAndComparisons() throws Exception {
    DerivedQuery query = parser.parse("findByUserIdAndOrderDateGreaterThanEqual");

    assertEquals(Action.FIND, query.action());
    assertEquals(
        List.of(
            new DerivedQuery.Condition("userId", Comparison.EQUALS),
            new DerivedQuery.Condition("orderDate", Comparison.GREATER_THAN_EQUAL)),
        query.conditions());
  }

  @Test
  void propertiesMayContainKeywords() throws Exception {
    assertEquals(
        List.of(
            new DerivedQuery.Condition("inStock", Comparison.EQUALS),
            new DerivedQuery.Condition("brandAndModel", Comparison.IN)),
        parser.parse("countByInStockAndBrandAndModelIn").conditions());
    assertEquals("order", parser.parse("findByOrder").conditions().get(0).property());
  }

  @Test
  void limitsAndOrderings() throws Exception {
    DerivedQuery query = parser.parse("findFirst10ByUserIdOrderByOrderDateDescOrderAsc");

    assertEquals(10, query.limit());
    assertEquals(
        List.of(
            new DerivedQuery.Ordering("orderDate", true),
            new DerivedQuery.Ordering("order", false)),
        query.orderings());
    assertEquals(1, parser.parse("findTopByUserId").limit());
    assertEquals(0, parser.parse("findAll").conditions().size());
  }

  @Test
  void nearIsTheAnnOrderingOfAVectorProperty() throws Exception {
    DerivedQuery query = parser.parse("findTop10ByUserIdAndTagsNear");

    assertEquals(10, query.limit());
    assertEquals(new DerivedQuery.Condition("tags", Comparison.NEAR), query.near());
    assertEquals(2, query.conditions().size());
    assertEquals(null, parser.parse("findTop10ByUserId").near());
    assertEquals(
        "Near orders only find queries",
        assertThrows(
                DerivedNameParser.InvalidNameException.class, () -> parser.parse("countByTagsNear"))
            .getMessage());
    assertEquals(
        "it has Near twice, and Cassandra orders by the ANN of one vector only",
        assertThrows(
                DerivedNameParser.InvalidNameException.class,
                () -> parser.parse("findTop3ByTagsNearAndOrderNear"))
            .getMessage());
  }

  @Test
  void verbs() throws Exception {
    assertEquals(Action.COUNT, parser.parse("countByUserId").action());
    assertEquals(Action.EXISTS, parser.parse("existsByUserId").action());
    assertEquals(Action.DELETE, parser.parse("removeByUserId").action());
    assertEquals(Action.FIND, parser.parse("streamByTagsContaining").action());
    assertEquals(
        Comparison.BETWEEN,
        parser.parse("readByOrderDateBetween").conditions().get(0).comparison());
  }

  @Test
  void whatReadsAsADerivedQuery() {
    assertTrue(DerivedNameParser.looksDerived("findByUserId"));
    assertTrue(DerivedNameParser.looksDerived("findAll"));
    assertFalse(DerivedNameParser.looksDerived("find"));
    assertFalse(DerivedNameParser.looksDerived("save"));
    assertFalse(DerivedNameParser.looksDerived("findUsers"));
  }

  @Test
  void unknownPropertiesAndUnsupportedWords() {
    DerivedNameParser.InvalidNameException unknown =
        assertThrows(
            DerivedNameParser.InvalidNameException.class,
            () -> parser.parse("findByUsrIdAndOrder"));
    assertEquals("UsrId", unknown.property());
    assertThrows(
        DerivedNameParser.InvalidNameException.class, () -> parser.parse("findByUserIdOrOrder"));
    assertThrows(
        DerivedNameParser.InvalidNameException.class, () -> parser.parse("findByUserIdNot"));
    assertThrows(
        DerivedNameParser.InvalidNameException.class, () -> parser.parse("countFirst3ByUserId"));
  }
}
