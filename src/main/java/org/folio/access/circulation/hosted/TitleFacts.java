package org.folio.access.circulation.hosted;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.folio.access.rest.model.Contributor;
import org.folio.access.rest.model.Identifier;
import org.folio.access.rest.model.TitleWriteAttributes;

/** The knowledge-base title of a hosted e-book: its name, publisher, ISBN and authors, as a custom Book title. */
final class TitleFacts {
  private TitleFacts() {}

  static TitleWriteAttributes of(String name, JsonObject metadata) {
    TitleWriteAttributes a = new TitleWriteAttributes().withName(cut(name, 400)).withPublicationType("Book")
        .withPublisherName(cut(metadata.getString("publisher"), 250));
    String isbn = metadata.getString("isbn");
    a.setIdentifiers(isbn == null ? List.of()
        : List.of(new Identifier().withId(isbn).withType("ISBN").withSubtype("Online")));
    a.setContributors(metadata.getJsonArray("authors", new io.vertx.core.json.JsonArray()).stream()
        .map(author -> new Contributor().withType("author").withContributor(cut(String.valueOf(author), 250))).toList());
    return a;
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
