package org.folio.access.platform.cql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** TEXT fields: word matching, exact matching, folding, modifiers, wildcards and escapes. */
class CqlToSqlTextTest {

  private static final CqlFields FIELDS = CqlFields.of(CqlField.text("name", "jsonb->>'name'"),
      CqlField.keyword("status", "status"));
  private static final String NAME = "jsonb->>'name'";
  private static final String FOLDED = "lower(public.unaccent(jsonb->>'name'))";
  private static final String SEP = "[[:space:][:punct:]]";
  private static final String WORD_CHARS = "[^[:space:][:punct:]]";

  private static void assertSql(String cql, String where, Object... params) throws CqlException {
    SqlFilter filter = CqlToSql.translate(cql, FIELDS, 1);
    assertEquals(where, filter.where());
    assertEquals(List.of(params), filter.params());
    assertEquals("", filter.orderBy());
  }

  private static String folded(String placeholder) {
    return "(SELECT lower(public.unaccent(" + placeholder + ")))";
  }

  private static String word(String regex) {
    return "(^|" + SEP + ")" + regex + "($|" + SEP + ")";
  }

  private static String matches(int placeholder) {
    return FOLDED + " ~ " + folded("$" + placeholder);
  }

  /** Word matching: a LIKE of the words in order ($n), then the regular expression ($n+1). */
  private static String words(int placeholder) {
    return "(" + FOLDED + " LIKE " + folded("$" + placeholder) + " AND "
        + matches(placeholder + 1) + ")";
  }

  @Test
  void equalsMatchesAWholeWordIgnoringCaseAndAccents() throws CqlException {
    assertSql("name = Smith", words(1), "%Smith%", word("Smith"));
  }

  @Test
  void adjBehavesLikeEquals() throws CqlException {
    assertSql("name adj \"lea long\"", words(1), "%lea%long%", word("lea" + SEP + "+long"));
  }

  @Test
  void relationWordsAreCaseInsensitive() throws CqlException {
    assertSql("name ADJ Smith", words(1), "%Smith%", word("Smith"));
    assertSql("name Any Smith", matches(1), word("(Smith)"));
  }

  @Test
  void doubleEqualsComparesTheWholeValueIgnoringCaseAndAccents() throws CqlException {
    assertSql("name == Smith", FOLDED + " = " + folded("$1"), "Smith");
  }

  @Test
  void doubleEqualsWithWildcardIsLike() throws CqlException {
    assertSql("name == Sm*", FOLDED + " LIKE " + folded("$1"), "Sm%");
  }

  @Test
  void wildcardTermBecomesLikePatternWithEscapedPercent() throws CqlException {
    assertSql("name == \"50%*\"", FOLDED + " LIKE " + folded("$1"), "50\\%%");
  }

  @Test
  void questionMarkBecomesUnderscoreAndLiteralUnderscoreIsEscaped() throws CqlException {
    assertSql("name == a_?", FOLDED + " LIKE " + folded("$1"), "a\\__");
  }

  @Test
  void literalBackslashInWildcardTermIsEscapedInPattern() throws CqlException {
    assertSql("name == \"a\\\\b*\"", FOLDED + " LIKE " + folded("$1"), "a\\\\b%");
  }

  @Test
  void literalBackslashWithoutWildcardIsBoundAsItIs() throws CqlException {
    assertSql("name == \"a\\\\b\"", FOLDED + " = " + folded("$1"), "a\\b");
  }

  @Test
  void escapedAsteriskIsLiteralNotWildcard() throws CqlException {
    assertSql("name == \"a\\*\"", FOLDED + " = " + folded("$1"), "a*");
    assertSql("name = \"a\\*\"", words(1), "%a*%", word("a\\*"));
  }

  @Test
  void escapedQuestionMarkNextToRealWildcardStaysLiteral() throws CqlException {
    assertSql("name == \"why\\?*\"", FOLDED + " LIKE " + folded("$1"), "why?%");
    assertSql("name = \"why\\?*\"", words(1), "%why?%%", word("why\\?" + WORD_CHARS + "*"));
  }

  @Test
  void wordWildcardsStayInsideOneWord() throws CqlException {
    assertSql("name = lo*", words(1), "%lo%%", word("lo" + WORD_CHARS + "*"));
    assertSql("name = l?ng", words(1), "%l_ng%", word("l" + WORD_CHARS + "ng"));
  }

  @Test
  void escapedQuotesInsideQuotedTermAreUnescaped() throws CqlException {
    assertSql("name == \"say \\\"hi\\\"\"", FOLDED + " = " + folded("$1"), "say \"hi\"");
  }

  @Test
  void punctuationInWordsIsEscapedAndOtherSymbolsBracketed() throws CqlException {
    assertSql("name = \"a.b/c:d ½\"", words(1), "%a.b/c:d%½%",
        word("a\\.b\\/c\\:d" + SEP + "+[½]"));
  }

  @Test
  void quotedTermKeepsSpacesParenthesesAndRelationSymbols() throws CqlException {
    assertSql("name == \"a (b) = <c> and d\"", FOLDED + " = " + folded("$1"),
        "a (b) = <c> and d");
  }

  @Test
  void clauseWithoutSpacesIsParsed() throws CqlException {
    assertSql("name==x", FOLDED + " = " + folded("$1"), "x");
  }

