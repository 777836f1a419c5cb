package org.folio.access.connectors.relais;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.folio.access.connectors.broker.BrokerAccount;
import org.folio.access.connectors.broker.FindResult;
import org.folio.access.connectors.broker.ItemSearch;

/** The search part of FindItem and RequestItem bodies (ExactSearch by ISBN, or BibSearch), and FindItem answers. */
final class RelaisSearches {
  /** The Problem code with which Relais says a search found nothing. */
  static final String NO_RESULT = "PUBFI002";

  private RelaisSearches() {}

  static JsonObject body(BrokerAccount account, ItemSearch search) {
    JsonObject body = new JsonObject().put("PartnershipId", account.partnershipId());
    if (account.librarySymbol() != null && !account.librarySymbol().isEmpty()) {
      body.put("LibrarySymbol", account.librarySymbol());
    }
    if (search.exact()) {
      JsonArray exact = new JsonArray();
      search.isbns().forEach(isbn -> exact.add(new JsonObject().put("Type", "ISBN").put("Value", isbn)));
      return body.put("ExactSearch", exact);
    }
    JsonObject bib = new JsonObject().put("Title", search.title());
    if (search.author() != null) {
      bib.put("Author", search.author());
    }
    JsonObject include = new JsonObject();
    if (search.date() != null) {
      include.put("PublicationDate", new JsonArray().add(search.date()));
    }
    if (search.format() != null) {
      include.put("Format", new JsonArray().add(search.format()));
    }
    if (!include.isEmpty()) {
      bib.put("ResultFilter", new JsonObject().put("Include", include));
    }
    return body.put("BibSearch", bib);
  }

  /** The Problem's code of an answer, or null. */
  static String problemCode(JsonObject answer) {
    JsonObject problem = answer == null ? null : answer.getJsonObject("Problem");
    return problem == null ? null : problem.getString("ErrorCode", "");
  }

  static FindResult result(JsonObject answer, String raw) {
    JsonObject link = answer.getJsonObject("RequestLink", new JsonObject());
    int records = answer.getInteger("NumberOfRecords", answer.getInteger("OrigNumberOfRecords", 0));
    return new FindResult(answer.getBoolean("Available", false), records, link.getString("ButtonLabel"),
        link.getString("ButtonLink"), link.getString("RequestMessage"), raw);
  }
}
