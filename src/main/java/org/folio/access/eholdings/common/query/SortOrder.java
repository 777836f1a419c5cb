package org.folio.access.eholdings.common.query;

/** relevance (the default) or name. */
public enum SortOrder {
  RELEVANCE, NAME;

  public static SortOrder parse(String sort) {
    if (sort == null || sort.isEmpty() || sort.equals("relevance")) {
      return RELEVANCE;
    }
    if (sort.equals("name")) {
      return NAME;
    }
    throw QueryErrors.invalid("sort");
  }
}
