package org.folio.access.circulation.hosted;

/** A hosted file that cannot be lent as it is, with the reason a person understands. */
final class UnreadableFile extends Exception {
  UnreadableFile(String reason) {
    super(reason, null, false, false);
  }
}
