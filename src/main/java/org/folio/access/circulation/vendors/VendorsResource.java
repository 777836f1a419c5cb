package org.folio.access.circulation.vendors;

import io.vertx.core.Future;
import java.util.Map;
import org.folio.access.circulation.Caller;
import org.folio.access.circulation.Ids;
import org.folio.access.circulation.Pages;
import org.folio.access.platform.errors.ApiError;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.platform.json.Json;
import org.folio.access.rest.model.EcontentVendor;
import org.folio.access.rest.model.EcontentVendorCollection;
import org.folio.access.rest.model.EcontentVendorJob;
import org.folio.access.rest.model.EcontentVendorPatron;
import org.folio.access.rest.model.EcontentVendorSync;
import org.folio.access.rest.resource.EcontentVendors;

/** /econtent/vendors: HTTP in and out only. */
public final class VendorsResource implements EcontentVendors {
  private final VendorAccountService accounts;
  private final VendorPatronService patrons;
  private final PatronSync sync;
  private final VendorJobService jobs;

  public VendorsResource(VendorAccountService accounts, VendorPatronService patrons, PatronSync sync, VendorJobService jobs) {
    this.accounts = accounts;
    this.patrons = patrons;
    this.sync = sync;
    this.jobs = jobs;
  }

  @Override
  public Future<Reply> postEcontentVendors(EcontentVendor entity, OkapiContext okapi) {
    return accounts.create(okapi.tenant(), entity)
        .map(doc -> PostEcontentVendorsResponse.respond201(Json.decode(doc, EcontentVendor.class)));
  }

  @Override
  public Future<Reply> getEcontentVendors(String query, Long offset, Long limit, OkapiContext okapi) {
    return accounts.list(okapi.tenant(), query, offset, limit).map(page -> GetEcontentVendorsResponse.respond200(
        new EcontentVendorCollection().withVendors(Pages.items(page, EcontentVendor.class)).withTotalRecords(Pages.total(page))));
  }

  @Override
  public Future<Reply> getEcontentVendorsByVendorId(String vendorId, OkapiContext okapi) {
    return accounts.get(okapi.tenant(), vendorId)
        .map(doc -> GetEcontentVendorsByVendorIdResponse.respond200(Json.decode(doc, EcontentVendor.class)));
  }

  @Override
  public Future<Reply> putEcontentVendorsByVendorId(String vendorId, EcontentVendor entity, OkapiContext okapi) {
    return accounts.update(okapi.tenant(), vendorId, entity)
        .map(doc -> PutEcontentVendorsByVendorIdResponse.respond200(Json.decode(doc, EcontentVendor.class)));
  }

  @Override
  public Future<Reply> deleteEcontentVendorsByVendorId(String vendorId, OkapiContext okapi) {
    return accounts.delete(okapi.tenant(), vendorId).map(x -> DeleteEcontentVendorsByVendorIdResponse.respond204());
  }

  @Override
  public Future<Reply> postEcontentVendorsByVendorIdPatrons(String vendorId, EcontentVendorPatron entity, OkapiContext okapi) {
    return Caller.from(okapi).compose(caller -> caller.patron(entity.getPatronId()))
        .compose(patron -> accounts.account(okapi.tenant(), vendorId)
            .compose(account -> patrons.link(account, okapi, patron, entity.getBarcode(), entity.getEmail())))
        .map(m -> PostEcontentVendorsByVendorIdPatronsResponse.respond200(new EcontentVendorPatron()
            .withPatronId(m.patron().toString()).withBarcode(m.barcode()).withEmail(m.email())
            .withVendorPatronId(m.vendorPatronId()).withCreated(m.created())));
  }

  @Override
  public Future<Reply> postEcontentVendorsByVendorIdPatronsByPatronIdSync(String vendorId, String patronId, OkapiContext okapi) {
    if (Ids.uuid(patronId) == null) {
      return Future.failedFuture(ApiError.notFound("No patron " + patronId));
    }
    return Caller.from(okapi).compose(caller -> caller.patron(patronId.toLowerCase()))
        .compose(patron -> accounts.account(okapi.tenant(), vendorId).compose(account -> sync.run(account, patron)))
        .map(r -> PostEcontentVendorsByVendorIdPatronsByPatronIdSyncResponse.respond200(new EcontentVendorSync()
            .withLoansOpened(r.loansOpened()).withLoansClosed(r.loansClosed()).withHoldsPlaced(r.holdsPlaced())
            .withHoldsCancelled(r.holdsCancelled()).withSkipped(r.skipped())));
  }

  @Override
  public Future<Reply> postEcontentVendorsByVendorIdJobs(String vendorId, EcontentVendorJob entity, OkapiContext okapi) {
    return jobs.start(okapi.tenant(), vendorId, entity).map(doc -> new Reply(202, "application/json", doc, Map.of()));
  }

  @Override
  public Future<Reply> getEcontentVendorsByVendorIdJobsByJobId(String vendorId, String jobId, OkapiContext okapi) {
    return jobs.get(okapi.tenant(), vendorId, jobId).map(doc -> new Reply(200, "application/json", doc, Map.of()));
  }
}
