package org.folio.access.platform.cql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Queries that are not valid CQL, or use CQL features this parser does not support. */
class CqlSyntaxErrorTest {

  private static final CqlFields FIELDS = CqlFields.of(
      CqlField.text("name", "jsonb->>'name'"),
      CqlField.text("status", "jsonb->>'status'"),
      CqlField.uuid("id", "id"));

  private static String error(String cql) {
    return assertThrows(CqlException.class, () -> CqlToSql.translate(cql, FIELDS, 1))
        .getMessage();
  }

  @ParameterizedTest
  @ValueSource(strings = {"=<", "===", "<<", "=>", "><"})
  void unknownRelationSymbolIsRejected(String relation) {
    assertEquals("Unsupported relation '" + relation + "' at position 6; supported: =, ==, <>, <,"
        + " >, <=, >=, adj, all, any", error("name " + relation + " x"));
  }

  @Test
  void unsupportedRelationWordIsRejected() {
    assertEquals("Unsupported relation 'within' at position 6; supported: =, ==, <>, <, >, <=,"
        + " >=, adj, all, any", error("name within \"1 5\""));
  }

  @Test
  void unknownRelationModifierIsRejected() {
    assertEquals("The relation modifier '/fancy' of '=' at position 6 is unknown; supported:"
        + " /respectCase, /ignoreCase, /respectAccents, /ignoreAccents, /masked, /number, /string",
        error("name =/fancy x"));
  }

  @Test
  void unsupportedRelationModifierAfterSpaceIsNamed() {
    assertEquals("The relation modifier '/regexp' of 'adj' at position 6 is not supported;"
        + " supported: /respectCase, /ignoreCase, /respectAccents, /ignoreAccents, /masked,"
        + " /number, /string", error("name adj /regexp x"));
  }

  @Test
  void modifierWithAValueIsNamed() {
    assertEquals("The relation modifier '/@type' of '=' at position 6 is unknown; supported:"
        + " /respectCase, /ignoreCase, /respectAccents, /ignoreAccents, /masked, /number, /string",
        error("name =/@type=isbn x"));
  }

  @Test
  void emptyModifierIsRejected() {
    assertEquals("The relation '==' at position 6 has an empty modifier in '/respectCase//x'",
        error("name ==/respectCase// x"));
  }

  @Test
  void numberAndStringTogetherAreRejected() {
    assertEquals("The relation '==' at position 6 has both /number and /string; use one of them",
        error("name ==/number/string x"));
  }

  @Test
  void prefixMapIsRejectedByName() {
    assertEquals("Prefix maps ('> prefix = \"identifier\"') are not supported: found '>' at"
        + " position 1; write the field name alone", error("> dc = \"info:srw/cql\" name = x"));
  }

  @Test
  void termListNeedsOrBetweenTerms() {
    assertEquals("The terms of the list in parentheses at position 9 must be joined by OR and"
        + " end with ')'; found 'and' at position 12", error("name == (a and b)"));
    assertEquals("The list in parentheses at position 9 needs a search term here; found the end"
        + " of the query", error("name == (a or"));
    assertEquals("The list in parentheses at position 7 needs a search term here; found ')' at"
        + " position 8", error("name =()"));
  }

  @Test
  void termListOnlyFollowsEqualityRelations() {
    assertEquals("A list of terms in parentheses (at position 9) can only follow =, == or <>,"
        + " not 'all'", error("name all(a or b)"));
  }

  @Test
  void proxOperatorIsRejected() {
    assertEquals("The boolean operator 'prox' at position 10 is not supported; use AND, OR or NOT",
        error("name = x prox name = y"));
  }

  @Test
  void booleanModifierIsRejected() {
    assertEquals("Boolean modifiers are not supported: 'or/fuzzy' at position 10",
        error("name = x or/fuzzy name = y"));
  }

  @Test
  void unclosedParenthesisIsRejected() {
    assertEquals("Unbalanced parentheses: the '(' at position 14 is never closed",
        error("name = x AND (status = y"));
  }

  @Test
  void extraClosingParenthesisIsRejected() {
    assertEquals("Unbalanced parentheses: the ')' at position 9 has no matching '('",
        error("name = x)"));
  }

  @Test
  void emptyParenthesesAreRejected() {
    assertEquals("Unexpected ')' at position 2; expected a search clause", error("()"));
  }

  @Test
  void unterminatedQuoteIsRejected() {
    assertEquals("The quoted term starting at position 8 has no closing quote",
        error("name = \"abc\\\""));
  }

