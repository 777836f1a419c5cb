package org.folio.access.stacks.items;

/** What requesting decides on: an item's first location, its ILS location and record, and its status. */
public record ItemRow(String id, String workId, String locationType, String description, String accessStatus,
    String ilsRecordNumber, String ilsLocationCode, String statusId) {
  /** Sierra's status of an item on the shelf. */
  public static final String AVAILABLE = "-";

  public boolean available() {
    return AVAILABLE.equals(statusId);
  }
}
