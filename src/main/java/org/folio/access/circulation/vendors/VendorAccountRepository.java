package org.folio.access.circulation.vendors;

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
import org.folio.access.rest.model.EcontentVendor;

/** econtent_vendors. Documents come from econtent_vendor_doc, which masks the token; only `account` reads it. */
public final class VendorAccountRepository {
  private static final CqlFields FIELDS = CqlFields.of(
      CqlField.uuid("id", "id"), CqlField.text("name", "name"), CqlField.text("type", "type"),
      CqlField.text("libraryId", "library_id"), CqlField.text("remoteStage", "remote_stage"))
      .withDefault("name");

  public Future<String> insert(SqlClient client, String tenant, UUID id, EcontentVendor v) {
    return client.preparedQuery("INSERT INTO " + vendors(tenant) + " AS v (id, name, type, base_url, library_id, token,"
            + " remote_stage, ebook_loan_days, eaudio_loan_days, verbosity) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"
            + " RETURNING " + doc(tenant))
        .execute(values(id, v, v.getToken()))
        .map(rows -> rows.iterator().next().getString("doc"));
  }

  /** Replaces the account; a null token keeps the stored one. */
  public Future<Optional<String>> update(SqlClient client, String tenant, UUID id, EcontentVendor v, String token) {
    return client.preparedQuery("UPDATE " + vendors(tenant) + " AS v SET name = $2, type = $3, base_url = $4,"
            + " library_id = $5, token = COALESCE($6, token), remote_stage = $7, ebook_loan_days = $8,"
            + " eaudio_loan_days = $9, verbosity = $10, updated_at = now() WHERE id = $1 RETURNING " + doc(tenant))
        .execute(values(id, v, token)).map(VendorAccountRepository::first);
  }

  public Future<Optional<String>> document(SqlClient client, String tenant, UUID id) {
    return client.preparedQuery("SELECT " + doc(tenant) + " FROM " + vendors(tenant) + " v WHERE id = $1")
        .execute(Tuple.of(id)).map(VendorAccountRepository::first);
  }

  /** The account with its token, for calling the vendor. */
  public Future<Optional<VendorAccount>> account(SqlClient client, String tenant, UUID id) {
    return client.preparedQuery("SELECT id, name, base_url, library_id, token, verbosity, ebook_loan_days,"
            + " eaudio_loan_days, package_id FROM " + vendors(tenant) + " WHERE id = $1")
        .execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(account(tenant, rows.iterator().next())));
  }

  /** The tenant's accounts; with imported, only those whose catalog was imported. */
  public Future<java.util.List<UUID>> ids(SqlClient client, String tenant, boolean imported) {
    return client.preparedQuery("SELECT id FROM " + vendors(tenant) + (imported ? " WHERE catalog_imported_at IS NOT NULL" : "")
            + " ORDER BY id")
        .execute().map(rows -> org.folio.access.circulation.Rows.each(rows, r -> r.getUUID("id")));
  }

  public Future<Boolean> delete(SqlClient client, String tenant, UUID id) {
    return client.preparedQuery("DELETE FROM " + vendors(tenant) + " WHERE id = $1")
        .execute(Tuple.of(id)).map(rows -> rows.rowCount() == 1);
  }

  /** Whether any lendable is lent through the account. */
  public Future<Boolean> lends(SqlClient client, String tenant, UUID id) {
    return client.preparedQuery("SELECT EXISTS (SELECT 1 FROM " + Schemas.table(tenant, "econtent_lendables")
            + " WHERE source->>'type' = 'vendor' AND source->>'vendorId' = $1) AS lends")
        .execute(Tuple.of(id.toString())).map(rows -> rows.iterator().next().getBoolean("lends"));
  }

  public Future<CqlCollection.Page> page(SqlClient client, String tenant, String cql, long offset, long limit) {
    return new CqlCollection(Schemas.table(tenant, "econtent_vendor_view"), FIELDS, "lower(name), id")
        .fetch(client, cql, offset, limit);
  }

  private static Tuple values(UUID id, EcontentVendor v, String token) {
    return Tuple.tuple().addUUID(id).addString(v.getName().trim()).addString(v.getType().value()).addString(v.getBaseUrl())
        .addString(v.getLibraryId()).addString(token).addString(v.getRemoteStage().value())
        .addInteger(v.getEbookLoanDays()).addInteger(v.getEaudioLoanDays()).addString(v.getVerbosity().value());
  }

  static VendorAccount account(String tenant, Row row) {
    return new VendorAccount(row.getUUID("id"), tenant, row.getString("name"), row.getString("base_url"),
        row.getString("library_id"), row.getString("token"), row.getString("verbosity"),
        row.getInteger("ebook_loan_days"), row.getInteger("eaudio_loan_days"), row.getLong("package_id"));
  }

  private static String vendors(String tenant) {
    return Schemas.table(tenant, "econtent_vendors");
  }

  private static String doc(String tenant) {
    return Schemas.table(tenant, "econtent_vendor_doc") + "(v)::text AS doc";
  }

  private static Optional<String> first(RowSet<Row> rows) {
    return rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getString("doc"));
  }
}
