package org.folio.access.eholdings.titles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.folio.access.eholdings.common.query.TextMatch;
import org.junit.jupiter.api.Test;

class TitleWordsTest {
  @Test
  void wordsAreSplitAtSpacesAndAsciiPunctuationAndTheLongestComeFirst() {
    assertEquals(List.of("learning", "müller", "100", "eco"),
        TitleWords.indexable(TextMatch.of("E-Learning of C++ 100%_x [eco Müller eco")));
    assertEquals(List.of(), TitleWords.indexable(TextMatch.of("y l &")));
    assertEquals("%100\\%\\_x%", TitleWords.containing("100%_x"));
  }

  @Test
  void commonWordsAreReadInNameOrderAndAWordTheStatisticsDoNotKnowIsRare() {
    String[] one = {"ecology"};
    String[] many = new String[TitleWords.MAX_KEYS + 1];
    WordKeys common = new WordKeys(one, 50_000L);
    WordKeys rare = new WordKeys(one, null);
    WordKeys tooMany = new WordKeys(many, 900_000L);
    assertTrue(WordKeys.drivers(List.of(common, tooMany)).isEmpty());
    assertEquals(2, WordKeys.drivers(List.of(common, rare)).size());
    assertEquals(1, WordKeys.drivers(List.of(new WordKeys(one, 300L), tooMany)).size());
    assertEquals(50_000L, WordKeys.estimate(List.of(common, rare, tooMany)));
    assertNull(WordKeys.estimate(List.of(rare)));
  }

  @Test
  void twoOrMoreWordsWithKeysAreIntersectedAndAWordTooCommonOnlyFilters() {
    String[] one = {"ecology"};
    String[] two = {"marine", "submarine"};
    WordKeys tooMany = new WordKeys(new String[TitleWords.MAX_KEYS + 1], null);
    List<WordKeys.Lookup> lookups = WordKeys.lookups(List.of(new WordKeys(one, 50_000L), tooMany, new WordKeys(two, null)));
    assertEquals(1, lookups.size());
    assertTrue(lookups.get(0).pairs());
    assertEquals(List.of("marine ecology", "ecology marine", "submarine ecology", "ecology submarine"),
        List.of(lookups.get(0).keys()));
    assertTrue(WordKeys.lookups(List.of(new WordKeys(one, 300L), tooMany)).isEmpty());
  }

  @Test
  void theRarestWordIsPairedWithEachOtherWordUnlessAPairCannotStandForTheTwo() {
    WordKeys applied = new WordKeys(new String[] {"applied"}, 143_000L);
    WordKeys dentistry = new WordKeys(new String[] {"dentistry"}, null);
    WordKeys baltic = new WordKeys(new String[] {"baltic"}, 79_000L);
    List<WordKeys.Lookup> lookups = WordKeys.lookups(List.of(applied, dentistry, baltic));
    assertEquals(List.of(List.of("dentistry applied", "applied dentistry"), List.of("dentistry baltic", "baltic dentistry")),
        lookups.stream().map(l -> List.of(l.keys())).toList());
    // A key of both words: a name may hold them in that one word ("eco" and "logy" in "ecology"); too many pairs.
    WordKeys eco = new WordKeys(new String[] {"ecology", "economics"}, 40_000L);
    WordKeys logy = new WordKeys(new String[] {"ecology", "biology"}, 30_000L);
    WordKeys many = new WordKeys(new String[WordKeys.MAX_PAIRS / 2 + 1], 90_000L);
    java.util.Arrays.fill(many.keys(), "k");
    List<WordKeys.Lookup> alone = WordKeys.lookups(List.of(eco, logy, many));
    assertEquals(List.of(List.of("ecology", "biology"), List.of("ecology", "economics"), List.of(many.keys())),
        alone.stream().map(l -> List.of(l.keys())).toList());
    assertTrue(alone.stream().noneMatch(WordKeys.Lookup::pairs));
    // Some words paired, another alone: the rarest word's own list is not needed.
    List<WordKeys.Lookup> mixed = WordKeys.lookups(List.of(eco, logy, applied));
    assertEquals(List.of(false, true), mixed.stream().map(WordKeys.Lookup::pairs).toList());
  }

  @Test
  void theTotalIsExactUpToTheCapAndNeverBelowIt() {
    assertEquals(999, TitleSearchRepository.total(999, 1_000, 50_000L));
    assertEquals(1_000, TitleSearchRepository.total(1_000, 1_000, null));
    assertEquals(50_000, TitleSearchRepository.total(1_001, 1_000, 50_000L));
    assertEquals(1_001, TitleSearchRepository.total(1_001, 1_000, 20L));
    assertEquals(1_001, TitleSearchRepository.total(1_001, 1_000, null));
  }

  @Test
  void theWholeWordTierWalksTheTextsRarestWordWithOneKeyInItsPlace() {
    List<String> two = List.of("economic", "history");
    WordKeys economic = new WordKeys(new String[] {"economic", "economics"}, 33_000L);
    WordKeys history = new WordKeys(new String[] {"history"}, 116_000L);
    // First word: a key ending with it ("economics" cannot hold "economic history" as whole words).
    assertEquals("economic", WordKeys.phraseKey("economic history", two, List.of(economic, history), "history"));
    WordKeys socio = new WordKeys(new String[] {"economic", "socioeconomic", "economics"}, 33_000L);
    assertEquals("history", WordKeys.phraseKey("economic history", two, List.of(socio, history), "history"));
    // Last word: a key starting with it; inner words: the word itself.
    assertEquals("history", WordKeys.phraseKey("history economic", List.of("economic", "history"), List.of(economic, history),
        "history"));
    assertEquals("economic", WordKeys.phraseKey("a economic history", two, List.of(economic, history), "history"));
    // No key of the right form: no name holds the text as whole words; the walk of that word reads nothing.
    WordKeys inside = new WordKeys(new String[] {"economics"}, 16_000L);
    assertEquals("economic", WordKeys.phraseKey("economic history", two, List.of(inside, history), "history"));
    // One word, a walk word already rarer, or no walk word: nothing changes.
    assertEquals("history", WordKeys.phraseKey("history", List.of("history"), List.of(history), "history"));
    WordKeys rareHistory = new WordKeys(new String[] {"history"}, 1_000L);
    assertEquals("history", WordKeys.phraseKey("economic history", two, List.of(economic, rareHistory), "history"));
    assertNull(WordKeys.phraseKey("economic history", two, List.of(economic, history), null));
  }
}
