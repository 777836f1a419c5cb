package org.folio.access.circulation.lendables;

import io.vertx.core.Future;
import org.folio.access.circulation.Pages;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.rest.model.EcontentLendable;
import org.folio.access.rest.model.EcontentLendableCollection;
import org.folio.access.rest.resource.EcontentLendables;

/** /econtent/lendables: HTTP in and out only. */
public final class LendablesResource implements EcontentLendables {
  private final LendableService service;

  public LendablesResource(LendableService service) {
    this.service = service;
  }

  @Override
  public Future<Reply> getEcontentLendables(String query, Long offset, Long limit, OkapiContext okapi) {
    return service.list(okapi.tenant(), query, offset, limit).map(page -> GetEcontentLendablesResponse.respond200(
        new EcontentLendableCollection().withLendables(Pages.items(page, EcontentLendable.class))
            .withTotalRecords(Pages.total(page))));
  }

  @Override
  public Future<Reply> putEcontentLendablesByResourceId(String resourceId, EcontentLendable entity, OkapiContext okapi) {
    return service.put(okapi.tenant(), resourceId, entity).map(saved -> saved.created()
        ? PutEcontentLendablesByResourceIdResponse.respond201(saved.lendable())
        : PutEcontentLendablesByResourceIdResponse.respond200(saved.lendable()));
  }

  @Override
  public Future<Reply> getEcontentLendablesByResourceId(String resourceId, OkapiContext okapi) {
    return service.get(okapi.tenant(), resourceId)
        .map(doc -> GetEcontentLendablesByResourceIdResponse.respond200(doc.as(EcontentLendable.class)));
  }
}