  @Test
  void emptyTermWithWordRelationsMeansFieldIsPresent() throws CqlException {
    for (String relation : List.of("=", "adj", "all", "any")) {
      assertSql("name " + relation + " \"\"", NAME + " IS NOT NULL");
    }
  }

  @Test
  void emptyQuotedTermWithDoubleEqualsMatchesEmptyString() throws CqlException {
    assertSql("name == \"\"", NAME + " = ''");
  }

  @Test
  void notEqualToEmptyMeansPresentAndNotEmpty() throws CqlException {
    assertSql("name <> \"\"", NAME + " <> ''");
  }

  @Test
  void notEqualMatchesOnlyRecordsWithTheField() throws CqlException {
    assertSql("name <> Smith", FOLDED + " <> " + folded("$1"), "Smith");
  }

  @Test
  void notEqualWithWildcardUsesNotLike() throws CqlException {
    assertSql("name <> Sm*", FOLDED + " NOT LIKE " + folded("$1"), "Sm%");
  }

  @Test
  void allRequiresEveryWordAsAWholeWord() throws CqlException {
    assertSql("name all \"big  red\"", "(" + words(1) + " AND " + words(3) + ")",
        "%big%", word("big"), "%red%", word("red"));
  }

  @Test
  void anyRequiresOneOfTheWords() throws CqlException {
    assertSql("name any \"big red\"", matches(1), word("(big|red)"));
  }

  @Test
  void allWithOneWordNeedsNoParentheses() throws CqlException {
    assertSql("name all big", words(1), "%big%", word("big"));
  }

  @Test
  void allEscapesRegexCharactersAndMapsWildcardsInWords() throws CqlException {
    assertSql("name all \"100% a_b c*d\"",
        "(" + words(1) + " AND " + words(3) + " AND " + words(5) + ")", "%100\\%%",
        word("100\\%"), "%a\\_b%", word("a\\_b"), "%c%d%", word("c" + WORD_CHARS + "*d"));
  }

  @ParameterizedTest
  @CsvSource({"<", ">", "<=", ">="})
  void orderingRelationsCompareFoldedText(String relation) throws CqlException {
    assertSql("name " + relation + " m", FOLDED + " " + relation + " " + folded("$1"), "m");
  }

  @Test
  void wildcardAloneMatchesAnyWord() throws CqlException {
    assertSql("name = *", words(1), "%%%", word(WORD_CHARS + "*"));
  }

  @Test
  void caseAndAccentModifiersChooseTheFolding() throws CqlException {
    assertSql("name ==/respectCase x", "public.unaccent(" + NAME + ") = (SELECT public.unaccent($1))", "x");
    assertSql("name ==/respectAccents x", "lower(" + NAME + ") = (SELECT lower($1))", "x");
    assertSql("name ==/respectCase/respectAccents x", NAME + " = $1", "x");
    assertSql("name ==/respectCase/ignoreCase x", FOLDED + " = " + folded("$1"), "x");
    assertSql("name ==/ignoreAccents/masked/string x", FOLDED + " = " + folded("$1"), "x");
  }

  @Test
  void modifiersMayBeSeparatedBySpaces() throws CqlException {
    assertSql("name == /respectCase /respectAccents x", NAME + " = $1", "x");
    String unaccented = "public.unaccent(" + NAME + ")";
    assertSql("name =/ respectCase x", "(" + unaccented + " LIKE (SELECT public.unaccent($1)) AND "
        + unaccented + " ~ (SELECT public.unaccent($2)))", "%x%", word("x"));
    assertSql("name adj/respectAccents x", "(lower(" + NAME + ") LIKE (SELECT lower($1)) AND lower("
        + NAME + ") ~ (SELECT lower($2)))", "%x%", word("x"));
  }

  @Test
  void numberModifierComparesTextAsANumber() throws CqlException {
    String numeric = "(CASE WHEN jsonb->>'name' ~ '^[[:space:]]*[-+]?([0-9]+[.]?[0-9]*|[.][0-9]+)"
        + "([eE][-+]?[0-9]+)?[[:space:]]*$' THEN (jsonb->>'name')::numeric END)::numeric";
    assertSql("name >=/number 3.4", numeric + " >= $1", new java.math.BigDecimal("3.4"));
  }

  @Test
  void keywordFieldComparesItsColumnWithTheFoldedTerm() throws CqlException {
    assertSql("status == OPEN", "status = " + folded("$1"), "OPEN");
    assertSql("status == op*", "status LIKE " + folded("$1"), "op%");
    assertSql("status = open", "(status LIKE " + folded("$1") + " AND status ~ " + folded("$2")
        + ")", "%open%", word("open"));
    assertSql("status ==/respectCase open", "status = (SELECT public.unaccent($1))", "open");
  }

  @Test
  void idListBecomesOneClausePerTerm() throws CqlException {
    assertSql("name==(a or \"b c\" OR d)", "((" + FOLDED + " = " + folded("$1") + " OR "
        + FOLDED + " = " + folded("$2") + ") OR " + FOLDED + " = " + folded("$3") + ")",
        "a", "b c", "d");
    assertSql("name <> (a or b)", "(" + FOLDED + " <> " + folded("$1") + " AND " + FOLDED
        + " <> " + folded("$2") + ")", "a", "b");
  }
}
