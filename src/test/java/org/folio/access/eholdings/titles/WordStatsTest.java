package org.folio.access.eholdings.titles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class WordStatsTest {
  private final WordStats.Read read = WordStats.Read.of("4618821 12", new String[] {"journal", "of", "baltic"},
      new Double[] {0.05, 0.2, 0.001}, 4_618_821);

  @Test
  void titlesAreTheRowsTimesTheSharesOfTheKeysTheStatisticsKnow() {
    assertEquals(230_941L, read.titles(new String[] {"journal"}));
    assertEquals(235_560L, read.titles(new String[] {"journal", "baltic", "baltics"}));
  }

  @Test
  void keysTheStatisticsDoNotKnowHaveNoCount() {
    assertNull(read.titles(new String[] {"baltics", "dentistry"}));
    assertNull(WordStats.Read.NONE.titles(new String[] {"journal"}));
    assertNull(WordStats.Read.of("-1 0", null, null, -1).titles(new String[] {"journal"}));
  }

  @Test
  void eachTenantKeepsWhatItsLastSearchReadAgain() {
    WordStats stats = new WordStats();
    assertSame(WordStats.Read.NONE, stats.of("diku"));
    stats.keep("diku", read);
    assertSame(read, stats.of("diku"));
    assertSame(WordStats.Read.NONE, stats.of("other"));
  }
}
