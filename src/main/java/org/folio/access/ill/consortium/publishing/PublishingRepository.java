package org.folio.access.ill.consortium.publishing;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.folio.access.platform.db.Jsonb;
import org.folio.access.platform.db.Schemas;
import org.folio.access.platform.json.Json;
import org.folio.access.rest.model.IllConsortiumPublishingRule;

/** ill_consortium_publishing (the tenant's rules and the publisher's place), and the stacks item events it reads from the outbox. */
public final class PublishingRepository {
  /** The publisher's state: rules, last outbox event read, and where a rebuild is (null: none). */
  public record State(List<IllConsortiumPublishingRule> rules, long outboxCursor, String rebuildAfter) {}

  /** A stacks item event: its outbox id and the items it names. */
  public record ItemsChanged(long id, List<String> itemIds) {}

  public Future<State> find(SqlClient conn, String tenant) {
    return conn.query("SELECT rules::text AS rules, outbox_cursor, rebuild_after FROM " + table(tenant)).execute()
        .map(rows -> state(rows.iterator().next()));
  }

  /** Locks the state for one publishing step; empty while another instance holds it. */
  public Future<Optional<State>> lockForWork(SqlClient conn, String tenant) {
    return conn.query("SELECT rules::text AS rules, outbox_cursor, rebuild_after FROM " + table(tenant) + " FOR UPDATE SKIP LOCKED").execute()
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(state(rows.iterator().next())));
  }

  /** New rules; the index is rebuilt from the first item. */
  public Future<Void> replaceRules(SqlClient conn, String tenant, List<IllConsortiumPublishingRule> rules) {
    return conn.preparedQuery("UPDATE " + table(tenant) + " SET rules = $1" + Jsonb.CAST + ", rebuild_after = '', updated_at = now()")
        .execute(Tuple.of(Jsonb.write(rules))).mapEmpty();
  }

  public Future<Void> advance(SqlClient conn, String tenant, long outboxCursor, String rebuildAfter) {
    return conn.preparedQuery("UPDATE " + table(tenant) + " SET outbox_cursor = $1, rebuild_after = $2")
        .execute(Tuple.of(outboxCursor, rebuildAfter)).mapEmpty();
  }

  /** The stacks item events after the cursor, oldest first. */
  public Future<List<ItemsChanged>> itemEvents(SqlClient conn, String tenant, long after, int limit) {
    return conn.preparedQuery("SELECT id, payload -> 'itemIds' AS ids FROM " + Schemas.table(tenant, "outbox")
            + " WHERE event_type = 'stacks.items.changed' AND id > $1 ORDER BY id LIMIT $2")
        .execute(Tuple.of(after, limit)).map(rows -> {
          List<ItemsChanged> all = new ArrayList<>();
          for (Row r : rows) {
            JsonArray ids = (JsonArray) r.getValue("ids");
            all.add(new ItemsChanged(r.getLong("id"), ids.stream().map(String::valueOf).toList()));
          }
          return all;
        });
  }

  private static State state(Row r) {
    IllConsortiumPublishingRule[] rules = Json.decode(r.getString("rules"), IllConsortiumPublishingRule[].class);
    return new State(List.of(rules), r.getLong("outbox_cursor"), r.getString("rebuild_after"));
  }

  private static String table(String tenant) {
    return Schemas.table(tenant, "ill_consortium_publishing");
  }
}
