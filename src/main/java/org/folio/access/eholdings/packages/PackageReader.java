package org.folio.access.eholdings.packages;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.List;
import java.util.Objects;
import org.folio.access.eholdings.common.accesstypes.AccessType;
import org.folio.access.eholdings.common.accesstypes.AccessTypeRepository;
import org.folio.access.eholdings.common.ids.PackageKey;
import org.folio.access.eholdings.common.proxy.ProxyRepository;
import org.folio.access.eholdings.common.tags.RecordType;
import org.folio.access.eholdings.common.tags.TagRepository;
import org.folio.access.platform.errors.JsonApiError;
import org.folio.access.rest.model.PackageRecord;

/** Reads packages as the interface shows them: with tags, shown proxy and assigned access types. */
public final class PackageReader {
  private final PackageRepository packages;
  private final ProxyRepository proxies;
  private final TagRepository tags;
  private final AccessTypeRepository accessTypes;

  public PackageReader(PackageRepository packages, ProxyRepository proxies, TagRepository tags,
      AccessTypeRepository accessTypes) {
    this.packages = packages;
    this.proxies = proxies;
    this.tags = tags;
    this.accessTypes = accessTypes;
  }

  public PackageRepository repository() {
    return packages;
  }

  /** The stored package, or 404 "Package not found". */
  public Future<PackageRow> row(SqlClient client, String tenant, PackageKey key, boolean forUpdate) {
    return packages.find(client, tenant, key, forUpdate).map(found -> found.orElseThrow(PackageReader::notFound));
  }

  public Future<PackageRecords> records(SqlClient client, String tenant, List<PackageRow> rows) {
    return proxies.rootProxy(client, tenant).compose(root ->
        tags.of(client, tenant, RecordType.PACKAGE, rows.stream().map(PackageRow::recordId).toList())
            .compose(tagMap -> accessTypes.byIds(client, tenant,
                    rows.stream().map(PackageRow::accessTypeId).filter(Objects::nonNull).toList())
                .map(types -> new PackageRecords(
                    rows.stream().map(r -> PackageMapper.record(r, root, tagMap.get(r.recordId()))).toList(),
                    types.values().stream().map(AccessType::included).map(Object.class::cast).toList()))));
  }

  public Future<PackageRecord> record(SqlClient client, String tenant, PackageRow row) {
    return records(client, tenant, List.of(row)).map(r -> r.records().get(0));
  }

  public static JsonApiError notFound() {
    return new JsonApiError(404, "Package not found", null);
  }
}
