package org.folio.access.circulation.vendors;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * A generated vendor catalog (media/all answer): title i is an e-book (Adobe DRM) three times in five, an
 * audiobook once (DRM-free when i is even), an e-magazine once; every seventh is an "interest" title (not
 * owned); every third is available.
 */
final class CatalogFeed {
  private CatalogFeed() {}

  static JsonObject title(int i) {
    String media = switch (i % 5) {
      case 3 -> "eAudio";
      case 4 -> "eMagazine";
      default -> "eBook";
    };
    JsonObject t = new JsonObject().put("isbn", VendorLibrary.isbn13(500_000 + i)).put("title", "Generated title " + i)
        .put("authors", new JsonArray().add("Author " + (i % 997)).add("Second Author")).put("publisher", "Publisher " + (i % 61))
        .put("mediaType", media).put("audience", i % 4 == 0 ? "Juvenile" : "Adult").put("genre", "Genre " + (i % 34))
        .put("interest", i % 7 == 6).put("availability", i % 3 == 0);
    if ("eBook".equals(media)) {
      t.put("hasDigitalRights", true);
    } else {
      t.put("hasDrm", i % 2 == 1);
    }
    return t;
  }

  static String catalog(int from, int count) {
    JsonArray all = new JsonArray();
    for (int i = from; i < from + count; i++) {
      all.add(title(i));
    }
    return all.encode();
  }

  /** Titles kept in the package (no e-magazines) among the first n; owned ones among those. */
  static int inPackage(int n) {
    int k = 0;
    for (int i = 0; i < n; i++) {
      k += i % 5 == 4 ? 0 : 1;
    }
    return k;
  }

  static int lendable(int n) {
    int k = 0;
    for (int i = 0; i < n; i++) {
      k += i % 5 == 4 || i % 7 == 6 ? 0 : 1;
    }
    return k;
  }
}
