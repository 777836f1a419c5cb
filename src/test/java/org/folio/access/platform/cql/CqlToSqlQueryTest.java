package org.folio.access.platform.cql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Booleans, precedence, cql.allRecords, default field, placeholders, sortBy and injection. */
class CqlToSqlQueryTest {

  private static final CqlFields FIELDS = CqlFields.of(
      CqlField.text("a", "jsonb->>'a'"),
      CqlField.text("b", "jsonb->>'b'"),
      CqlField.text("c", "jsonb->>'c'"),
      CqlField.dateTime("dueDate", "jsonb->>'dueDate'"));
  private static final CqlFields WITH_DEFAULT = FIELDS.withDefault("a");
  private static final String A = words("a", 1);
  private static final String B = words("b", 3);
  private static final String C = words("c", 5);
  private static final Object[] W1 = both("1", "1");
  private static final Object[] W2 = both("2", "2");
  private static final Object[] W3 = both("3", "3");

  /**
   * field = term: word matching, case and accents folded on both sides; a LIKE of the words
   * ($n) before the regular expression ($n+1).
   */
  static String words(String field, int placeholder) {
    String folded = "lower(public.unaccent(jsonb->>'" + field + "'))";
    return "(" + folded + " LIKE (SELECT lower(public.unaccent($" + placeholder + "))) AND "
        + folded + " ~ (SELECT lower(public.unaccent($" + (placeholder + 1) + "))))";
  }

  /** The two values word matching binds: the LIKE pattern and the word pattern. */
  static Object[] both(String like, String regex) {
    return new Object[] {"%" + like + "%", word(regex)};
  }

  /** The pattern of one whole word. */
  static String word(String regex) {
    return "(^|[[:space:][:punct:]])" + regex + "($|[[:space:][:punct:]])";
  }

  private static SqlFilter translate(String cql, CqlFields fields) throws CqlException {
    return CqlToSql.translate(cql, fields, 1);
  }

  private static void assertWhere(String cql, String where, Object... params)
      throws CqlException {
    SqlFilter filter = translate(cql, WITH_DEFAULT);
    assertEquals(where, filter.where());
    List<Object> flat = new java.util.ArrayList<>();
    for (Object param : params) {
      flat.addAll(param instanceof Object[] pair ? List.of(pair) : List.of(param));
    }
    assertEquals(flat, filter.params());
  }

  @Test
  void andIsParenthesised() throws CqlException {
    assertWhere("a=1 AND b=2", "(" + A + " AND " + B + ")", W1, W2);
  }

  @Test
  void orIsParenthesised() throws CqlException {
    assertWhere("a=1 OR b=2", "(" + A + " OR " + B + ")", W1, W2);
  }

  @Test
  void notIsBinaryAndKeepsRecordsWhereTheRightSideIsUndecided() throws CqlException {
    assertWhere("a=1 NOT b=2", "(" + A + " AND (" + B + ") IS NOT TRUE)", W1, W2);
  }

  @Test
  void booleanOperatorsAreCaseInsensitive() throws CqlException {
    assertWhere("a=1 and b=2 Or c=3", "((" + A + " AND " + B + ") OR " + C + ")", W1, W2, W3);
  }

  @Test
  void operatorsAreLeftAssociativeWithEqualPrecedence() throws CqlException {
    assertWhere("a=1 OR b=2 AND c=3", "((" + A + " OR " + B + ") AND " + C + ")", W1, W2, W3);
  }

  @Test
  void parenthesesGroupTheRightSide() throws CqlException {
    assertWhere("a=1 AND (b=2 OR c=3)", "(" + A + " AND (" + B + " OR " + C + "))",
        W1, W2, W3);
  }

  @Test
  void notWithGroupedRightSideIsNotParenthesisedTwice() throws CqlException {
    assertWhere("a=1 NOT (b=2 OR c=3)", "(" + A + " AND (" + B + " OR " + C + ") IS NOT TRUE)",
        W1, W2, W3);
  }

  @Test
  void redundantParenthesesDisappear() throws CqlException {
    assertWhere("((a=1))", A, W1);
  }

  @Test
  void whitespaceMayBeTabsAndNewlines() throws CqlException {
    assertWhere("\ta=1\nAND\r\nb=2 ", "(" + A + " AND " + B + ")", W1, W2);
  }

  @Test
  void allRecordsTranslatesToTrue() throws CqlException {
    assertWhere("cql.allRecords=1", "TRUE");
    assertWhere("CQL.ALLRECORDS = 1", "TRUE");
  }

  @Test
  void allRecordsNotPresentFindsRecordsWithoutTheField() throws CqlException {
    assertWhere("cql.allRecords=1 NOT b=\"\"", "(TRUE AND (jsonb->>'b' IS NOT NULL) IS NOT TRUE)");
  }

