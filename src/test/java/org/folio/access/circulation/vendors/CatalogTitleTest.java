package org.folio.access.circulation.vendors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Duration;
import java.time.Instant;
import org.folio.access.connectors.oneclick.OneClickModel.Title;
import org.junit.jupiter.api.Test;

/** How a vendor title is kept (media type, DRM flag, ownership, key) and how long a fulfilment link is kept. */
class CatalogTitleTest {
  private static Title title(String isbn, String media, Boolean rights, Boolean drm, Boolean interest, Boolean available) {
    return new Title(isbn, "A title", JsonNodeFactory.instance.textNode("An Author"), "A Publisher", media, "Adult",
        null, rights, drm, interest, available);
  }

  @Test
  void isbnsBecomeThirteenDigitKeysAndBadOnesAreDropped() {
    assertEquals("9780306406157", CatalogTitle.isbn13("0-306-40615-2"));
    assertEquals("9780306406157", CatalogTitle.isbn13("978-0-306-40615-7"));
    assertNull(CatalogTitle.isbn13("12345"));
    assertNull(CatalogTitle.isbn13(null));
    assertNull(CatalogTitle.of(title("bad", "eBook", true, null, false, true)));
    assertEquals("isbn:9780306406157", CatalogTitle.of(title("0306406152", "eBook", true, null, false, true)).titleKey());
  }

  @Test
  void drmIsHasDigitalRightsForEbooksAndHasDrmForAudio() {
    assertTrue(CatalogTitle.of(title("9780306406157", "eBook", true, false, false, true)).drm());
    assertTrue(CatalogTitle.of(title("9780306406157", "eBook", null, null, false, true)).drm(), "e-books are Adobe DRM unless told");
    assertFalse(CatalogTitle.of(title("9780306406157", "eAudio", true, false, false, true)).drm());
    assertTrue(CatalogTitle.of(title("9780306406157", "eAudio", null, true, false, true)).drm());
    assertEquals("eaudio", CatalogTitle.of(title("9780306406157", "audiobook", null, true, false, true)).mediaType());
    assertEquals("emagazine", CatalogTitle.of(title("9780306406157", "eMagazine", null, null, false, true)).mediaType());
  }

  @Test
  void interestTitlesAreNotOwnedAndNeverAvailable() {
    CatalogTitle interest = CatalogTitle.of(title("9780306406157", "eBook", true, null, true, true));
    assertFalse(interest.owned());
    assertFalse(interest.available());
    assertTrue(CatalogTitle.of(title("9780306406157", "eBook", true, null, null, true)).owned());
  }

  @Test
  void aLinkIsKeptALittleLessThanItsLife() {
    Instant expires = Instant.now().plus(Duration.ofMinutes(15));
    Instant until = VendorFulfilment.keepUntil(expires);
    assertTrue(until.isBefore(expires));
    assertTrue(Duration.between(until, expires).compareTo(Duration.ofSeconds(85)) > 0, "a tenth of 15 minutes");
    Instant soon = Instant.now().plusSeconds(60);
    assertEquals(soon.minusSeconds(30), VendorFulfilment.keepUntil(soon));
  }
}
