package org.folio.access.circulation.groups;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.folio.access.circulation.Document;
import org.folio.access.circulation.Rows;
import org.folio.access.circulation.privacy.ClosedRecords;
import org.folio.access.platform.cql.CqlField;
import org.folio.access.platform.cql.CqlFields;
import org.folio.access.platform.db.CqlCollection;
import org.folio.access.platform.db.Schemas;

/** econtent_group_loans: a lendable lent to a group or one patron until expires_at; one per lendable and borrower. */
public final class GroupLoanRepository {
  private static final CqlFields FIELDS = CqlFields.of(
      CqlField.uuid("id", "id"),
      CqlField.keyword("resourceId", "resource_id"),
      CqlField.uuid("groupId", "group_id"),
      CqlField.uuid("patronId", "patron_id"),
      CqlField.dateTime("expiresAt", "expires_at"),
      CqlField.keyword("status", "status"));

  /** A group loan through which a patron may read a lendable. */
  public record Grant(UUID id, UUID groupId, OffsetDateTime until) {}

  public Future<Document> insert(SqlClient client, String tenant, UUID id, String resourceId, UUID groupId, UUID patronId,
      OffsetDateTime expiresAt) {
    return client.preparedQuery("INSERT INTO " + table(tenant) + " AS g (id, resource_id, group_id, patron_id, expires_at)"
            + " VALUES ($1, $2, $3, $4, $5) RETURNING " + doc(tenant))
        .execute(Tuple.of(id, resourceId, groupId, patronId, expiresAt))
        .map(rows -> Rows.written(rows, id));
  }

  public Future<Optional<Document>> renew(SqlClient client, String tenant, UUID id, OffsetDateTime expiresAt) {
    return client.preparedQuery("UPDATE " + table(tenant) + " AS g SET expires_at = $2, updated_at = now()"
            + " WHERE id = $1 AND anonymized_at IS NULL RETURNING " + doc(tenant))
        .execute(Tuple.of(id, expiresAt)).map(rows -> Rows.document(rows, id));
  }

  public Future<Optional<Document>> delete(SqlClient client, String tenant, UUID id) {
    return client.preparedQuery("DELETE FROM " + table(tenant) + " AS g WHERE id = $1 RETURNING " + doc(tenant))
        .execute(Tuple.of(id)).map(rows -> Rows.document(rows, id));
  }

  /** Ends every group loan of a group; answers what ended. */
  public Future<List<Document>> deleteOfGroup(SqlClient client, String tenant, UUID groupId) {
    return client.preparedQuery("DELETE FROM " + table(tenant) + " AS g WHERE group_id = $1 RETURNING id, " + doc(tenant))
        .execute(Tuple.of(groupId))
        .map(rows -> Rows.each(rows, r -> new Document(r.getUUID("id").toString(), r.getString("doc"))));
  }

  public Future<Optional<Document>> find(SqlClient client, String tenant, UUID id) {
    return client.preparedQuery("SELECT " + doc(tenant) + " FROM " + table(tenant) + " g WHERE id = $1")
        .execute(Tuple.of(id)).map(rows -> Rows.document(rows, id));
  }

  /** A group loan as a borrower sees it: what it lends and whether it has not expired yet. */
  public record Lent(String resourceId, boolean current) {}

  /**
   * The group loan if the patron borrows it (its one patron or a member of its group); any patron when patron is
   * null. Empty when there is no such loan.
   */
  public Future<Optional<Lent>> lentTo(SqlClient client, String tenant, UUID id, UUID patron) {
    return client.preparedQuery("SELECT resource_id, expires_at > now() AS current FROM " + table(tenant)
            + " WHERE id = $1 AND ($2::uuid IS NULL OR patron_id = $2 OR group_id IN"
            + " (SELECT group_id FROM " + Schemas.table(tenant, "econtent_group_members") + " WHERE patron_id = $2))")
        .execute(Tuple.of(id, patron))
        .map(rows -> rows.size() == 0 ? Optional.empty()
            : Optional.of(new Lent(rows.iterator().next().getString("resource_id"), rows.iterator().next().getBoolean("current"))));
  }

  /** The unexpired group loan lasting longest that lends the lendable to the patron or to a group of theirs. */
  public Future<Optional<Grant>> grantOf(SqlClient client, String tenant, UUID patron, String resourceId) {
    return client.preparedQuery("SELECT id, group_id, expires_at FROM " + table(tenant)
            + " WHERE resource_id = $1 AND expires_at > now() AND (patron_id = $2 OR group_id IN"
            + " (SELECT group_id FROM " + Schemas.table(tenant, "econtent_group_members") + " WHERE patron_id = $2))"
            + " ORDER BY expires_at DESC LIMIT 1")
        .execute(Tuple.of(resourceId, patron))
        .map(rows -> {
          if (rows.size() == 0) {
            return Optional.empty();
          }
          Row r = rows.iterator().next();
          return Optional.of(new Grant(r.getUUID("id"), r.getUUID("group_id"), r.getOffsetDateTime("expires_at")));
        });
  }

  /**
   * Anonymises up to `limit` group loans lent to one patron that expired at least `days` ago (the patron id
   * goes; such a loan can no longer be renewed); SKIP LOCKED, so instances share the work. How many.
   */
  public Future<Integer> anonymizeExpired(SqlClient client, String tenant, int days, int limit) {
    return ClosedRecords.anonymize(client, table(tenant), "true", "expires_at", days, limit);
  }

  public Future<CqlCollection.Page> page(SqlClient client, String tenant, String cql, long offset, long limit) {
    return new CqlCollection(Schemas.table(tenant, "econtent_group_loan_view"), FIELDS, "expires_at, id")
        .fetch(client, cql, offset, limit);
  }

  private static String table(String tenant) {
    return Schemas.table(tenant, "econtent_group_loans");
  }

  private static String doc(String tenant) {
    return Schemas.table(tenant, "econtent_group_loan_doc") + "(g)::text AS doc";
  }

}
