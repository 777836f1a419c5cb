package org.folio.access.eholdings.kbart;

import io.vertx.core.Future;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.platform.http.Upload;
import org.folio.access.rest.resource.EholdingsKbartImports;

/** HTTP edge of /eholdings/kbart-imports. */
public final class KbartImportsResource implements EholdingsKbartImports {
  private final KbartImportService service;

  public KbartImportsResource(KbartImportService service) {
    this.service = service;
  }

  @Override
  public Future<Reply> postEholdingsKbartImports(String providerName, String packageName, String contentType,
      Upload entity, OkapiContext okapi) {
    return service.start(okapi, providerName, packageName, contentType, entity)
        .map(s -> PostEholdingsKbartImportsResponse.respond202(KbartImportView.document(s), KbartImportView.location(s)));
  }

  @Override
  public Future<Reply> getEholdingsKbartImportsByImportId(String importId, OkapiContext okapi) {
    return service.status(okapi.tenant(), importId)
        .map(s -> GetEholdingsKbartImportsByImportIdResponse.respond200(KbartImportView.document(s)));
  }
}
