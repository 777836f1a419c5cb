package org.folio.access.eholdings.packages;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.folio.access.eholdings.common.ids.PackageKey;
import org.folio.access.eholdings.common.query.Page;
import org.folio.access.eholdings.common.query.PagedQuery;
import org.folio.access.eholdings.common.query.Paging;
import org.folio.access.eholdings.common.query.SqlParams;
import org.folio.access.platform.db.Jsonb;
import org.folio.access.platform.db.Schemas;

/** SQL of packages (alias k) joined to their provider (alias pr). */
public final class PackageRepository {
  static String from(String tenant) {
    return " FROM " + Schemas.table(tenant, "packages") + " k JOIN " + Schemas.table(tenant, "providers")
        + " pr ON pr.id = k.provider_id";
  }

  static String columns(String tenant) {
    return "SELECT " + fields("") + from(tenant);
  }

  /** Expression and column name of each column {@link #read} reads: the package (alias k) and its provider (pr). */
  private static final List<String[]> FIELDS = List.of(new String[] {"k.id", "id"},
      new String[] {"k.provider_id", "provider_id"}, new String[] {"pr.name", "provider_name"},
      new String[] {"pr.proxy_id", "provider_proxy_id"}, new String[] {"k.name", "name"},
      new String[] {"k.content_type", "content_type"}, new String[] {"k.is_custom", "is_custom"},
      new String[] {"k.is_selected", "is_selected"}, new String[] {"k.is_hidden", "is_hidden"},
      new String[] {"k.title_count", "title_count"}, new String[] {"k.selected_count", "selected_count"},
      new String[] {"k.proxy_id", "proxy_id"}, new String[] {"k.access_type_id", "access_type_id"},
      new String[] {"k.jsonb::text", "doc"});

  /** The select list of a package and its provider, the column names starting with prefix. */
  public static String fields(String prefix) {
    return FIELDS.stream().map(f -> f[0] + " AS " + prefix + f[1]).collect(java.util.stream.Collectors.joining(", "));
  }

