package org.folio.access.circulation.hosted;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.folio.access.platform.cql.CqlField;
import org.folio.access.platform.cql.CqlFields;
import org.folio.access.platform.db.CqlCollection;
import org.folio.access.platform.db.Jsonb;
import org.folio.access.platform.db.Schemas;

/** econtent_hosted_content: the hosted e-books, their processing state and what they became. */
final class ContentRepository {
  private static final String COLUMNS = "id, name, file_name, file_type, state, metadata::text AS metadata, lending::text AS lending,"
      + " size_bytes, sha256, resource_id";
  private static final CqlFields FIELDS = CqlFields.of(
      CqlField.uuid("id", "id"), CqlField.text("name", "name"), CqlField.keyword("state", "state"),
      CqlField.uuid("categoryId", "category_id"), CqlField.text("tags", "tag_list"), CqlField.keyword("fileType", "file_type"),
      CqlField.keyword("resourceId", "resource_id"), CqlField.dateTime("createdDate", "created_at")).withDefault("name");

  Future<Void> insert(SqlClient client, String tenant, ContentDraft d, UUID createdBy) {
    return client.preparedQuery("INSERT INTO " + table(tenant) + " (id, name, file_name, file_type, view_type, category_id,"
            + " tags, drm, metadata, lending, size_bytes, sha256, state, created_by)"
            + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9" + Jsonb.CAST + ", $10" + Jsonb.CAST + ", $11, $12, 'queued', $13)")
        .execute(Tuple.tuple().addUUID(d.id()).addString(d.name()).addString(d.fileName()).addString(d.fileType())
            .addString(d.viewType()).addUUID(d.categoryId()).addArrayOfString(d.tags().toArray(String[]::new))
            .addBoolean(d.drm()).addString(d.metadata().encode()).addString(d.lending().encode())
            .addLong(d.stored().sizeBytes()).addString(d.stored().sha256()).addUUID(createdBy))
        .mapEmpty();
  }

  Future<Optional<ContentRow>> find(SqlClient client, String tenant, UUID id) {
    return client.preparedQuery("SELECT " + COLUMNS + " FROM " + table(tenant) + " WHERE id = $1").execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(row(rows.iterator().next())));
  }

  /** The hosted e-book a knowledge-base resource (and lendable) was made from, if it was. */
  Future<Optional<ContentRow>> ofResource(SqlClient client, String tenant, String resourceId) {
    return client.preparedQuery("SELECT " + COLUMNS + " FROM " + table(tenant) + " WHERE resource_id = $1")
        .execute(Tuple.of(resourceId))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(row(rows.iterator().next())));
  }

  Future<Optional<String>> document(SqlClient client, String tenant, UUID id) {
    return client.preparedQuery("SELECT " + Schemas.table(tenant, "econtent_content_doc") + "(c)::text AS doc FROM "
            + table(tenant) + " c WHERE id = $1").execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getString("doc")));
  }

  Future<List<String>> documents(SqlClient client, String tenant, List<UUID> ids) {
    return client.preparedQuery("SELECT " + Schemas.table(tenant, "econtent_content_doc") + "(c)::text AS doc FROM "
            + table(tenant) + " c JOIN unnest($1::uuid[]) WITH ORDINALITY AS i(id, n) ON i.id = c.id ORDER BY i.n")
        .execute(Tuple.of(ids.toArray(UUID[]::new)))
        .map(rows -> {
          List<String> docs = new java.util.ArrayList<>();
          rows.forEach(r -> docs.add(r.getString("doc")));
          return docs;
        });
  }

  /** Moves processing on; never back from processed or failed. */
  Future<Void> progress(SqlClient client, String tenant, UUID id, String state, int percent) {
    return client.preparedQuery("UPDATE " + table(tenant) + " SET state = $2, percent = GREATEST(percent, $3), updated_at = now()"
            + " WHERE id = $1 AND state IN ('queued', 'processing')")
        .execute(Tuple.of(id, state, percent)).mapEmpty();
  }

  Future<Void> failed(SqlClient client, String tenant, UUID id, String reason) {
    return client.preparedQuery("UPDATE " + table(tenant) + " SET state = 'failed', percent = 100, reason = $2, updated_at = now()"
            + " WHERE id = $1 AND state IN ('queued', 'processing')")
        .execute(Tuple.of(id, reason)).mapEmpty();
  }

  /** Records the resource the file became, its title and the metadata read from it (processing goes on). */
  Future<Void> becameResource(SqlClient client, String tenant, UUID id, String resourceId, String name, JsonObject metadata) {
    return client.preparedQuery("UPDATE " + table(tenant) + " SET resource_id = $2, name = $3, metadata = $4" + Jsonb.CAST
            + ", updated_at = now() WHERE id = $1")
        .execute(Tuple.of(id, resourceId, name, metadata.encode())).mapEmpty();
  }

  Future<Void> processed(SqlClient client, String tenant, UUID id) {
    return client.preparedQuery("UPDATE " + table(tenant) + " SET state = 'processed', percent = 100, updated_at = now()"
            + " WHERE id = $1 AND state = 'processing'")
        .execute(Tuple.of(id)).mapEmpty();
  }

  /** Replaces name (when given), category, tags and metadata; false when there is no such content. */
  Future<Boolean> describe(SqlClient client, String tenant, UUID id, String name, UUID categoryId, List<String> tags,
      JsonObject metadata) {
    return client.preparedQuery("UPDATE " + table(tenant) + " SET name = COALESCE($2, name), category_id = $3, tags = $4,"
            + " metadata = $5" + Jsonb.CAST + ", updated_at = now() WHERE id = $1")
        .execute(Tuple.tuple().addUUID(id).addString(name).addUUID(categoryId).addArrayOfString(tags.toArray(String[]::new))
            .addString(metadata.encode()))
        .map(rows -> rows.rowCount() == 1);
  }

  Future<Void> delete(SqlClient client, String tenant, UUID id) {
    return client.preparedQuery("DELETE FROM " + table(tenant) + " WHERE id = $1").execute(Tuple.of(id)).mapEmpty();
  }

  Future<CqlCollection.Page> page(SqlClient client, String tenant, String cql, long offset, long limit) {
    return new CqlCollection(Schemas.table(tenant, "econtent_hosted_content_view"), FIELDS, "lower(name), id")
        .fetch(client, cql, offset, limit);
  }

  private static ContentRow row(Row r) {
    return new ContentRow(r.getUUID("id"), r.getString("name"), r.getString("file_name"), r.getString("file_type"), r.getString("state"),
        new JsonObject(r.getString("metadata")), new JsonObject(r.getString("lending")), r.getLong("size_bytes"),
        r.getString("sha256"), r.getString("resource_id"));
  }

  private static String table(String tenant) {
    return Schemas.table(tenant, "econtent_hosted_content");
  }
}
