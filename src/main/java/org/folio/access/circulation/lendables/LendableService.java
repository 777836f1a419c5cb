package org.folio.access.circulation.lendables;

import io.vertx.core.Future;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.folio.access.circulation.CirculationErrors;
import org.folio.access.circulation.Document;
import org.folio.access.circulation.holds.CopyHandOn;
import org.folio.access.platform.db.CqlCollection;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.errors.ApiError;
import org.folio.access.rest.model.EcontentLendable;

/** Making eholdings resources lendable and reading them. */
public final class LendableService {
  private final Db db;
  private final LendableRepository lendables;
  private final EholdingsResources eholdings;
  private final CopyHandOn handOn;

  public LendableService(Db db, LendableRepository lendables, EholdingsResources eholdings, CopyHandOn handOn) {
    this.db = db;
    this.lendables = lendables;
    this.eholdings = eholdings;
    this.handOn = handOn;
  }

  /** checkInput -> refuseUnlessAnEholdingsResource -> save -> recountCopies -> giveFreeCopiesToWaitingHolds. */
  public Future<LendableRepository.Saved> put(String tenant, String resourceId, EcontentLendable lendable) {
    ResourceId id = ResourceId.parse(resourceId);
    if (id == null) {
      return Future.failedFuture(ApiError.invalid("resourceId", resourceId,
          "resourceId must be an eholdings resource id providerId-packageId-titleId"));
    }
    if (lendable.getResourceId() != null && !lendable.getResourceId().equals(resourceId)) {
      return Future.failedFuture(ApiError.invalid("resourceId", lendable.getResourceId(), "resourceId differs from the path"));
    }
    if (lendable.getLicenseModel() == EcontentLendable.LicenseModel.METERED && lendable.getCheckoutsRemaining() == null) {
      return Future.failedFuture(ApiError.invalid("checkoutsRemaining", null, "checkoutsRemaining is required for a metered licence"));
    }
    if (lendable.getSource().getType() == org.folio.access.rest.model.EcontentSource.Type.VENDOR) {
      ApiError refusal = vendorRefusal(lendable);
      if (refusal != null) {
        return Future.failedFuture(refusal);
      }
    }
    OffsetDateTime expires;
    try {
      expires = lendable.getLicenseExpires() == null ? null : OffsetDateTime.parse(lendable.getLicenseExpires());
    } catch (DateTimeParseException e) {
      return Future.failedFuture(ApiError.invalid("licenseExpires", lendable.getLicenseExpires(),
          "licenseExpires must be an ISO 8601 date-time with offset, e.g. 2027-12-31T23:59:59Z"));
    }
    return db.inTransaction(conn -> eholdings.exists(conn, tenant, id)
        .compose(exists -> exists ? lendables.save(conn, tenant, id, lendable.withResourceId(null), expires)
            : Future.failedFuture(CirculationErrors.notLendable(resourceId + " (no such resource in the knowledge base)")))
        .compose(saved -> lendables.recount(conn, tenant, resourceId)
            .compose(x -> handOn.fillFreeCopies(conn, tenant, resourceId))
            .map(x -> saved)));
  }

  /**
   * A vendor decides availability: its lendables keep no copy count here (licenseModel unlimited, copies 0)
   * and name the vendor account and the vendor's item id (ISBN).
   */
  private static ApiError vendorRefusal(EcontentLendable lendable) {
    if (lendable.getSource().getVendorId() == null) {
      return ApiError.invalid("source.vendorId", null, "a vendor lendable names its vendor account");
    }
    if (lendable.getSource().getItemId() == null) {
      return ApiError.invalid("source.itemId", null, "a vendor lendable names the vendor's item id (ISBN)");
    }
    if (lendable.getLicenseModel() != EcontentLendable.LicenseModel.UNLIMITED) {
      return ApiError.invalid("licenseModel", lendable.getLicenseModel().value(),
          "the vendor decides availability: a vendor lendable's licenseModel is unlimited (no copy count here)");
    }
    return null;
  }

  public Future<Document> get(String tenant, String resourceId) {
    return lendables.document(db.pool(), tenant, resourceId)
        .compose(doc -> doc.isPresent() ? Future.succeededFuture(doc.get())
            : Future.failedFuture(CirculationErrors.lendableNotFound(resourceId)));
  }

  public Future<CqlCollection.Page> list(String tenant, String cql, long offset, long limit) {
    return lendables.page(db.pool(), tenant, cql, offset, limit);
  }
}
