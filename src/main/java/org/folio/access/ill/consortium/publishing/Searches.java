package org.folio.access.ill.consortium.publishing;

import java.util.ArrayList;
import java.util.List;
import org.folio.access.ill.consortium.exchange.FindQuery;

/** The FindItem searches for a wanted item, in the order they are tried: by every ISBN and ISSN, then by title and author words. */
public final class Searches {
  private Searches() {}

  public static List<FindQuery> of(List<String> isbns, List<String> issns, String title, String author) {
    List<FindQuery> queries = new ArrayList<>();
    List<String> ids = Keys.identifiers(isbns, issns);
    if (!ids.isEmpty()) {
      queries.add(new FindQuery(ids, List.of()));
    }
    List<String> words = Keys.words(title, author);
    if (!words.isEmpty()) {
      queries.add(new FindQuery(List.of(), words));
    }
    return queries;
  }
}
