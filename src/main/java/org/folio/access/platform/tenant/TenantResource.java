package org.folio.access.platform.tenant;

import io.vertx.core.Future;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.rest.model.TenantAttributes;
import org.folio.access.rest.resource.Tenant;

/** POST/GET/DELETE /_/tenant: HTTP in and out only. */
public final class TenantResource implements Tenant {
  private final TenantService service;

  public TenantResource(TenantService service) {
    this.service = service;
  }

  @Override
  public Future<Reply> postTenant(TenantAttributes entity, OkapiContext okapi) {
    return switch (TenantService.operationOf(entity)) {
      case ENABLE -> service.startEnable(okapi.tenant(), entity)
          .map(job -> PostTenantResponse.respond201(job, "/_/tenant/" + job.getId()));
      case PURGE -> service.purge(okapi.tenant()).map(x -> PostTenantResponse.respond204());
      case DISABLE -> service.disable(okapi.tenant()).map(x -> PostTenantResponse.respond204());
    };
  }

  @Override
  public Future<Reply> getTenantByOperationId(String operationId, Long wait, OkapiContext okapi) {
    return service.job(okapi.tenant(), operationId, wait).map(GetTenantByOperationIdResponse::respond200);
  }

  @Override
  public Future<Reply> deleteTenantByOperationId(String operationId, OkapiContext okapi) {
    return service.forget(okapi.tenant(), operationId).map(x -> DeleteTenantByOperationIdResponse.respond204());
  }
}
