package org.folio.access.ill.transactions;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.folio.access.platform.db.Schemas;

/** ill_queue_moves: where a transaction went, when, by whom and why. */
public final class QueueMoveRepository {
  public Future<Void> add(SqlClient client, String tenant, UUID transaction, String from, String to, String by, String reason) {
    return client.preparedQuery("INSERT INTO " + Schemas.table(tenant, "ill_queue_moves")
            + " (transaction_id, from_queue, to_queue, moved_by, reason) VALUES ($1, $2, $3, $4, $5)")
        .execute(Tuple.of(transaction, from, to, by, reason)).mapEmpty();
  }

  /** The move documents of a transaction, oldest first. */
  public Future<List<String>> of(SqlClient client, String tenant, UUID transaction) {
    return client.preparedQuery("SELECT " + Schemas.table(tenant, "ill_move_doc") + "(m)::text AS doc FROM "
            + Schemas.table(tenant, "ill_queue_moves") + " m WHERE transaction_id = $1 ORDER BY id")
        .execute(Tuple.of(transaction)).map(rows -> {
          List<String> docs = new ArrayList<>();
          rows.forEach(r -> docs.add(r.getString("doc")));
          return docs;
        });
  }
}
