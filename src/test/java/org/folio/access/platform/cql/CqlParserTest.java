package org.folio.access.platform.cql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.folio.access.platform.cql.CqlNode.BooleanNode;
import org.folio.access.platform.cql.CqlNode.ClauseNode;
import org.folio.access.platform.cql.CqlNode.Operator;
import org.junit.jupiter.api.Test;

class CqlParserTest {

  private static ClauseNode clause(String index, CqlRelation relation, String term, int pos) {
    return new ClauseNode(index, relation, new CqlTerm(term), pos);
  }

  @Test
  void clauseKeepsIndexRelationTermAndPosition() throws CqlException {
    CqlQuery query = CqlParser.parse("  title adj \"a b\"");
    assertEquals(new CqlQuery(clause("title", CqlRelation.ADJ, "a b", 3), List.of()), query);
  }

  @Test
  void bareTermHasNoIndexAndEqualsRelation() throws CqlException {
    assertEquals(clause(null, CqlRelation.EQ, "smith", 1), CqlParser.parse("smith").root());
  }

  @Test
  void booleansAreLeftAssociative() throws CqlException {
    CqlNode root = CqlParser.parse("a=1 or b=2 not c=3").root();
    CqlNode expected = new BooleanNode(Operator.NOT,
        new BooleanNode(Operator.OR, clause("a", CqlRelation.EQ, "1", 1),
            clause("b", CqlRelation.EQ, "2", 8)),
        clause("c", CqlRelation.EQ, "3", 16));
    assertEquals(expected, root);
  }

  @Test
  void parenthesesBuildTheRightSubtree() throws CqlException {
    CqlNode root = CqlParser.parse("a=1 AND (b<>2 OR c>=3)").root();
    CqlNode expected = new BooleanNode(Operator.AND, clause("a", CqlRelation.EQ, "1", 1),
        new BooleanNode(Operator.OR, clause("b", CqlRelation.NOT_EQ, "2", 10),
            clause("c", CqlRelation.GE, "3", 18)));
    assertEquals(expected, root);
  }

  @Test
  void quotedTermKeepsItsEscapesForTheTranslator() throws CqlException {
    ClauseNode clause = (ClauseNode) CqlParser.parse("a == \"x\\\"y\\*\"").root();
    assertEquals("x\\\"y\\*", clause.term().source());
    assertEquals("x\"y*", clause.term().literal());
  }

  @Test
  void sortKeysKeepOrderAndDirection() throws CqlException {
    CqlQuery query = CqlParser.parse("a=1 sortBy b c/sort.descending d/sort.ascending");
    assertEquals(List.of(new CqlQuery.SortKey("b", false, 12),
        new CqlQuery.SortKey("c", true, 14), new CqlQuery.SortKey("d", false, 32)),
        query.sortKeys());
  }

  @Test
  void everyRelationIsRecognised() throws CqlException {
    for (CqlRelation relation : CqlRelation.values()) {
      ClauseNode clause = (ClauseNode) CqlParser.parse("a " + relation.symbol() + " x").root();
      assertEquals(relation, clause.relation());
    }
  }

  @Test
  void serverChoiceRelationIsEquals() throws CqlException {
    assertEquals(clause("title", CqlRelation.EQ, "x", 1), CqlParser.parse("title scr x").root());
  }

  @Test
  void relationModifiersAndIdListsAreParsed() throws CqlException {
    ClauseNode clause = (ClauseNode) CqlParser.parse("a ==/respectCase x").root();
    assertEquals(new CqlModifiers(true, false, CqlModifiers.As.FIELD_TYPE), clause.modifiers());
    CqlNode list = CqlParser.parse("id==(x or y)").root();
    assertEquals(new BooleanNode(Operator.OR, clause("id", CqlRelation.EXACT, "x", 1),
        clause("id", CqlRelation.EXACT, "y", 1)), list);
  }
}
