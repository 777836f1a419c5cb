package org.folio.access.eholdings.titles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.folio.access.eholdings.common.query.SqlParams;
import org.junit.jupiter.api.Test;

class NameTiersTest {
  @Test
  void theRangeOfNamesStartingWithATextEndsAtItsLastCodePointRaisedByOne() {
    assertEquals("journal og", NameTiers.afterPrefix("journal of"));
    assertEquals("caf\u00ea", NameTiers.afterPrefix("caf\u00e9"));
    assertEquals("a\uE000", NameTiers.afterPrefix("a\uD7FF"));
    assertEquals("x" + new String(Character.toChars(0x1F601)), NameTiers.afterPrefix("x" + new String(Character.toChars(0x1F600))));
    String highest = "x" + new String(Character.toChars(Character.MAX_CODE_POINT));
    assertEquals(highest, NameTiers.afterPrefix(highest));
    // Every string that starts with the text sorts below the bound, in code point (byte) order.
    assertTrue("journal of zoology\uFFFF".compareTo(NameTiers.afterPrefix("journal of")) < 0);
  }

  @Test
  void theRangeIsBoundOnBothSidesUnlessTheTextEndsWithTheHighestCodePoint() {
    assertEquals("t.name >= $1 AND t.name < $2", NameTiers.startingWith("ecology", true, new SqlParams()));
    assertEquals("t.name > $1 AND starts_with(t.name, $1)",
        NameTiers.startingWith("x" + new String(Character.toChars(Character.MAX_CODE_POINT)), false, new SqlParams()));
  }

  @Test
  void namesNotStartingWithTheTextAreOutsideItsRangeTestedAsAFilter() {
    assertEquals("(CASE WHEN t.name >= $1 AND t.name < $2 THEN false ELSE true END)",
        NameTiers.notStartingWith("ecology", new SqlParams()));
    assertEquals("(CASE WHEN t.name >= $1 AND starts_with(t.name, $1) THEN false ELSE true END)",
        NameTiers.notStartingWith("x" + new String(Character.toChars(Character.MAX_CODE_POINT)), new SqlParams()));
  }

  @Test
  void wordsInsideAStringEveryNameReadHoldsAreNotTested() {
    assertEquals("(strpos(t.name, $1) > 0)", NameTiers.holdingWords("marine biology", true, List.of("biology"), new SqlParams()));
    assertEquals("TRUE", NameTiers.holdingWords("ecolog", true, List.of("paleoecology"), new SqlParams()));
    assertEquals("(strpos(t.name, $1) > 0)", NameTiers.holdingWords("ecology", true, List.of("ecolog"), new SqlParams()));
    assertEquals("(t.name LIKE $1)", NameTiers.holdingWords("ecology", false, List.of("ecology"), new SqlParams()));
  }

  @Test
  void genericPlansTestWordsWithStrposAndPlansForTheValuesWithLike() {
    assertEquals("(strpos(t.name, $1) > 0 AND strpos(t.name, $2) > 0)", NameTiers.holdingWords("Marine  BIOLOGY", true,
        List.of(), new SqlParams()));
    assertEquals("(t.name LIKE $1)", NameTiers.holdingWords("100%", false, List.of(), new SqlParams()));
  }

  @Test
  void theWholeWordExpressionIsTriedOnlyOnNamesHoldingTheText() {
    assertEquals("(CASE WHEN strpos(t.name, $1) = 0 THEN false ELSE (t.name COLLATE \"diku_mod_access_services\".word_letters"
        + " ~ $2) END)", NameTiers.wholeWords("diku", "$1", "$2"));
  }
}
