package org.folio.access.eholdings.titles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordKeysTest {
  @Test
  void theWordsTheGinIndexesLookUpAreThoseWithNoMoreKeysThanTheLimit() {
    String[] many = new String[TitleWords.MAX_KEYS + 1];
    Arrays.fill(many, "x");
    List<WordKeys> words = List.of(new WordKeys(new String[] {"dentistry"}, 16_667L), new WordKeys(many, null),
        new WordKeys(new String[] {"baltic", "baltics"}, 900L));
    assertEquals(List.of("dentistry", "baltic"), WordKeys.lookedUp(List.of("dentistry", "the", "baltic"), words));
  }
}