  public Future<Optional<PackageRow>> find(SqlClient client, String tenant, PackageKey key, boolean forUpdate) {
    return client.preparedQuery(columns(tenant) + " WHERE k.id = $1 AND k.provider_id = $2" + (forUpdate ? " FOR UPDATE OF k" : ""))
        .execute(Tuple.of(key.packageId(), key.providerId()))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(read(rows.iterator().next())));
  }

  /**
   * Locks a package row, if there is one, before its resources are changed: every write that changes a
   * package's resources or counts takes this lock first, so that they queue instead of deadlocking.
   */
  public Future<Void> lock(SqlClient client, String tenant, long id) {
    return client.preparedQuery("SELECT id FROM " + Schemas.table(tenant, "packages") + " WHERE id = $1 FOR UPDATE")
        .execute(Tuple.of(id)).mapEmpty();
  }

  public Future<List<PackageRow>> byIds(SqlClient client, String tenant, List<Long> ids) {
    return client.preparedQuery(columns(tenant) + " WHERE k.id = ANY($1)")
        .execute(Tuple.tuple().addArrayOfLong(ids.toArray(Long[]::new))).map(PackageRepository::readAll);
  }

  /** A page of packages matching the WHERE clause (aliases k, pr), ordered as given (aliases k, pr of the page). */
  public Future<Page<PackageRow>> page(SqlClient client, String tenant, String where, String order, SqlParams params,
      Paging paging) {
    String sql = columns(tenant).replace("SELECT ", "SELECT count(*) OVER () AS total, ") + " WHERE " + where
        + " ORDER BY " + order + paging.limitOffset();
    String count = "SELECT count(*) AS n FROM (SELECT k.id" + from(tenant) + " WHERE " + where + " ORDER BY " + order + ") c";
    return PagedQuery.run(client, sql, count, params, paging, PackageRepository::read);
  }

  public Future<Boolean> customNameTaken(SqlClient client, String tenant, String name, long exceptId) {
    return client.preparedQuery("SELECT 1 FROM " + Schemas.table(tenant, "packages")
            + " WHERE is_custom AND lower(name) = lower($1) AND id <> $2")
        .execute(Tuple.of(name, exceptId)).map(rows -> rows.size() > 0);
  }

  /** The id of the tenant's custom package of this name (whatever the case), if there is one. */
  public Future<java.util.Optional<Long>> customIdByName(SqlClient client, String tenant, String name) {
    return client.preparedQuery("SELECT id FROM " + Schemas.table(tenant, "packages") + " WHERE is_custom AND lower(name) = lower($1)")
        .execute(Tuple.of(name))
        .map(rows -> rows.size() == 0 ? java.util.Optional.empty() : java.util.Optional.of(rows.iterator().next().getLong("id")));
  }

  /** A new custom package (always selected); answers its id from the sequence. */
  public Future<Long> insertCustom(SqlClient client, String tenant, long providerId, PackageChange change) {
    return client.preparedQuery("INSERT INTO " + Schemas.table(tenant, "packages") + " (provider_id, name, content_type,"
            + " is_custom, is_selected, is_hidden, proxy_id, access_type_id, jsonb)"
            + " VALUES ($1, $2, $3, true, true, $4, $5, $6, $7" + Jsonb.CAST + ") RETURNING id")
        .execute(Tuple.of(providerId, change.name(), change.contentType(), change.hidden(), change.proxyId(),
            change.accessTypeId(), change.doc().encode()))
        .map(rows -> rows.iterator().next().getLong("id"));
  }

  public Future<Void> update(SqlClient client, String tenant, long id, PackageChange change) {
    return client.preparedQuery("UPDATE " + Schemas.table(tenant, "packages") + " SET name = $2, content_type = $3,"
            + " is_selected = $4, is_hidden = $5, proxy_id = $6, access_type_id = $7, jsonb = $8" + Jsonb.CAST
            + " WHERE id = $1")
        .execute(Tuple.of(id, change.name(), change.contentType(), change.selected(), change.hidden(), change.proxyId(),
            change.accessTypeId(), change.doc().encode()))
        .mapEmpty();
  }

  /** Keeps title_count and selected_count true after changes to many of the package's resources. */
  public Future<Void> recount(SqlClient client, String tenant, long id) {
    String resources = Schemas.table(tenant, "resources");
    return client.preparedQuery("UPDATE " + Schemas.table(tenant, "packages") + " SET"
            + " title_count = (SELECT count(*) FROM " + resources + " WHERE package_id = $1),"
            + " selected_count = (SELECT count(*) FROM " + resources + " WHERE package_id = $1 AND is_selected)"
            + " WHERE id = $1")
        .execute(Tuple.of(id)).mapEmpty();
  }

  /** Adds to the counts after one resource was added, removed, selected or deselected. */
  public Future<Void> adjustCounts(SqlClient client, String tenant, long id, int titles, int selected) {
    return client.preparedQuery("UPDATE " + Schemas.table(tenant, "packages")
            + " SET title_count = title_count + $2, selected_count = selected_count + $3 WHERE id = $1")
        .execute(Tuple.of(id, titles, selected)).mapEmpty();
  }

  /** A managed package some of whose titles are selected is selected (partly). */
  public Future<Void> markSelected(SqlClient client, String tenant, long id) {
    return client.preparedQuery("UPDATE " + Schemas.table(tenant, "packages") + " SET is_selected = true WHERE id = $1 AND NOT is_selected")
        .execute(Tuple.of(id)).mapEmpty();
  }

  public Future<Void> delete(SqlClient client, String tenant, long id) {
    return client.preparedQuery("DELETE FROM " + Schemas.table(tenant, "packages") + " WHERE id = $1")
        .execute(Tuple.of(id)).mapEmpty();
  }

  static List<PackageRow> readAll(RowSet<Row> rows) {
    List<PackageRow> list = new ArrayList<>();
    rows.forEach(row -> list.add(read(row)));
    return list;
  }

  static PackageRow read(Row row) {
    return read(row, "");
  }

  /** The package in the columns of {@link #fields}. */
  public static PackageRow read(Row row, String prefix) {
    return new PackageRow(row.getLong(prefix + "id"), row.getLong(prefix + "provider_id"), row.getString(prefix + "provider_name"),
        row.getString(prefix + "provider_proxy_id"), row.getString(prefix + "name"), row.getString(prefix + "content_type"),
        row.getBoolean(prefix + "is_custom"), row.getBoolean(prefix + "is_selected"), row.getBoolean(prefix + "is_hidden"),
        row.getLong(prefix + "title_count"), row.getLong(prefix + "selected_count"), row.getString(prefix + "proxy_id"),
        row.getUUID(prefix + "access_type_id"), new JsonObject(row.getString(prefix + "doc")));
  }
}
