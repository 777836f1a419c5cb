package org.folio.access.circulation.vendors;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import java.util.List;
import java.util.UUID;
import org.folio.access.connectors.oneclick.OneClickClient;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.errors.ApiError;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.OkapiHeaders;

/**
 * The patron's id at the vendor: the kept mapping, else found at the vendor by barcode (else email) from the
 * request or from the users module through the gateway, else created at the vendor; then kept.
 */
public final class VendorPatronService {
  private static final long USERS_TIMEOUT_MS = 5_000;
  private final Db db;
  private final VendorPatronRepository mappings;
  private final OneClickClient vendor;
  private final WebClient gateway;

  /** A patron's account at the vendor, and whether this request created it there. */
  public record Mapping(UUID patron, String barcode, String email, String vendorPatronId, boolean created) {}

  /** How the library knows the patron: card number and email (either may be null). */
  record Identity(String barcode, String email) {
    boolean known() {
      return barcode != null && !barcode.isBlank() || email != null && !email.isBlank();
    }

    String key() {
      return barcode != null && !barcode.isBlank() ? barcode : email;
    }
  }

  public VendorPatronService(Db db, VendorPatronRepository mappings, OneClickClient vendor, WebClient gateway) {
    this.db = db;
    this.mappings = mappings;
    this.vendor = vendor;
    this.gateway = gateway;
  }

  /** The vendor's id of the patron, for a relayed call. */
  public Future<String> vendorPatronId(VendorAccount account, OkapiContext okapi, UUID patron) {
    return link(account, okapi, patron, null, null).map(Mapping::vendorPatronId);
  }

  /** The kept mapping (barcode and email are then not needed), or a new one. */
  public Future<Mapping> link(VendorAccount account, OkapiContext okapi, UUID patron, String barcode, String email) {
    return mappings.find(db.pool(), account.tenant(), account.id(), patron).compose(kept -> kept.isPresent()
        ? Future.succeededFuture(new Mapping(patron, barcode, email, kept.get(), false))
        : identity(okapi, patron, new Identity(barcode, email)).compose(who -> findOrCreate(account, patron, who)));
  }

  private Future<Mapping> findOrCreate(VendorAccount account, UUID patron, Identity who) {
    return vendor.findPatron(account.oneClick(), who.key())
        .compose(found -> found.isPresent() ? Future.succeededFuture(new Mapping(patron, who.barcode(), who.email(), found.get(), false))
            : vendor.createPatron(account.oneClick(), who.barcode(), who.email())
                .map(id -> new Mapping(patron, who.barcode(), who.email(), id, true)))
        .recover(e -> VendorErrors.answer(e, account, ""))
        .compose(m -> mappings.keep(db.pool(), account.tenant(), account.id(), patron, m.vendorPatronId())
            .map(id -> new Mapping(patron, m.barcode(), m.email(), id, m.created() && id.equals(m.vendorPatronId()))));
  }

  /** The identity given, else the user's barcode and email from the users module through the gateway. */
  private Future<Identity> identity(OkapiContext okapi, UUID patron, Identity given) {
    if (given.known()) {
      return Future.succeededFuture(given);
    }
    if (okapi == null || okapi.okapiUrl() == null || okapi.okapiUrl().isBlank()) {
      return Future.failedFuture(unknown());
    }
    var request = gateway.getAbs(okapi.okapiUrl().replaceAll("/+$", "") + "/users/" + patron).timeout(USERS_TIMEOUT_MS)
        .putHeader(OkapiHeaders.TENANT, okapi.tenant()).putHeader("Accept", "application/json");
    if (okapi.requestId() != null) {
      request.putHeader(OkapiHeaders.REQUEST_ID, okapi.requestId());
    }
    if (okapi.token() != null) {
      request.putHeader(OkapiHeaders.TOKEN, okapi.token());
    }
    return request.send()
        .map(response -> {
          if (response.statusCode() != 200) {
            return new Identity(null, null);
          }
          JsonObject user = response.bodyAsJsonObject();
          return new Identity(user.getString("barcode"), user.getJsonObject("personal", new JsonObject()).getString("email"));
        })
        .otherwise(new Identity(null, null))
        .compose(found -> found.known() ? Future.succeededFuture(found) : Future.failedFuture(unknown()));
  }

  private static ApiError unknown() {
    return new ApiError(422, "VENDOR_PATRON_UNKNOWN",
        "The patron has no account at the vendor and no barcode or email to find or create one with",
        List.of(new ApiError.ErrorParameter("barcode", null)));
  }
}
