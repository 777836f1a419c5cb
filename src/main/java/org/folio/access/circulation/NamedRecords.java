package org.folio.access.circulation;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.Optional;
import java.util.UUID;
import org.folio.access.platform.cql.CqlField;
import org.folio.access.platform.cql.CqlFields;
import org.folio.access.platform.db.CqlCollection;
import org.folio.access.platform.db.Schemas;
import org.folio.access.platform.errors.ApiError;

/**
 * A table of named records (id, a name unique regardless of case, a description) with its document function
 * and view: groups of patrons and categories of hosted e-books. The rules they share: an id from the caller or
 * a new one, a taken name is a 409 with the kind's code, an id in the body must be the path's, unknown is 404.
 */
public final class NamedRecords {
  private static final CqlFields FIELDS = CqlFields.of(
      CqlField.uuid("id", "id"), CqlField.text("name", "name"), CqlField.text("description", "description"))
      .withDefault("name");

  /** Which table: the noun for messages, the table, its document function and view, and the code of a taken name. */
  public record Kind(String noun, String table, String docFunction, String view, String nameTakenCode) {
    String nameIndex() {
      return table + "_name_idx";
    }
  }

  private final Kind kind;

  public NamedRecords(Kind kind) {
    this.kind = kind;
  }

  public Future<String> create(SqlClient client, String tenant, String id, String name, String description) {
    UUID uuid = id == null ? UUID.randomUUID() : Ids.uuid(id);
    if (uuid == null) {
      return Future.failedFuture(ApiError.invalid("id", id, "id must be a UUID"));
    }
    return client.preparedQuery("INSERT INTO " + table(tenant) + " AS g (id, name, description) VALUES ($1, $2, $3)"
            + " RETURNING " + doc(tenant))
        .execute(Tuple.of(uuid, name, description)).map(rows -> rows.iterator().next().getString("doc"))
        .recover(e -> CirculationErrors.whenDuplicate(e, kind.nameIndex(), nameTaken(name)))
        .recover(e -> CirculationErrors.whenDuplicate(e, kind.table() + "_pkey",
            ApiError.conflict("DUPLICATE", kind.noun() + " " + uuid + " exists")));
  }

  public Future<String> update(SqlClient client, String tenant, String id, String bodyId, String name, String description) {
    if (bodyId != null && !bodyId.equalsIgnoreCase(id)) {
      return Future.failedFuture(ApiError.invalid("id", bodyId, "id differs from the path"));
    }
    UUID uuid = Ids.uuid(id);
    return (uuid == null ? Future.succeededFuture(Optional.<String>empty())
            : client.preparedQuery("UPDATE " + table(tenant) + " AS g SET name = $2, description = $3"
                    + " WHERE id = $1 RETURNING " + doc(tenant))
                .execute(Tuple.of(uuid, name, description)).map(NamedRecords::first))
        .recover(e -> CirculationErrors.whenDuplicate(e, kind.nameIndex(), nameTaken(name)))
        .compose(doc -> found(doc, id));
  }

  public Future<String> get(SqlClient client, String tenant, String id) {
    UUID uuid = Ids.uuid(id);
    return (uuid == null ? Future.succeededFuture(Optional.<String>empty()) : find(client, tenant, uuid))
        .compose(doc -> found(doc, id));
  }

  /** The record's document, if there is one. */
  public Future<Optional<String>> find(SqlClient client, String tenant, UUID id) {
    return client.preparedQuery("SELECT " + doc(tenant) + " FROM " + table(tenant) + " g WHERE id = $1")
        .execute(Tuple.of(id)).map(NamedRecords::first);
  }

  /** Whether the record exists (for references to it). */
  public Future<Boolean> exists(SqlClient client, String tenant, UUID id) {
    return client.preparedQuery("SELECT 1 FROM " + table(tenant) + " WHERE id = $1").execute(Tuple.of(id))
        .map(rows -> rows.size() == 1);
  }

  /** Deletes the record; 404 when there was none. */
  public Future<Void> delete(SqlClient client, String tenant, String id) {
    UUID uuid = Ids.uuid(id);
    return (uuid == null ? Future.succeededFuture(false)
            : client.preparedQuery("DELETE FROM " + table(tenant) + " WHERE id = $1").execute(Tuple.of(uuid))
                .map(rows -> rows.rowCount() == 1))
        .compose(deleted -> deleted ? Future.<Void>succeededFuture() : Future.failedFuture(notFound(id)));
  }

  public Future<CqlCollection.Page> page(SqlClient client, String tenant, String cql, long offset, long limit) {
    return new CqlCollection(Schemas.table(tenant, kind.view()), FIELDS, "lower(name), id").fetch(client, cql, offset, limit);
  }

  public ApiError notFound(String id) {
    return ApiError.notFound("No " + kind.noun().toLowerCase(java.util.Locale.ROOT) + " " + id);
  }

  private Future<String> found(Optional<String> doc, String id) {
    return doc.isPresent() ? Future.succeededFuture(doc.get()) : Future.failedFuture(notFound(id));
  }

  private ApiError nameTaken(String name) {
    return ApiError.conflict(kind.nameTakenCode(), "A " + kind.noun().toLowerCase(java.util.Locale.ROOT) + " is already called " + name);
  }

  private String table(String tenant) {
    return Schemas.table(tenant, kind.table());
  }

  private String doc(String tenant) {
    return Schemas.table(tenant, kind.docFunction()) + "(g)::text AS doc";
  }

  private static Optional<String> first(RowSet<Row> rows) {
    return rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getString("doc"));
  }
}
