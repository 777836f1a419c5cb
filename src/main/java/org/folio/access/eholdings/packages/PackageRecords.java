package org.folio.access.eholdings.packages;

import java.util.List;
import org.folio.access.rest.model.PackageRecord;

/** Packages as the interface shows them, with the access types they point at (for included). */
public record PackageRecords(List<PackageRecord> records, List<Object> accessTypes) {}
