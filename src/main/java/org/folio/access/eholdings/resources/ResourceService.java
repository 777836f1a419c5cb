package org.folio.access.eholdings.resources;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.folio.access.eholdings.common.ids.RecordIds;
import org.folio.access.eholdings.common.ids.ResourceKey;
import org.folio.access.eholdings.common.jsonapi.Includes;
import org.folio.access.eholdings.common.jsonapi.JsonApi;
import org.folio.access.eholdings.packages.PackageMapper;
import org.folio.access.eholdings.providers.ProviderMapper;
import org.folio.access.eholdings.providers.ProviderReader;
import org.folio.access.eholdings.titles.TitleMapper;
import org.folio.access.platform.db.Db;
import org.folio.access.rest.model.EholdingsBulkMeta;
import org.folio.access.rest.model.EholdingsFailedIds;
import org.folio.access.rest.model.PackageRecord;
import org.folio.access.rest.model.Resource;
import org.folio.access.rest.model.ResourceBulkFetchCollection;
import org.folio.access.rest.model.ResourceBulkFetchRequest;
import org.folio.access.rest.model.ResourceRecord;
import org.folio.access.rest.model.TitleRecord;

/** Reading resources: one with its provider, package, title and access type; bulk fetch. */
public final class ResourceService {
  private final Db db;
  private final ResourceReader resources;
  private final ProviderReader providers;
  private final ResourceViewRepository views;

  public ResourceService(Db db, ResourceReader resources, ResourceViewRepository views, ProviderReader providers) {
    this.db = db;
    this.views = views;
    this.resources = resources;
    this.providers = providers;
  }

  public Future<Resource> get(String tenant, String id, String include) {
    ResourceKey key = RecordIds.resource(id);
    return document(db.pool(), tenant, key, Includes.parse(include));
  }

  /** The resource document; its access type is always included when it has one. */
  public Future<Resource> document(SqlClient client, String tenant, ResourceKey key, Includes includes) {
    return views.find(client, tenant, key).map(found -> found.orElseThrow(ResourceReader::notFound))
        .compose(view -> {
          ResourceRecord record = ResourceReader.record(view.resource(), view.rootProxy(), view.resourceTags(), view.accessType());
          List<Object> included = new ArrayList<>();
          if (includes.has("package")) {
            PackageRecord pkg = PackageMapper.record(view.pkg(), view.rootProxy(), view.packageTags());
            included.add(pkg);
            record.getRelationships().setPackage(JsonApi.toOne(PackageMapper.TYPE, pkg.getId()));
          }
          if (includes.has("title")) {
            TitleRecord title = TitleMapper.record(view.resource().title(), view.titleSelected(), view.titleTags(), null);
            included.add(title);
            record.getRelationships().setTitle(JsonApi.toOne(TitleMapper.TYPE, title.getId()));
          }
          Future<Void> provider = !includes.has("provider") ? Future.succeededFuture()
              : providers.record(client, tenant, view.resource().providerId()).map(p -> {
                included.add(0, p);
                record.getRelationships().setProvider(JsonApi.toOne(ProviderMapper.TYPE, p.getId()));
                return null;
              });
          return provider.map(x -> {
            included.addAll(record.getIncluded());
            return new Resource().withData(record).withIncluded(included).withJsonapi(JsonApi.version());
          });
        });
  }

  /** Up to 20 resources; ids that are not valid or not found are listed as failed, in the order asked. */
  public Future<ResourceBulkFetchCollection> bulk(String tenant, ResourceBulkFetchRequest request) {
    List<String> asked = request.getResources().stream().distinct().toList();
    List<ResourceKey> keys = asked.stream().map(ResourceService::keyOrNull).filter(k -> k != null).toList();
    SqlClient client = db.pool();
    return resources.repository().byKeys(client, tenant, keys)
        .compose(rows -> resources.records(client, tenant, rows))
        .map(records -> {
          Map<String, ResourceRecord> byId = records.stream().collect(Collectors.toMap(ResourceRecord::getId, Function.identity()));
          return new ResourceBulkFetchCollection().withJsonapi(JsonApi.version())
              .withIncluded(asked.stream().map(byId::get).filter(r -> r != null).toList())
              .withMeta(new EholdingsBulkMeta().withFailed(new EholdingsFailedIds()
                  .withResources(asked.stream().filter(id -> !byId.containsKey(id)).toList())));
        });
  }

  private static ResourceKey keyOrNull(String id) {
    try {
      return RecordIds.resource(id);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
