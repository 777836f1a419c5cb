package org.folio.access.eholdings.kbart;

import java.util.List;

/**
 * The parts of titles.jsonb and resources.jsonb that KBART manages, in the shapes of the storage contract
 * (db/tenant/V002__eholdings.sql). Absent values are left out of the stored documents.
 */
public final class StoredDocuments {
  private StoredDocuments() {}

  /** The managed part of titles.jsonb. */
  public record Title(String name, String publicationType, String publisherName, String edition,
      List<Contributor> contributors, List<Identifier> identifiers) {}

  /** {type: Author|Editor|..., contributor}. */
  public record Contributor(String type, String contributor) {}

  /** {id, type: ISSN|ISBN, subtype: Print|Online}. */
  public record Identifier(String id, String type, String subtype) {}

  /** {beginCoverage, endCoverage} as YYYY-MM-DD; endCoverage "" means up to now. */
  public record Coverage(String beginCoverage, String endCoverage) {}

  /** {embargoUnit: Days|Weeks|Months|Years, embargoValue}. */
  public record Embargo(String embargoUnit, int embargoValue) {}

  /**
   * A rolling window of KBART (embargo_info R): only content of the most recent period is available, the start
   * moving with time. {unit: Days|Months|Years, value}.
   */
  public record Period(String unit, int value) {}

  /**
   * The managed, package-specific part of resources.jsonb besides managedCoverages: url, managedEmbargoPeriod (a
   * moving wall, KBART P), managedRollingWindow (KBART R), managedCoverageDepth and managedNotes.
   */
  public record Resource(String url, Embargo managedEmbargoPeriod, Period managedRollingWindow,
      String managedCoverageDepth, String managedNotes) {}
}
