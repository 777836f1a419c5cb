package org.folio.access.platform.cql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CqlToSqlTextTest {

  private static final CqlFields FIELDS = CqlFields.of(CqlField.text("name", "jsonb->>'name'"));
  private static final String NAME = "jsonb->>'name'";

  private static void assertSql(String cql, String where, Object... params) throws CqlException {
    SqlFilter filter = CqlToSql.translate(cql, FIELDS, 1);
    assertEquals(where, filter.where());
    assertEquals(List.of(params), filter.params());
    assertEquals("", filter.orderBy());
  }

  @Test
  void equalsComparesCaseInsensitively() throws CqlException {
    assertSql("name = Smith", "lower(jsonb->>'name') = lower($1)", "Smith");
  }

  @Test
  void adjBehavesLikeEquals() throws CqlException {
    assertSql("name adj Smith", "lower(jsonb->>'name') = lower($1)", "Smith");
  }

  @Test
  void relationWordsAreCaseInsensitive() throws CqlException {
    assertSql("name ADJ Smith", "lower(jsonb->>'name') = lower($1)", "Smith");
    assertSql("name Any Smith", "lower(jsonb->>'name') LIKE lower($1)", "%Smith%");
  }

  @Test
  void doubleEqualsComparesExactlyAndCaseSensitively() throws CqlException {
    assertSql("name == Smith", "jsonb->>'name' = $1", "Smith");
  }

  @Test
  void doubleEqualsWithWildcardIsCaseSensitiveLike() throws CqlException {
    assertSql("name == Sm*", "jsonb->>'name' LIKE $1", "Sm%");
  }

  @Test
  void wildcardTermBecomesLikePatternWithEscapedPercent() throws CqlException {
    assertSql("name = \"50%*\"", "lower(jsonb->>'name') LIKE lower($1)", "50\\%%");
  }

  @Test
  void questionMarkBecomesUnderscoreAndLiteralUnderscoreIsEscaped() throws CqlException {
    assertSql("name = a_?", "lower(jsonb->>'name') LIKE lower($1)", "a\\__");
  }

  @Test
  void literalBackslashInWildcardTermIsEscapedInPattern() throws CqlException {
    assertSql("name = \"a\\\\b*\"", "lower(jsonb->>'name') LIKE lower($1)", "a\\\\b%");
  }

  @Test
  void literalBackslashWithoutWildcardIsBoundAsItIs() throws CqlException {
    assertSql("name = \"a\\\\b\"", "lower(jsonb->>'name') = lower($1)", "a\\b");
  }

  @Test
  void escapedAsteriskIsLiteralNotWildcard() throws CqlException {
    assertSql("name = \"a\\*\"", "lower(jsonb->>'name') = lower($1)", "a*");
  }

  @Test
  void escapedQuestionMarkNextToRealWildcardStaysLiteral() throws CqlException {
    assertSql("name = \"why\\?*\"", "lower(jsonb->>'name') LIKE lower($1)", "why?%");
  }

  @Test
  void escapedQuotesInsideQuotedTermAreUnescaped() throws CqlException {
    assertSql("name = \"say \\\"hi\\\"\"", "lower(jsonb->>'name') = lower($1)", "say \"hi\"");
  }

  @Test
  void quotedTermKeepsSpacesParenthesesAndRelationSymbols() throws CqlException {
    assertSql("name = \"a (b) = <c> and d\"", "lower(jsonb->>'name') = lower($1)",
        "a (b) = <c> and d");
  }

  @Test
  void unquotedTermMayContainSlashesDotsAndColons() throws CqlException {
    assertSql("name = a.b/c:d", "lower(jsonb->>'name') = lower($1)", "a.b/c:d");
  }

  @Test
  void clauseWithoutSpacesIsParsed() throws CqlException {
    assertSql("name==x", "jsonb->>'name' = $1", "x");
  }

  @Test
  void emptyQuotedTermWithEqualsMeansFieldIsPresent() throws CqlException {
    assertSql("name = \"\"", NAME + " IS NOT NULL");
  }

  @Test
  void emptyQuotedTermWithDoubleEqualsMatchesEmptyString() throws CqlException {
    assertSql("name == \"\"", NAME + " = $1", "");
  }

  @Test
  void notEqualIncludesRecordsWithoutTheField() throws CqlException {
    assertSql("name <> Smith", "lower(jsonb->>'name') IS DISTINCT FROM lower($1)", "Smith");
  }

  @Test
  void notEqualWithWildcardUsesNotLikeAndKeepsRecordsWithoutTheField() throws CqlException {
    assertSql("name <> Sm*",
        "(jsonb->>'name' IS NULL OR lower(jsonb->>'name') NOT LIKE lower($1))", "Sm%");
  }

  @Test
  void allRequiresEveryWordAsSubstring() throws CqlException {
    assertSql("name all \"big  red\"",
        "(lower(jsonb->>'name') LIKE lower($1) AND lower(jsonb->>'name') LIKE lower($2))",
        "%big%", "%red%");
  }

  @Test
  void anyRequiresOneOfTheWords() throws CqlException {
    assertSql("name any \"big red\"",
        "(lower(jsonb->>'name') LIKE lower($1) OR lower(jsonb->>'name') LIKE lower($2))",
        "%big%", "%red%");
  }

  @Test
  void allWithOneWordNeedsNoParentheses() throws CqlException {
    assertSql("name all big", "lower(jsonb->>'name') LIKE lower($1)", "%big%");
  }

  @Test
  void allEscapesLikeCharactersAndMapsWildcardsInWords() throws CqlException {
    assertSql("name all \"100% a_b c*d\"",
        "(lower(jsonb->>'name') LIKE lower($1) AND lower(jsonb->>'name') LIKE lower($2)"
            + " AND lower(jsonb->>'name') LIKE lower($3))",
        "%100\\%%", "%a\\_b%", "%c%d%");
  }

  @ParameterizedTest
  @CsvSource({"<", ">", "<=", ">="})
  void orderingRelationsComparePlainText(String relation) throws CqlException {
    assertSql("name " + relation + " m", NAME + " " + relation + " $1", "m");
  }

  @Test
  void wildcardAloneMatchesAnyValue() throws CqlException {
    assertSql("name = *", "lower(jsonb->>'name') LIKE lower($1)", "%");
  }
}
