package org.folio.access.eholdings.packages;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.folio.access.eholdings.common.ids.PackageKey;
import org.folio.access.eholdings.common.ids.RecordIds;
import org.folio.access.eholdings.common.jsonapi.Includes;
import org.folio.access.eholdings.common.jsonapi.JsonApi;
import org.folio.access.eholdings.common.query.Paging;
import org.folio.access.eholdings.providers.ProviderMapper;
import org.folio.access.eholdings.providers.ProviderReader;
import org.folio.access.eholdings.resources.ResourceMapper;
import org.folio.access.eholdings.resources.ResourceReader;
import org.folio.access.eholdings.resources.ResourceSearch;
import org.folio.access.eholdings.titles.TitleQuery;
import org.folio.access.platform.db.Db;
import org.folio.access.rest.model.Package;
import org.folio.access.rest.model.PackageBulkFetchCollection;
import org.folio.access.rest.model.PackageBulkFetchRequest;
import org.folio.access.rest.model.PackageCollection;
import org.folio.access.rest.model.PackageRecord;
import org.folio.access.rest.model.ResourceCollection;
import org.folio.access.rest.model.ResourceRecord;
import org.folio.access.rest.model.EholdingsBulkMeta;
import org.folio.access.rest.model.EholdingsFailedIds;

/** Reading packages: one (with includes), searches, a provider's packages, a package's resources, bulk fetch. */
public final class PackageService {
  private final Db db;
  private final PackageReader packages;
  private final ProviderReader providers;
  private final ResourceReader resources;

  public PackageService(Db db, PackageReader packages, ProviderReader providers, ResourceReader resources) {
    this.db = db;
    this.packages = packages;
    this.providers = providers;
    this.resources = resources;
  }

  public Future<Package> get(String tenant, String id, String include) {
    PackageKey key = RecordIds.pkg(id);
    return document(db.pool(), tenant, key, Includes.parse(include));
  }

  /** The package document; its access type is always included when it has one. */
  public Future<Package> document(SqlClient client, String tenant, PackageKey key, Includes includes) {
    return packages.row(client, tenant, key, false)
        .compose(row -> packages.records(client, tenant, List.of(row)))
        .compose(found -> {
          PackageRecord record = found.records().get(0);
          List<Object> included = new ArrayList<>();
          return includeProvider(client, tenant, key, includes, record, included)
              .compose(x -> includeResources(client, tenant, key, includes, record, included))
              .map(x -> {
                included.addAll(found.accessTypes());
                return new Package().withData(record).withIncluded(included).withJsonapi(JsonApi.version());
              });
        });
  }

  public Future<PackageCollection> search(String tenant, PackageQuery query) {
    return page(db.pool(), tenant, PackageSearch.build(tenant, null, query), query);
  }

  public Future<PackageCollection> ofProvider(String tenant, String providerId, PackageQuery query) {
    long id = RecordIds.provider(providerId);
    PackageSearch.Sql sql = PackageSearch.build(tenant, id, query);
    return providers.row(db.pool(), tenant, id).compose(p -> page(db.pool(), tenant, sql, query));
  }

  private Future<PackageCollection> page(SqlClient client, String tenant, PackageSearch.Sql sql, PackageQuery query) {
    return packages.repository().page(client, tenant, sql.where(), sql.order(), sql.params(), query.paging())
        .compose(page -> packages.records(client, tenant, page.rows())
            .map(found -> new PackageCollection().withData(found.records()).withIncluded(found.accessTypes())
                .withMeta(JsonApi.total(page.total())).withJsonapi(JsonApi.version())));
  }

  /** The first page of a provider's packages by name, for a provider document's included. */
  public Future<PackageRecords> firstOfProvider(SqlClient client, String tenant, long providerId) {
    PackageQuery first = new PackageQuery(null, null, null, null, null, null, null, null, null, null, "name", Paging.of(1L, 25L));
    PackageSearch.Sql sql = PackageSearch.build(tenant, providerId, first);
    return packages.repository().page(client, tenant, sql.where(), sql.order(), sql.params(), first.paging())
        .compose(page -> packages.records(client, tenant, page.rows()));
  }

  public Future<ResourceCollection> resources(String tenant, String id, TitleQuery query) {
    PackageKey key = RecordIds.pkg(id);
    ResourceSearch.Sql sql = ResourceSearch.ofPackage(tenant, key.packageId(), query);
    SqlClient client = db.pool();
    return packages.row(client, tenant, key, false)
        .compose(row -> resources.repository().page(client, tenant, sql.where(), sql.order(), sql.params(), query.paging()))
        .compose(page -> resources.records(client, tenant, page.rows())
            .map(records -> new ResourceCollection().withData(records).withMeta(JsonApi.total(page.total()))
                .withJsonapi(JsonApi.version())));
  }

  /** Up to 20 packages; ids that are not valid or not found are listed as failed, in the order asked. */
  public Future<PackageBulkFetchCollection> bulk(String tenant, PackageBulkFetchRequest request) {
    List<String> asked = request.getPackages();
    List<Long> ids = asked.stream().map(PackageService::numericPackageId).filter(n -> n > 0).toList();
    SqlClient client = db.pool();
    return packages.repository().byIds(client, tenant, ids)
        .compose(rows -> packages.records(client, tenant, rows))
        .map(found -> {
          Map<String, PackageRecord> byId = found.records().stream()
              .collect(Collectors.toMap(PackageRecord::getId, Function.identity()));
          List<String> failed = asked.stream().filter(id -> !byId.containsKey(id)).distinct().toList();
          List<PackageRecord> hits = asked.stream().distinct().map(byId::get).filter(r -> r != null).toList();
          return new PackageBulkFetchCollection().withIncluded(hits).withJsonapi(JsonApi.version())
              .withMeta(new EholdingsBulkMeta().withFailed(new EholdingsFailedIds().withPackages(failed)));
        });
  }

  private Future<Void> includeProvider(SqlClient client, String tenant, PackageKey key, Includes includes,
      PackageRecord record, List<Object> included) {
    if (!includes.has("provider")) {
      return Future.succeededFuture();
    }
    return providers.record(client, tenant, key.providerId()).map(provider -> {
      included.add(provider);
      record.getRelationships().setProvider(JsonApi.toOne(ProviderMapper.TYPE, provider.getId()));
      return null;
    });
  }

  private Future<Void> includeResources(SqlClient client, String tenant, PackageKey key, Includes includes,
      PackageRecord record, List<Object> included) {
    if (!includes.has("resources")) {
      return Future.succeededFuture();
    }
    TitleQuery first = new TitleQuery(null, null, null, null, null, null, null, null, "name", Paging.of(1L, 25L));
    ResourceSearch.Sql sql = ResourceSearch.ofPackage(tenant, key.packageId(), first);
    return resources.repository().page(client, tenant, sql.where(), sql.order(), sql.params(), first.paging())
        .compose(page -> resources.records(client, tenant, page.rows()))
        .map(list -> {
          included.addAll(list);
          record.getRelationships().setResources(JsonApi.toMany(ResourceMapper.TYPE,
              list.stream().map(ResourceRecord::getId).toList()));
          return null;
        });
  }

  /** The package id part of a valid package id, else 0. */
  private static long numericPackageId(String id) {
    try {
      return RecordIds.pkg(id).packageId();
    } catch (RuntimeException e) {
      return 0;
    }
  }
}
