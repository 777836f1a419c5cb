package org.folio.access.eholdings.resources;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.folio.access.eholdings.common.accesstypes.AccessType;
import org.folio.access.eholdings.common.accesstypes.AccessTypeRepository;
import org.folio.access.eholdings.common.ids.ResourceKey;
import org.folio.access.eholdings.common.proxy.ProxyRepository;
import org.folio.access.eholdings.common.tags.RecordType;
import org.folio.access.eholdings.common.tags.TagRepository;
import org.folio.access.platform.errors.JsonApiError;
import org.folio.access.rest.model.ResourceRecord;

/**
 * Reads resources as the interface shows them: with tags, shown proxy, and their access type, which each
 * record also carries in its own included array (lists of resources need that array on every record).
 */
public final class ResourceReader {
  private final ResourceRepository resources;
  private final ProxyRepository proxies;
  private final TagRepository tags;
  private final AccessTypeRepository accessTypes;

  public ResourceReader(ResourceRepository resources, ProxyRepository proxies, TagRepository tags,
      AccessTypeRepository accessTypes) {
    this.resources = resources;
    this.proxies = proxies;
    this.tags = tags;
    this.accessTypes = accessTypes;
  }

  public ResourceRepository repository() {
    return resources;
  }

  /** The stored resource, or 404 "Resource not found". */
  public Future<ResourceRow> row(SqlClient client, String tenant, ResourceKey key, boolean forUpdate) {
    return resources.find(client, tenant, key, forUpdate).map(found -> found.orElseThrow(ResourceReader::notFound));
  }

  public Future<List<ResourceRecord>> records(SqlClient client, String tenant, List<ResourceRow> rows) {
    List<UUID> typeIds = rows.stream().map(ResourceRow::accessTypeId).filter(Objects::nonNull).toList();
    return proxies.rootProxy(client, tenant).compose(root ->
        tags.of(client, tenant, RecordType.RESOURCE, rows.stream().map(ResourceRow::recordId).toList())
            .compose(tagMap -> accessTypes.byIds(client, tenant, typeIds)
                .map(types -> rows.stream().map(r -> record(r, root, tagMap.get(r.recordId()),
                    r.accessTypeId() == null ? null : types.get(r.accessTypeId()))).toList())));
  }

  /** The record of a resource whose root proxy, tags and access type (null for none) are known. */
  public static ResourceRecord record(ResourceRow row, String rootProxy, List<String> tags, AccessType type) {
    ResourceRecord record = ResourceMapper.record(row, rootProxy, tags);
    List<Object> included = new ArrayList<>();
    if (type != null) {
      included.add(type.included());
    }
    return record.withIncluded(included);
  }

  public Future<ResourceRecord> record(SqlClient client, String tenant, ResourceRow row) {
    return records(client, tenant, List.of(row)).map(list -> list.get(0));
  }

  public static JsonApiError notFound() {
    return new JsonApiError(404, "Resource not found", null);
  }
}
