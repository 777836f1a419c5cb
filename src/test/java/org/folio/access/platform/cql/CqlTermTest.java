package org.folio.access.platform.cql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CqlTermTest {

  @Test
  void unescapedAsteriskAndQuestionMarkAreWildcards() {
    assertTrue(new CqlTerm("a*").hasWildcards());
    assertTrue(new CqlTerm("a?").hasWildcards());
    assertFalse(new CqlTerm("a\\*b\\?").hasWildcards());
  }

  @Test
  void likePatternMapsWildcardsAndEscapesLikeCharacters() {
    assertEquals("%a\\%b\\_c_", new CqlTerm("*a%b_c?").likePattern());
  }

  @Test
  void likePatternKeepsEscapedWildcardsLiteral() {
    assertEquals("a*b?\\\\", new CqlTerm("a\\*b\\?\\\\").likePattern());
  }

  @Test
  void literalRemovesEscapesAndKeepsWildcardCharacters() {
    assertEquals("a\"b\\c*", new CqlTerm("a\\\"b\\\\c*").literal());
  }

  @Test
  void trailingLoneBackslashIsLiteral() {
    assertEquals("a\\", new CqlTerm("a\\").literal());
    assertEquals("a\\\\", new CqlTerm("a\\").likePattern());
  }

  @Test
  void wordsSplitOnUnescapedWhitespaceOnly() {
    assertEquals(List.of(new CqlTerm("a\\ b"), new CqlTerm("c")),
        new CqlTerm("  a\\ b\t c ").words());
  }
}
