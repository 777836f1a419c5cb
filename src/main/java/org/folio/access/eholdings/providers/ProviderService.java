package org.folio.access.eholdings.providers;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.List;
import org.folio.access.eholdings.common.ids.RecordIds;
import org.folio.access.eholdings.common.jsonapi.Includes;
import org.folio.access.eholdings.common.jsonapi.JsonApi;
import org.folio.access.eholdings.common.proxy.Proxies;
import org.folio.access.eholdings.common.query.Conditions;
import org.folio.access.eholdings.common.query.Paging;
import org.folio.access.eholdings.common.query.RecordFilters;
import org.folio.access.eholdings.common.query.SortOrder;
import org.folio.access.eholdings.common.query.SqlParams;
import org.folio.access.eholdings.common.query.TextMatch;
import org.folio.access.eholdings.common.rules.FieldRules;
import org.folio.access.eholdings.common.tags.RecordType;
import org.folio.access.eholdings.common.tags.TagsUpdate;
import org.folio.access.eholdings.common.tags.TagsWriter;
import org.folio.access.eholdings.packages.PackageMapper;
import org.folio.access.eholdings.packages.PackageService;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.errors.JsonApiError;
import org.folio.access.rest.model.EholdingsTags;
import org.folio.access.rest.model.EholdingsTagsRequest;
import org.folio.access.rest.model.PackageRecord;
import org.folio.access.rest.model.Provider;
import org.folio.access.rest.model.ProviderCollection;
import org.folio.access.rest.model.ProviderPutAttributes;
import org.folio.access.rest.model.ProviderPutRequest;

/** Providers: search by name, one (with its first packages), proxy and token changes, tags. */
public final class ProviderService {
  private final Db db;
  private final ProviderReader providers;
  private final Proxies proxies;
  private final PackageService packages;
  private final TagsWriter tags;

  public ProviderService(Db db, ProviderReader providers, Proxies proxies, PackageService packages, TagsWriter tags) {
    this.db = db;
    this.providers = providers;
    this.proxies = proxies;
    this.packages = packages;
    this.tags = tags;
  }

  public Future<ProviderCollection> search(String tenant, String q, List<String> tagFilter, String sort, Paging paging) {
    SortOrder order = SortOrder.parse(sort);
    SqlParams params = new SqlParams();
    Conditions where = new Conditions();
    TextMatch text = null;
    if (q != null && !(q.isBlank() && RecordFilters.given(tagFilter))) {
      if (q.isBlank()) {
        throw new JsonApiError(400, "Search parameter cannot be empty", null);
      }
      text = TextMatch.of(q);
      text.words().forEach(w -> where.add("lower(p.name) LIKE " + params.bind("%" + TextMatch.escapeLike(w) + "%")));
    }
    if (RecordFilters.given(tagFilter)) {
      where.add(RecordFilters.tagged(tenant, RecordType.PROVIDER, "p.id::text", tagFilter, params));
    }
    String byName = "lower(p.name), p.id";
    String orderBy = order == SortOrder.RELEVANCE && text != null ? text.rankSql("lower(p.name)", tenant, params) + ", " + byName : byName;
    SqlClient client = db.pool();
    return providers.repository().page(client, tenant, where.where(), orderBy, params, paging)
        .compose(page -> providers.records(client, tenant, page.rows())
            .map(records -> new ProviderCollection().withData(records).withMeta(JsonApi.total(page.total()))
                .withJsonapi(JsonApi.version())));
  }

  public Future<Provider> get(String tenant, String id, String include) {
    long providerId = RecordIds.provider(id);
    return document(db.pool(), tenant, providerId, Includes.parse(include));
  }

  /** Sets the provider's own proxy (the root's when it is the same) and its token value. */
  public Future<Provider> update(String tenant, String id, ProviderPutRequest request) {
    long providerId = RecordIds.provider(id);
    ProviderPutAttributes attributes = request.getData().getAttributes();
    return db.inTransaction(conn -> providers.repository().lock(conn, tenant, providerId)
            .compose(x -> providers.row(conn, tenant, providerId))
            .compose(row -> ownProxy(conn, tenant, row, attributes)
                .compose(proxyId -> providers.repository().update(conn, tenant, providerId, proxyId, withToken(row, attributes)))))
        .compose(x -> document(db.pool(), tenant, providerId, Includes.NONE));
  }

  public Future<EholdingsTags> tags(String tenant, String id, EholdingsTagsRequest request) {
    long providerId = RecordIds.provider(id);
    TagsUpdate update = TagsUpdate.of(request, false);
    return tags.replace(tenant, RecordType.PROVIDER, String.valueOf(providerId), update,
        conn -> providers.row(conn, tenant, providerId));
  }

  private Future<Provider> document(SqlClient client, String tenant, long providerId, Includes includes) {
    return providers.record(client, tenant, providerId).compose(record -> {
      if (!includes.has("packages")) {
        return Future.succeededFuture(new Provider().withData(record).withIncluded(new ArrayList<>()).withJsonapi(JsonApi.version()));
      }
      return packages.firstOfProvider(client, tenant, providerId).map(found -> {
        record.getRelationships().setPackages(JsonApi.toMany(PackageMapper.TYPE,
            found.records().stream().map(PackageRecord::getId).toList()));
        List<Object> included = new ArrayList<>(found.records());
        included.addAll(found.accessTypes());
        return new Provider().withData(record).withIncluded(included).withJsonapi(JsonApi.version());
      });
    });
  }

  private Future<String> ownProxy(SqlClient conn, String tenant, ProviderRow row, ProviderPutAttributes attributes) {
    String requested = attributes.getProxy() == null ? null : FieldRules.blankToNull(attributes.getProxy().getId());
    if (requested == null) {
      return Future.succeededFuture(row.proxyId());
    }
    return proxies.repository().rootProxy(conn, tenant)
        .compose(root -> proxies.ownProxyFor(conn, tenant, requested, root));
  }

  private static JsonObject withToken(ProviderRow row, ProviderPutAttributes attributes) {
    JsonObject doc = row.doc().copy();
    if (attributes.getProviderToken() != null) {
      JsonObject token = doc.getJsonObject("providerToken", new JsonObject());
      doc.put("providerToken", token.put("value", FieldRules.blankToNull(attributes.getProviderToken().getValue())));
    }
    return doc;
  }
}
