package org.folio.access.circulation;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.UUID;
import org.folio.access.platform.db.Schemas;

/** The per-patron lock and counts that patron limits are checked against. */
public final class PatronRepository {

  /**
   * Serialises one patron's checkouts and hold placements until the transaction ends (a transaction-scoped
   * advisory lock, so every module instance honours it): their limits are then counted exactly.
   */
  public Future<Void> lock(SqlConnection conn, String tenant, UUID patron) {
    return conn.preparedQuery("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))")
        .execute(Tuple.of("econtent-patron:" + tenant + ":" + patron)).mapEmpty();
  }

  public Future<PatronStanding> standing(SqlClient client, String tenant, UUID patron, String resourceId) {
    return client.preparedQuery(standingSql(tenant, "$1", "$2"))
        .execute(Tuple.of(patron, resourceId))
        .map(rows -> standingOf(patron, rows.iterator().next()));
  }

  /**
   * The statement of standing, the patron's id in the parameter `patronParam` and the lendable's in
   * `resourceParam`, as a part of a larger one: one row, read with standingOf.
   */
  public static String standingSql(String tenant, String patronParam, String resourceParam) {
    String loans = Schemas.table(tenant, "econtent_loans");
    String holds = Schemas.table(tenant, "econtent_holds");
    return "SELECT"
        + " EXISTS (SELECT 1 FROM " + loans + " WHERE resource_id = " + resourceParam + " AND patron_id = " + patronParam
        + " AND status = 'open') AS borrows,"
        + " (SELECT count(*) FROM " + loans + " WHERE patron_id = " + patronParam + " AND status = 'open') AS open_loans,"
        + " (SELECT count(*) FROM " + holds + " WHERE patron_id = " + patronParam + " AND status IN ('waiting', 'ready')) AS active_holds,"
        + " h.id AS hold_id, h.status AS hold_status"
        + " FROM (SELECT 1) one LEFT JOIN " + holds + " h"
        + " ON h.resource_id = " + resourceParam + " AND h.patron_id = " + patronParam + " AND h.status IN ('waiting', 'ready')";
  }

  public static PatronStanding standingOf(UUID patron, Row row) {
    return new PatronStanding(patron, row.getBoolean("borrows"), row.getLong("open_loans").intValue(),
        row.getLong("active_holds").intValue(), row.getUUID("hold_id"), row.getString("hold_status"));
  }

  /** Open loans of the patron (for handing a copy to them without their lock: may be one off under a race). */
  public Future<Integer> openLoans(SqlClient client, String tenant, UUID patron) {
    return client.preparedQuery("SELECT count(*) AS n FROM " + Schemas.table(tenant, "econtent_loans")
            + " WHERE patron_id = $1 AND status = 'open'")
        .execute(Tuple.of(patron)).map(rows -> rows.iterator().next().getLong("n").intValue());
  }
}
