package org.folio.access.circulation.lendables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.folio.access.rest.model.EcontentFormat;
import org.junit.jupiter.api.Test;

class LendableFormatsTest {

  @Test
  void storedFormatsAreDecodedOncePerTextAndCannotBeChanged() {
    String text = "[{\"type\":\"epub\",\"drm\":\"adobe-acs\"},{\"type\":\"pdf\",\"drm\":\"none\"}]";
    List<EcontentFormat> first = LendableRepository.decodeFormats(text);
    assertEquals(List.of("epub", "pdf"), first.stream().map(EcontentFormat::getType).toList());
    assertSame(first, LendableRepository.decodeFormats(new String(text)));
    assertThrows(UnsupportedOperationException.class, () -> first.add(new EcontentFormat()));
    assertEquals(List.of("pdf"), LendableRepository.decodeFormats("[{\"type\":\"pdf\",\"drm\":\"none\"}]").stream()
        .map(EcontentFormat::getType).toList());
  }

  @Test
  void aStoredTextThatIsNoFormatListFails() {
    assertThrows(IllegalStateException.class, () -> LendableRepository.decodeFormats("{\"type\":1}"));
  }
}
