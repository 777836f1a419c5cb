package org.folio.access.eholdings.settings.credentials;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.folio.access.eholdings.EholdingsTenantData;
import org.folio.access.eholdings.settings.common.RecordMetadata;
import org.folio.access.platform.db.Jsonb;
import org.folio.access.platform.db.Schemas;

/** SQL of kb_credentials. Documents change by merging fields in SQL, so concurrent changes of other fields survive. */
public final class KnowledgeBaseRepository {
  private static final String COLUMNS = "c.id, c.jsonb::text AS doc, c.created_at";

  public Future<List<KnowledgeBase>> list(SqlClient client, String tenant) {
    return client.query("SELECT " + COLUMNS + " FROM " + table(tenant) + " c ORDER BY c.created_at, lower(c.name)")
        .execute().map(KnowledgeBaseRepository::all);
  }

  public Future<Optional<KnowledgeBase>> find(SqlClient client, String tenant, UUID id) {
    return client.preparedQuery("SELECT " + COLUMNS + " FROM " + table(tenant) + " c WHERE c.id = $1")
        .execute(Tuple.of(id)).map(KnowledgeBaseRepository::first);
  }

  /** Locks the row for the rest of the transaction; empty when there is no such knowledge base. */
  public Future<Optional<KnowledgeBase>> lock(SqlClient client, String tenant, UUID id) {
    return client.preparedQuery("SELECT " + COLUMNS + " FROM " + table(tenant) + " c WHERE c.id = $1 FOR UPDATE")
        .execute(Tuple.of(id)).map(KnowledgeBaseRepository::first);
  }

  /** The user's knowledge base: the one assigned to them, else the default one, else the oldest. */
  public Future<Optional<KnowledgeBase>> forUser(SqlClient client, String tenant, UUID userId) {
    return client.preparedQuery("SELECT " + COLUMNS + " FROM " + table(tenant) + " c"
            + " LEFT JOIN " + Schemas.table(tenant, "kb_credentials_users") + " u ON u.credentials_id = c.id AND u.user_id = $1"
            + " ORDER BY (u.user_id IS NOT NULL) DESC, (c.id = $2) DESC, c.created_at LIMIT 1")
        .execute(Tuple.of(userId, EholdingsTenantData.DEFAULT_CREDENTIALS_ID)).map(KnowledgeBaseRepository::first);
  }

  public Future<Boolean> any(SqlClient client, String tenant) {
    return client.query("SELECT EXISTS (SELECT 1 FROM " + table(tenant) + ") AS found").execute()
        .map(rows -> rows.iterator().next().getBoolean("found"));
  }

  public Future<KnowledgeBase> insert(SqlClient client, String tenant, UUID id, KnowledgeBaseDocument doc) {
    return client.preparedQuery("INSERT INTO " + table(tenant) + " AS c (id, name, jsonb) VALUES ($1, $2, $3" + Jsonb.CAST
            + ") RETURNING " + COLUMNS)
        .execute(Tuple.of(id, doc.name(), Jsonb.write(doc))).map(rows -> first(rows).orElseThrow());
  }

  /**
   * Removes the named document fields, merges the given ones and stamps the change; the name column follows
   * the name when one is given. False when there is no such knowledge base.
   */
  public Future<Boolean> change(SqlClient client, String tenant, UUID id, Map<String, Object> set, List<String> remove,
      RecordMetadata stamp) {
    String sql = "UPDATE " + table(tenant) + " SET name = coalesce($2, name),"
        + " jsonb = ((jsonb - $3::text[]) || $4" + Jsonb.CAST + ")"
        + " || jsonb_build_object('metadata', coalesce(jsonb->'metadata', '{}'::jsonb) || $5" + Jsonb.CAST + ")"
        + " WHERE id = $1";
    Tuple tuple = Tuple.tuple().addUUID(id).addString((String) set.get("name")).addArrayOfString(remove.toArray(String[]::new))
        .addString(Jsonb.write(set)).addString(Jsonb.write(stamp));
    return client.preparedQuery(sql).execute(tuple).map(rows -> rows.rowCount() == 1);
  }

  /** Sets one document field (root proxy, custom labels) and stamps the change; false when there is no such record. */
  public Future<Boolean> setField(SqlClient client, String tenant, UUID id, String field, Object value, RecordMetadata stamp) {
    return change(client, tenant, id, Map.of(field, value), List.of(), stamp);
  }

  public Future<Boolean> delete(SqlClient client, String tenant, UUID id) {
    return client.preparedQuery("DELETE FROM " + table(tenant) + " WHERE id = $1").execute(Tuple.of(id))
        .map(rows -> rows.rowCount() == 1);
  }

  private static String table(String tenant) {
    return Schemas.table(tenant, "kb_credentials");
  }

  private static List<KnowledgeBase> all(RowSet<Row> rows) {
    List<KnowledgeBase> list = new ArrayList<>();
    rows.forEach(row -> list.add(of(row)));
    return list;
  }

  private static Optional<KnowledgeBase> first(RowSet<Row> rows) {
    return rows.size() == 0 ? Optional.empty() : Optional.of(of(rows.iterator().next()));
  }

  private static KnowledgeBase of(Row row) {
    return new KnowledgeBase(row.getUUID("id"), Jsonb.read(row, "doc", KnowledgeBaseDocument.class),
        row.getOffsetDateTime("created_at"));
  }
}
