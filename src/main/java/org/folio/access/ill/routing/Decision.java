package org.folio.access.ill.routing;

/** Where routing sends a transaction and the note saying why; requestNumber when the broker took a request. */
public record Decision(String queue, String note, String requestNumber) {
  /** The lease was lost before the broker was asked: another instance routes the transaction. */
  static final Decision ABANDONED = new Decision(null, null, null);

  static Decision to(String queue, String note) {
    return new Decision(queue, note, null);
  }

  boolean abandoned() {
    return queue == null;
  }
}
