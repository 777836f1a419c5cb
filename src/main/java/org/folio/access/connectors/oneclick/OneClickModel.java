package org.folio.access.connectors.oneclick;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** The parts of the vendor's JSON answers the relay reads; everything else in them is ignored. */
public final class OneClickModel {
  private OneClickModel() {}

  /** A patron record: the vendor's own patron id. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Patron(@JsonAlias({"patronID", "id"}) String patronId) {}

  /** A checkout: the title's ISBN, when it ends, and where its content is fetched from. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Checkout(@JsonAlias({"itemId", "ISBN"}) String isbn, String transactionId,
      @JsonAlias({"expirationDate", "expires"}) String expiration, String mediaType,
      @JsonAlias({"fulfillmentURL", "fulfilmentUrl"}) String fulfillmentUrl, String downloadUrl,
      @JsonAlias("hasdrm") Boolean hasDrm) {
    /** The end of the loan, or null when the vendor gave none (or none we can read). */
    public Instant ends() {
      return instant(expiration);
    }
  }

  /** A hold of the patron's. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Hold(@JsonAlias({"itemId", "ISBN"}) String isbn, String transactionId) {}

  /** A time-limited link to a loan's content. */
  public record Link(String url, Instant expiresAt) {}

  /** A title of the library's catalog (media/all, media/delta). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Title(@JsonAlias({"itemId", "ISBN"}) String isbn, String title, JsonNode authors, String publisher,
      String mediaType, String audience, JsonNode genre, Boolean hasDigitalRights, @JsonAlias("hasdrm") Boolean hasDrm,
      Boolean interest, @JsonAlias("isAvailable") Boolean availability) {

    /** The authors as one text: an array is joined, a text taken as it is. */
    public String authorText() {
      return joined(authors);
    }

    public String genreText() {
      return joined(genre);
    }

    private static String joined(JsonNode node) {
      if (node == null || node.isNull()) {
        return null;
      }
      if (!node.isArray()) {
        return node.asText();
      }
      StringBuilder text = new StringBuilder();
      node.forEach(n -> text.append(text.isEmpty() ? "" : "; ").append(n.isObject() && n.has("text") ? n.get("text").asText() : n.asText()));
      return text.toString();
    }
  }

  /** An availability answer of one title. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Availability(@JsonAlias({"itemId", "ISBN"}) String isbn, @JsonAlias({"isAvailable", "availability"}) Boolean available) {}

  /** A date-time or a bare date (end of that day, UTC); null when absent or unreadable. */
  static Instant instant(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(value);
      } catch (DateTimeParseException e2) {
        try {
          return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value).atTime(23, 59, 59).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e3) {
          return null;
        }
      }
    }
  }
}
