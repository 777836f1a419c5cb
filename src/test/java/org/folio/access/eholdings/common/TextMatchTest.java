package org.folio.access.eholdings.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.folio.access.eholdings.common.query.SqlParams;
import org.folio.access.eholdings.common.query.TextMatch;
import org.folio.access.eholdings.titles.TitleFilters;
import org.junit.jupiter.api.Test;

/** The rules search texts are matched and ranked by. */
class TextMatchTest {
  @Test
  void aSearchTextIsLowerCasedWithItsSpacesFolded() {
    TextMatch match = TextMatch.of("  Journal   OF Ecology ");
    assertEquals("journal of ecology", match.text());
    assertEquals(List.of("journal", "of", "ecology"), match.words());
  }

  @Test
  void likePatternsEscapeTheWildcardsOfTheText() {
    TextMatch match = TextMatch.of("100%_pure\\");
    assertEquals("100\\%\\_pure\\\\%", match.prefixPattern());
    assertEquals("%100\\%\\_pure\\\\%", match.containsPattern());
  }

  @Test
  void theWholeWordPatternQuotesRegularExpressionCharacters() {
    assertEquals("\\mc\\+\\+ \\(2nd ed\\.\\)\\M", TextMatch.of("c++ (2nd ed.)").wordRegex());
  }

  @Test
  void theRankingSqlTriesExactThenPrefixThenWordThenAnythingElse() {
    SqlParams params = new SqlParams();
    String sql = TextMatch.of("Ecology").rankSql("lower(t.name)", "diku", params);
    assertEquals("CASE WHEN lower(t.name) = $1 THEN 0 WHEN lower(t.name) LIKE $2 THEN 1 WHEN (lower(t.name) COLLATE"
        + " \"diku_mod_access_services\".word_letters ~ $3) THEN 2 ELSE 3 END", sql);
    assertEquals(3, params.tuple().size());
    assertEquals("ecology", params.tuple().getString(0));
    assertEquals("ecology%", params.tuple().getString(1));
  }

  @Test
  void issnAndIsbnAreComparedWithoutHyphensInUpperCase() {
    assertEquals("0022047X", TitleFilters.normaliseIsxn("0022-047x"));
    assertEquals("9780123456789", TitleFilters.normaliseIsxn("978-0-12 345678-9"));
  }
}
