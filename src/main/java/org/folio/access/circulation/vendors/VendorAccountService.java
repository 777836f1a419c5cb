package org.folio.access.circulation.vendors;

import io.vertx.core.Future;
import java.util.Optional;
import java.util.UUID;
import org.folio.access.circulation.CirculationErrors;
import org.folio.access.circulation.Ids;
import org.folio.access.platform.db.CqlCollection;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.errors.ApiError;
import org.folio.access.rest.model.EcontentVendor;

/** Vendor accounts: the token is required when created, kept when a change leaves it out or sends the mask. */
public final class VendorAccountService {
  static final String MASK = "********";
  private static final String NAME_INDEX = "econtent_vendors_name_idx";
  private final Db db;
  private final VendorAccountRepository accounts;

  public VendorAccountService(Db db, VendorAccountRepository accounts) {
    this.db = db;
    this.accounts = accounts;
  }

  public Future<String> create(String tenant, EcontentVendor vendor) {
    if (vendor.getToken() == null || MASK.equals(vendor.getToken())) {
      return Future.failedFuture(ApiError.invalid("token", null, "token is required for a new vendor account"));
    }
    UUID id = vendor.getId() == null ? UUID.randomUUID() : UUID.fromString(vendor.getId());
    return accounts.insert(db.pool(), tenant, id, vendor)
        .recover(e -> CirculationErrors.whenDuplicate(e, NAME_INDEX, nameTaken(vendor.getName())))
        .recover(e -> CirculationErrors.whenDuplicate(e, "econtent_vendors_pkey",
            ApiError.conflict("DUPLICATE", "Vendor account " + id + " exists")));
  }

  public Future<String> update(String tenant, String vendorId, EcontentVendor vendor) {
    UUID id = Ids.uuid(vendorId);
    if (vendor.getId() != null && !vendor.getId().equalsIgnoreCase(vendorId)) {
      return Future.failedFuture(ApiError.invalid("id", vendor.getId(), "id differs from the path"));
    }
    String token = MASK.equals(vendor.getToken()) ? null : vendor.getToken();
    return (id == null ? Future.succeededFuture(Optional.<String>empty()) : accounts.update(db.pool(), tenant, id, vendor, token))
        .recover(e -> CirculationErrors.whenDuplicate(e, NAME_INDEX, nameTaken(vendor.getName())))
        .compose(doc -> found(doc, vendorId));
  }

  public Future<String> get(String tenant, String vendorId) {
    UUID id = Ids.uuid(vendorId);
    return (id == null ? Future.succeededFuture(Optional.<String>empty()) : accounts.document(db.pool(), tenant, id))
        .compose(doc -> found(doc, vendorId));
  }

  public Future<CqlCollection.Page> list(String tenant, String cql, long offset, long limit) {
    return accounts.page(db.pool(), tenant, cql, offset, limit);
  }

  /** An account that lends nothing may go (with its patron mappings); one that lends is 409 VENDOR_IN_USE. */
  public Future<Void> delete(String tenant, String vendorId) {
    UUID id = Ids.uuid(vendorId);
    if (id == null) {
      return Future.failedFuture(notFound(vendorId));
    }
    return db.inTransaction(conn -> accounts.lends(conn, tenant, id).compose(lends -> lends
        ? Future.failedFuture(ApiError.conflict("VENDOR_IN_USE", "Lendables are lent through vendor account " + vendorId))
        : accounts.delete(conn, tenant, id).compose(deleted -> deleted ? Future.<Void>succeededFuture()
            : Future.failedFuture(notFound(vendorId)))));
  }

  /** The account with its token, for calls: 404 when unknown. */
  public Future<VendorAccount> account(String tenant, String vendorId) {
    UUID id = Ids.uuid(vendorId);
    return (id == null ? Future.succeededFuture(Optional.<VendorAccount>empty()) : accounts.account(db.pool(), tenant, id))
        .compose(account -> account.map(Future::succeededFuture).orElseGet(() -> Future.failedFuture(notFound(vendorId))));
  }

  static ApiError notFound(String vendorId) {
    return ApiError.notFound("No vendor account " + vendorId);
  }

  private static Future<String> found(Optional<String> doc, String vendorId) {
    return doc.map(Future::succeededFuture).orElseGet(() -> Future.failedFuture(notFound(vendorId)));
  }

  private static ApiError nameTaken(String name) {
    return new ApiError(409, "VENDOR_NAME_TAKEN", "A vendor account is named " + name,
        java.util.List.of(new ApiError.ErrorParameter("name", name)));
  }
}