  @Test
  void bareTermUsesTheDefaultField() throws CqlException {
    assertWhere("smith", A, both("smith", "smith"));
    assertWhere("\"john smith\"", A, both("john%smith", "john[[:space:][:punct:]]+smith"));
    assertWhere("smi*", A, both("smi%", "smi[^[:space:][:punct:]]*"));
  }

  @Test
  void bareTermsCombineWithBooleans() throws CqlException {
    assertWhere("smith OR jones", "(" + A + " OR " + words("a", 3) + ")", both("smith", "smith"),
        both("jones", "jones"));
  }

  @Test
  void serverChoiceIndexUsesTheDefaultField() throws CqlException {
    assertWhere("cql.serverChoice all smith", A, both("smith", "smith"));
  }

  @Test
  void placeholdersAreNumberedFromFirstPlaceholder() throws CqlException {
    SqlFilter filter = CqlToSql.translate("a=1 OR (b=2 AND c all \"x y\")", FIELDS, 4);
    assertEquals("(" + words("a", 4) + " OR (" + words("b", 6) + " AND (" + words("c", 8)
        + " AND " + words("c", 10) + ")))", filter.where());
    assertEquals(List.of("%1%", word("1"), "%2%", word("2"), "%x%", word("x"), "%y%", word("y")),
        filter.params());
  }

  @Test
  void noSortByGivesEmptyOrderBy() throws CqlException {
    assertEquals("", translate("a=1", FIELDS).orderBy());
  }

  @Test
  void sortByDefaultsToAscendingOnFoldedText() throws CqlException {
    assertEquals("lower(public.unaccent(jsonb->>'a')) ASC",
        translate("b=1 sortBy a", FIELDS).orderBy());
  }

  @Test
  void sortByAcceptsExplicitAscendingAndDescending() throws CqlException {
    SqlFilter filter = translate("cql.allRecords=1 sortBy a/sort.ascending dueDate/sort.descending",
        FIELDS);
    assertEquals("TRUE", filter.where());
    assertEquals("lower(public.unaccent(jsonb->>'a')) ASC,"
        + " (jsonb->>'dueDate')::timestamptz DESC",
        filter.orderBy());
  }

  @Test
  void sortByKeywordAndModifiersAreCaseInsensitive() throws CqlException {
    assertEquals("lower(public.unaccent(jsonb->>'b')) DESC,"
        + " lower(public.unaccent(jsonb->>'c')) ASC",
        translate("a=1 SORTBY b/Sort.Descending c", FIELDS).orderBy());
  }

  @Test
  void sortByMayFollowParenthesisedQuery() throws CqlException {
    SqlFilter filter = translate("(a=1 OR b=2) sortby c", FIELDS);
    assertEquals("(" + A + " OR " + B + ")", filter.where());
    assertEquals("lower(public.unaccent(jsonb->>'c')) ASC", filter.orderBy());
  }

  @Test
  void termTextNeverAppearsInSql() throws CqlException {
    String evil = "'; drop table x; --";
    String[] queries = {
        "a = \"" + evil + "\"", "a == \"" + evil + "*\"", "a <> \"" + evil + "\"",
        "a all \"" + evil + "\"", "a < \"" + evil + "\"", "\"" + evil + "\"",
    };
    for (String query : queries) {
      SqlFilter filter = translate(query, WITH_DEFAULT);
      assertFalse(filter.where().contains("drop"), filter.where());
      assertFalse(filter.where().contains("--"), filter.where());
      assertFalse(filter.where().contains("x;"), filter.where());
      assertFalse(filter.params().isEmpty(), query);
    }
    assertEquals(List.of(evil), translate("a == \"" + evil + "\"", FIELDS).params());
  }

  @Test
  void longFlatBooleanChainDoesNotOverflowTheStack() throws CqlException {
    StringBuilder query = new StringBuilder("a=0");
    int clauses = 1;
    while (query.length() + 10 <= CqlParser.MAX_QUERY_LENGTH) {
      query.append(" OR a=").append(clauses % 10);
      clauses++;
    }
    SqlFilter filter = translate(query.toString(), FIELDS);
    assertEquals(2 * clauses, filter.params().size());
    assertTrue(filter.where().startsWith("(".repeat(clauses - 1) + A + " OR "));
    assertTrue(filter.where().endsWith(" OR " + words("a", 2 * clauses - 1) + ")"));
  }

  @Test
  void fiftyLevelsOfParenthesesAreAllowed() throws CqlException {
    String query = "(".repeat(50) + "a=1" + ")".repeat(50);
    assertEquals(A, translate(query, FIELDS).where());
  }
}
