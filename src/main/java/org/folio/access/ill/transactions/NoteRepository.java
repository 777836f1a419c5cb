package org.folio.access.ill.transactions;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.UUID;
import org.folio.access.platform.db.Schemas;

/** ill_notes: a transaction's notes, oldest first. */
public final class NoteRepository {
  public Future<Void> add(SqlClient client, String tenant, UUID transaction, String note, String author) {
    return client.preparedQuery("INSERT INTO " + Schemas.table(tenant, "ill_notes") + " (transaction_id, note, author)"
            + " VALUES ($1, $2, $3)")
        .execute(Tuple.of(transaction, note, author)).mapEmpty();
  }
}
