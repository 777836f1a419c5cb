package org.folio.access.eholdings.settings.labels;

/** One of the five custom label slots of a knowledge base; an empty display label means the slot is unused. */
public record CustomLabel(int id, String displayLabel, boolean displayOnFullTextFinder, boolean displayOnPublicationFinder) {
  public static final int SLOTS = 5;

  public static CustomLabel empty(int id) {
    return new CustomLabel(id, "", false, false);
  }

  public boolean inUse() {
    return displayLabel != null && !displayLabel.isEmpty();
  }
}
