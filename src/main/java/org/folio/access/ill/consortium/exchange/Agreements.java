package org.folio.access.ill.consortium.exchange;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.folio.access.platform.db.Schemas;

/** SQL of consortium and consortium_member. Every read is for a tenant and shows only what that tenant may see. */
final class Agreements {
  private static final String C = Schemas.PLATFORM + ".consortium";
  private static final String M = Schemas.PLATFORM + ".consortium_member";
  /** The consortium and the caller's own state; members only to an accepted caller. */
  private static final String VIEW = "SELECT c.id, c.name, c.created_by, c.created_at, me.state,"
      + " CASE WHEN me.state = 'accepted' THEN (SELECT coalesce(array_agg(m.tenant || ':' || m.state || ':' || m.position"
      + " ORDER BY m.position), '{}') FROM " + M + " m WHERE m.consortium_id = c.id) ELSE '{}' END AS members"
      + " FROM " + C + " c JOIN " + M + " me ON me.consortium_id = c.id AND me.tenant = $1 AND me.state <> 'left'";

  Future<UUID> create(SqlClient conn, String tenant, String name, List<String> invitees) {
    UUID id = UUID.randomUUID();
    List<Tuple> members = new ArrayList<>();
    members.add(Tuple.of(id, tenant, "accepted", 1));
    for (String invitee : invitees) {
      members.add(Tuple.of(id, invitee, "invited", members.size() + 1));
    }
    return conn.preparedQuery("INSERT INTO " + C + " (id, name, created_by) VALUES ($1, $2, $3)").execute(Tuple.of(id, name, tenant))
        .compose(x -> conn.preparedQuery("INSERT INTO " + M + " (consortium_id, tenant, state, position, accepted_at)"
            + " VALUES ($1, $2, $3, $4, CASE WHEN $3 = 'accepted' THEN now() END)").executeBatch(members))
        .map(id);
  }

  Future<Optional<ConsortiumView>> view(SqlClient conn, String tenant, UUID id) {
    return conn.preparedQuery(VIEW + " WHERE c.id = $2").execute(Tuple.of(tenant, id))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(view(rows.iterator().next())));
  }

  Future<List<ConsortiumView>> list(SqlClient conn, String tenant) {
    return conn.preparedQuery(VIEW + " ORDER BY c.created_at, c.id").execute(Tuple.of(tenant)).map(rows -> {
      List<ConsortiumView> all = new ArrayList<>();
      rows.forEach(r -> all.add(view(r)));
      return all;
    });
  }

  /** Locks the caller's membership row; empty when it has none or has left. */
  Future<Optional<String>> lockState(SqlClient conn, String tenant, UUID id) {
    return conn.preparedQuery("SELECT state FROM " + M + " WHERE consortium_id = $1 AND tenant = $2 AND state <> 'left' FOR UPDATE")
        .execute(Tuple.of(id, tenant))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getString("state")));
  }

  /** Invites (or invites again after leaving) a tenant, last in the rota; nothing when it is invited or accepted already. */
  Future<Void> invite(SqlClient conn, UUID id, String invitee) {
    return conn.preparedQuery("SELECT pg_advisory_xact_lock(hashtext($1))").execute(Tuple.of(id.toString()))
        .compose(x -> conn.preparedQuery("INSERT INTO " + M + " AS m (consortium_id, tenant, state, position)"
            + " SELECT $1, $2, 'invited', coalesce(max(position), 0) + 1 FROM " + M + " WHERE consortium_id = $1"
            + " ON CONFLICT (consortium_id, tenant) DO UPDATE SET state = 'invited', invited_at = now(), left_at = NULL,"
            + " accepted_at = NULL WHERE m.state = 'left'").execute(Tuple.of(id, invitee)))
        .mapEmpty();
  }

  Future<Void> setState(SqlClient conn, String tenant, UUID id, String state) {
    return conn.preparedQuery("UPDATE " + M + " SET state = $3, accepted_at = CASE WHEN $3 = 'accepted' THEN coalesce(accepted_at, now())"
            + " ELSE accepted_at END, left_at = CASE WHEN $3 = 'left' THEN now() END WHERE consortium_id = $1 AND tenant = $2")
        .execute(Tuple.of(id, tenant, state)).mapEmpty();
  }

  /** The consortium both tenants are accepted members of (the oldest such), if any. */
  Future<Optional<UUID>> shared(SqlClient conn, String a, String b) {
    return conn.preparedQuery("SELECT ma.consortium_id FROM " + M + " ma JOIN " + M + " mb ON mb.consortium_id = ma.consortium_id"
            + " AND mb.tenant = $2 AND mb.state = 'accepted' JOIN " + C + " c ON c.id = ma.consortium_id"
            + " WHERE ma.tenant = $1 AND ma.state = 'accepted' ORDER BY c.created_at, c.id LIMIT 1")
        .execute(Tuple.of(a, b))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getUUID("consortium_id")));
  }

  /** SQL: the tenants that are accepted members of a consortium the tenant $1 is an accepted member of (itself included). */
  static String partnersOf(String param) {
    return "SELECT DISTINCT o.tenant FROM " + M + " me JOIN " + M + " o ON o.consortium_id = me.consortium_id AND o.state = 'accepted'"
        + " WHERE me.tenant = " + param + " AND me.state = 'accepted'";
  }

  /** SQL: each partner's best (lowest) rota position over the shared consortia. */
  static String rotaOf(String param) {
    return "SELECT o.tenant, min(o.position) AS position FROM " + M + " me JOIN " + M + " o ON o.consortium_id = me.consortium_id"
        + " AND o.state = 'accepted' WHERE me.tenant = " + param + " AND me.state = 'accepted' GROUP BY o.tenant";
  }

  private static ConsortiumView view(Row r) {
    List<ConsortiumView.Member> members = new ArrayList<>();
    for (String m : r.getArrayOfStrings("members")) {
      String[] parts = m.split(":");
      members.add(new ConsortiumView.Member(parts[0], parts[1], Integer.parseInt(parts[2])));
    }
    return new ConsortiumView(r.getUUID("id"), r.getString("name"), r.getString("created_by"), r.getString("state"), members,
        r.getOffsetDateTime("created_at"));
  }

}