  @Test
  void trailingTermIsRejected() {
    assertEquals("Unexpected 'y' at position 10; expected AND, OR, NOT, sortBy or the end of the"
        + " query", error("name = x y"));
    assertEquals("Unexpected \"y\" at position 11; expected AND, OR, NOT, sortBy or the end of"
        + " the query", error("name = \"x\"\"y\""));
  }

  @Test
  void garbageInsideParenthesesIsRejected() {
    assertEquals("Unexpected 'y' at position 11; expected AND, OR, NOT or ')'",
        error("(name = x y)"));
  }

  @Test
  void missingTermIsRejected() {
    assertEquals("The relation '=' at position 6 is not followed by a search term (found the end"
        + " of the query)", error("name ="));
    assertEquals("The relation '==' at position 7 is not followed by a search term (found ')')",
        error("(name == )"));
  }

  @Test
  void relationWithoutFieldIsRejected() {
    assertEquals("The relation '=' at position 1 has no field name before it", error("= x"));
  }

  @Test
  void quotedFieldNameIsRejected() {
    assertEquals("The field name \"name\" at position 1 must not be quoted",
        error("\"name\" = x"));
  }

  @Test
  void leadingNotIsRejected() {
    assertEquals("Expected a search clause at position 1 but found the keyword 'NOT'; NOT is"
        + " binary (write 'a NOT b' or 'cql.allRecords=1 NOT b') and sortBy must follow a search"
        + " clause", error("NOT name = x"));
  }

  @Test
  void sortByAloneIsRejected() {
    assertEquals("Expected a search clause at position 1 but found the keyword 'sortBy'; NOT is"
        + " binary (write 'a NOT b' or 'cql.allRecords=1 NOT b') and sortBy must follow a search"
        + " clause", error("sortBy name"));
  }

  @Test
  void trailingOperatorIsRejected() {
    assertEquals("The query ends unexpectedly; expected a search clause", error("name = x AND"));
  }

  @Test
  void sortByWithoutFieldIsRejected() {
    assertEquals("sortBy at position 10 must be followed by at least one field name (found the"
        + " end of the query)", error("name = x sortBy"));
  }

  @Test
  void sortByFollowedByMoreQueryIsRejected() {
    assertEquals("Unexpected '=' at position 22; expected another sort key or the end of the"
        + " query", error("name = x sortBy name = y"));
  }

  @Test
  void unknownSortModifierIsRejected() {
    assertEquals("Unsupported sort modifier '/sort.fancy' at position 17; supported:"
        + " /sort.ascending, /sort.descending, /string, /number, /sort.ignoreCase,"
        + " /sort.respectCase, /sort.ignoreAccents, /sort.respectAccents, /sort.missingHigh,"
        + " /sort.missingLow", error("name = x sortBy name/sort.fancy"));
  }

  @Test
  void contradictorySortModifiersAreRejected() {
    assertEquals("The sort key 'name/sort.ascending/sort.descending' at position 17 is both"
        + " ascending and descending; use one of /sort.ascending or /sort.descending",
        error("name = x sortBy name/sort.ascending/sort.descending"));
    assertEquals("The sort key 'name/number/string' at position 17 has both /number and"
        + " /string; use one of them (found '/string')",
        error("name = x sortBy name /number /string"));
  }

  @Test
  void sortKeyWithoutFieldIsRejected() {
    assertEquals("The sort key '/sort.ascending' at position 17 has no field name",
        error("name = x sortBy /sort.ascending"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "\n\t"})
  void emptyQueryIsRejected(String query) {
    assertEquals("The query is empty", error(query));
  }

  @Test
  void tooLongQueryIsRejected() {
    String query = "name = " + "x".repeat(CqlParser.MAX_QUERY_LENGTH - 6);
    assertEquals("The query is too long: 10001 characters, but at most 10000 are allowed",
        error(query));
  }

  @Test
  void queryOfMaximumLengthIsAccepted() throws CqlException {
    String query = "name = " + "x".repeat(CqlParser.MAX_QUERY_LENGTH - 7);
    assertEquals(2, CqlToSql.translate(query, FIELDS, 1).params().size());
  }

  @Test
  void tooDeepNestingIsRejected() {
    String query = "(".repeat(51) + "name = x" + ")".repeat(51);
    assertEquals("The query is nested too deeply: more than 50 levels of parentheses at position"
        + " 51", error(query));
  }

  @Test
  void extremelyDeepNestingIsRejectedWithoutStackOverflow() {
    String query = "(".repeat(9_000) + "name = x";
    assertEquals("The query is nested too deeply: more than 50 levels of parentheses at position"
        + " 51", error(query));
  }
}
