package org.folio.access.connectors.broker;

/**
 * What a search found: whether a partner can lend it (requestable), how many records matched, and the broker's
 * button (its label says e.g. that the item is held locally) and message. rawBody is for staff notes only.
 * availableLocally: the broker says itself that the borrower's library holds it (the consortium broker; Relais says
 * it only through the button label).
 */
public record FindResult(boolean requestable, int numberOfRecords, String buttonLabel, String buttonLink, String message,
    String rawBody, boolean availableLocally) {
  public FindResult(boolean requestable, int numberOfRecords, String buttonLabel, String buttonLink, String message, String rawBody) {
    this(requestable, numberOfRecords, buttonLabel, buttonLink, message, rawBody, false);
  }

  public static FindResult nothing(String rawBody) {
    return new FindResult(false, 0, null, null, null, rawBody);
  }
}
