package org.folio.access.eholdings.providers;

import static org.folio.access.eholdings.common.jsonapi.Answers.answer;

import io.vertx.core.Future;
import java.util.List;
import org.folio.access.eholdings.common.query.Paging;
import org.folio.access.eholdings.packages.PackageQuery;
import org.folio.access.eholdings.packages.PackageService;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.rest.model.EholdingsTagsRequest;
import org.folio.access.rest.model.ProviderPutRequest;
import org.folio.access.rest.resource.EholdingsProviders;

/** HTTP edge of /eholdings/providers. */
public final class ProvidersResource implements EholdingsProviders {
  private final ProviderService service;
  private final PackageService packages;

  public ProvidersResource(ProviderService service, PackageService packages) {
    this.service = service;
    this.packages = packages;
  }

  @Override
  public Future<Reply> getEholdingsProviders(String q, Long page, Long count, String sort, List<String> filterTags,
      OkapiContext okapi) {
    return answer(() -> service.search(okapi.tenant(), q, filterTags, sort, Paging.of(page, count)),
        GetEholdingsProvidersResponse::respond200);
  }

  @Override
  public Future<Reply> getEholdingsProvidersByProviderId(String providerId, String include, OkapiContext okapi) {
    return answer(() -> service.get(okapi.tenant(), providerId, include), GetEholdingsProvidersByProviderIdResponse::respond200);
  }

  @Override
  public Future<Reply> putEholdingsProvidersByProviderId(String providerId, ProviderPutRequest entity, OkapiContext okapi) {
    return answer(() -> service.update(okapi.tenant(), providerId, entity), PutEholdingsProvidersByProviderIdResponse::respond200);
  }

  @Override
  public Future<Reply> putEholdingsProvidersByProviderIdTags(String providerId, EholdingsTagsRequest entity,
      OkapiContext okapi) {
    return answer(() -> service.tags(okapi.tenant(), providerId, entity), PutEholdingsProvidersByProviderIdTagsResponse::respond200);
  }

  @Override
  public Future<Reply> getEholdingsProvidersByProviderIdPackages(String providerId, String q, String qField, String qType,
      String highlight, String filterSelected, String filterType, String filterVisibility, String filterAccess,
      String filterCustom, List<String> filterTags, List<String> filterAccessType, String sort, Long page, Long count,
      OkapiContext okapi) {
    PackageQuery query = new PackageQuery(q, qField, qType, filterSelected, filterType, filterVisibility, filterAccess,
        filterCustom, filterTags, filterAccessType, sort, Paging.of(page, count));
    return answer(() -> packages.ofProvider(okapi.tenant(), providerId, query),
        GetEholdingsProvidersByProviderIdPackagesResponse::respond200);
  }
}
