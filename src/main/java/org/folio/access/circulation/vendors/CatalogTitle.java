package org.folio.access.circulation.vendors;

import java.util.Locale;
import org.folio.access.connectors.oneclick.OneClickModel.Title;

/** A catalog title as kept: media type ebook|eaudio|emagazine, one DRM flag, owned (not "interest"). */
public record CatalogTitle(String isbn, String titleKey, String title, String authors, String publisher, String mediaType,
    String audience, String genre, boolean drm, boolean owned, boolean available) {

  /** The vendor's title, or null when it has no ISBN or no name (such a title cannot be lent or found). */
  public static CatalogTitle of(Title t) {
    String isbn13 = isbn13(t.isbn());
    if (isbn13 == null || t.title() == null || t.title().isBlank()) {
      return null;
    }
    String media = media(t.mediaType());
    boolean drm = "ebook".equals(media) ? !Boolean.FALSE.equals(t.hasDigitalRights()) : Boolean.TRUE.equals(t.hasDrm());
    boolean owned = !Boolean.TRUE.equals(t.interest());
    return new CatalogTitle(t.isbn(), "isbn:" + isbn13, t.title().trim(), t.authorText(), t.publisher(), media,
        t.audience(), t.genreText(), drm, owned, owned && Boolean.TRUE.equals(t.availability()));
  }

  /** eBook -> ebook, eAudio/audiobook -> eaudio, eMagazine -> emagazine; unknown kinds are e-books. */
  static String media(String vendorType) {
    String m = vendorType == null ? "" : vendorType.toLowerCase(Locale.ROOT);
    if (m.contains("audio")) {
      return "eaudio";
    }
    return m.contains("magazine") ? "emagazine" : "ebook";
  }

  /** The ISBN as 13 digits (an ISBN-10 converted), or null when it is not a well-formed ISBN. */
  static String isbn13(String isbn) {
    if (isbn == null) {
      return null;
    }
    String d = isbn.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
    if (d.matches("\\d{13}")) {
      return d;
    }
    if (d.matches("\\d{9}[\\dX]")) {
      String twelve = "978" + d.substring(0, 9);
      int sum = 0;
      for (int i = 0; i < 12; i++) {
        sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
      }
      return twelve + (10 - sum % 10) % 10;
    }
    return null;
  }
}
