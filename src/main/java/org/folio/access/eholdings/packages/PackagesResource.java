package org.folio.access.eholdings.packages;

import static org.folio.access.eholdings.common.jsonapi.Answers.answer;

import io.vertx.core.Future;
import java.util.List;
import org.folio.access.eholdings.common.query.Paging;
import org.folio.access.eholdings.titles.TitleQuery;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.rest.model.EholdingsTagsRequest;
import org.folio.access.rest.model.PackageBulkFetchRequest;
import org.folio.access.rest.model.PackagePostRequest;
import org.folio.access.rest.model.PackagePutRequest;
import org.folio.access.rest.resource.EholdingsPackages;

/** HTTP edge of /eholdings/packages. */
public final class PackagesResource implements EholdingsPackages {
  private final PackageService service;
  private final PackageEdits edits;

  public PackagesResource(PackageService service, PackageEdits edits) {
    this.service = service;
    this.edits = edits;
  }

  @Override
  public Future<Reply> getEholdingsPackages(String q, String qField, String qType, String highlight, String filterSelected,
      String filterType, String filterVisibility, String filterAccess, String filterCustom, List<String> filterTags,
      List<String> filterAccessType, String sort, Long page, Long count, OkapiContext okapi) {
    PackageQuery query = new PackageQuery(q, qField, qType, filterSelected, filterType, filterVisibility, filterAccess,
        filterCustom, filterTags, filterAccessType, sort, Paging.of(page, count));
    return answer(() -> service.search(okapi.tenant(), query), GetEholdingsPackagesResponse::respond200);
  }

  @Override
  public Future<Reply> postEholdingsPackages(PackagePostRequest entity, OkapiContext okapi) {
    return answer(() -> edits.create(okapi.tenant(), entity), PostEholdingsPackagesResponse::respond200);
  }

  @Override
  public Future<Reply> postEholdingsPackagesBulkFetch(PackageBulkFetchRequest entity, OkapiContext okapi) {
    return answer(() -> service.bulk(okapi.tenant(), entity), PostEholdingsPackagesBulkFetchResponse::respond200);
  }

  @Override
  public Future<Reply> getEholdingsPackagesByPackageId(String packageId, String include, OkapiContext okapi) {
    return answer(() -> service.get(okapi.tenant(), packageId, include), GetEholdingsPackagesByPackageIdResponse::respond200);
  }

  @Override
  public Future<Reply> putEholdingsPackagesByPackageId(String packageId, PackagePutRequest entity, OkapiContext okapi) {
    return answer(() -> edits.update(okapi.tenant(), packageId, entity), PutEholdingsPackagesByPackageIdResponse::respond200);
  }

  @Override
  public Future<Reply> deleteEholdingsPackagesByPackageId(String packageId, OkapiContext okapi) {
    return answer(() -> edits.delete(okapi.tenant(), packageId), x -> DeleteEholdingsPackagesByPackageIdResponse.respond204());
  }

  @Override
  public Future<Reply> getEholdingsPackagesByPackageIdResources(String packageId, String filterSelected, String filterType,
      String filterName, String filterIsxn, String filterSubject, String filterPublisher, List<String> filterTags,
      List<String> filterAccessType, String sort, Long page, Long count, OkapiContext okapi) {
    TitleQuery query = new TitleQuery(filterSelected, filterType, filterName, filterIsxn, filterSubject, filterPublisher,
        filterTags, filterAccessType, sort, Paging.of(page, count));
    return answer(() -> service.resources(okapi.tenant(), packageId, query),
        GetEholdingsPackagesByPackageIdResourcesResponse::respond200);
  }

  @Override
  public Future<Reply> putEholdingsPackagesByPackageIdTags(String packageId, EholdingsTagsRequest entity, OkapiContext okapi) {
    return answer(() -> edits.tags(okapi.tenant(), packageId, entity), PutEholdingsPackagesByPackageIdTagsResponse::respond200);
  }
}
