package org.folio.access.eholdings.providers;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.List;
import org.folio.access.eholdings.common.proxy.ProxyRepository;
import org.folio.access.eholdings.common.tags.RecordType;
import org.folio.access.eholdings.common.tags.TagRepository;
import org.folio.access.platform.errors.JsonApiError;
import org.folio.access.rest.model.ProviderRecord;

/** Reads providers as the interface shows them: with tags and the proxy they show. */
public final class ProviderReader {
  private final ProviderRepository providers;
  private final ProxyRepository proxies;
  private final TagRepository tags;

  public ProviderReader(ProviderRepository providers, ProxyRepository proxies, TagRepository tags) {
    this.providers = providers;
    this.proxies = proxies;
    this.tags = tags;
  }

  public ProviderRepository repository() {
    return providers;
  }

  /** The stored provider, or 404 "Provider not found". */
  public Future<ProviderRow> row(SqlClient client, String tenant, long id) {
    return providers.find(client, tenant, id).map(found -> found.orElseThrow(ProviderReader::notFound));
  }

  public Future<ProviderRecord> record(SqlClient client, String tenant, long id) {
    return row(client, tenant, id).compose(row -> records(client, tenant, List.of(row))).map(list -> list.get(0));
  }

  public Future<List<ProviderRecord>> records(SqlClient client, String tenant, List<ProviderRow> rows) {
    return proxies.rootProxy(client, tenant).compose(root ->
        tags.of(client, tenant, RecordType.PROVIDER, rows.stream().map(ProviderRow::recordId).toList())
            .map(tagMap -> rows.stream().map(r -> ProviderMapper.record(r, root, tagMap.get(r.recordId()), null)).toList()));
  }

  public static JsonApiError notFound() {
    return new JsonApiError(404, "Provider not found", null);
  }
}
