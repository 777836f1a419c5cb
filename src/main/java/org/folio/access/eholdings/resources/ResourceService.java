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
import org.folio.access.eholdings.packages.PackageReader;
import org.folio.access.eholdings.providers.ProviderMapper;
import org.folio.access.eholdings.providers.ProviderReader;
import org.folio.access.eholdings.titles.TitleMapper;
import org.folio.access.eholdings.titles.TitleReader;
import org.folio.access.platform.db.Db;
import org.folio.access.rest.model.EholdingsBulkMeta;
import org.folio.access.rest.model.EholdingsFailedIds;
import org.folio.access.rest.model.Resource;
import org.folio.access.rest.model.ResourceBulkFetchCollection;
import org.folio.access.rest.model.ResourceBulkFetchRequest;
import org.folio.access.rest.model.ResourceRecord;

/** Reading resources: one with its provider, package, title and access type; bulk fetch. */
public final class ResourceService {
  private final Db db;
  private final ResourceReader resources;
  private final ProviderReader providers;
  private final PackageReader packages;
  private final TitleReader titles;

  public ResourceService(Db db, ResourceReader resources, ProviderReader providers, PackageReader packages, TitleReader titles) {
    this.db = db;
    this.resources = resources;
    this.providers = providers;
    this.packages = packages;
    this.titles = titles;
  }

  public Future<Resource> get(String tenant, String id, String include) {
    ResourceKey key = RecordIds.resource(id);
    return document(db.pool(), tenant, key, Includes.parse(include));
  }

  /** The resource document; its access type is always included when it has one. */
  public Future<Resource> document(SqlClient client, String tenant, ResourceKey key, Includes includes) {
    return resources.row(client, tenant, key, false).compose(row -> resources.record(client, tenant, row).compose(record -> {
      List<Object> included = new ArrayList<>();
      Future<Void> steps = Future.succeededFuture();
      if (includes.has("provider")) {
        steps = steps.compose(x -> providers.record(client, tenant, row.providerId())).map(p -> {
          included.add(p);
          record.getRelationships().setProvider(JsonApi.toOne(ProviderMapper.TYPE, p.getId()));
          return null;
        });
      }
      if (includes.has("package")) {
        steps = steps.compose(x -> packages.row(client, tenant, row.packageKey(), false))
            .compose(p -> packages.record(client, tenant, p)).map(p -> {
              included.add(p);
              record.getRelationships().setPackage(JsonApi.toOne(PackageMapper.TYPE, p.getId()));
              return null;
            });
      }
      if (includes.has("title")) {
        steps = steps.compose(x -> titles.record(client, tenant, row.title())).map(t -> {
          included.add(t);
          record.getRelationships().setTitle(JsonApi.toOne(TitleMapper.TYPE, t.getId()));
          return null;
        });
      }
      return steps.map(x -> {
        included.addAll(record.getIncluded());
        return new Resource().withData(record).withIncluded(included).withJsonapi(JsonApi.version());
      });
    }));
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
