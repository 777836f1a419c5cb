package org.folio.access.ill.consortium.exchange;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.HashSet;
import java.util.Set;
import org.folio.access.platform.db.Schemas;

/** SQL of consortium_publisher, and the one statement that says which tenants the exchange has work for. */
final class Workload {
  private static final String P = Schemas.PLATFORM + ".consortium_publisher";
  private static final String DUE = "SELECT tenant, true AS publisher FROM " + P
      + " UNION ALL SELECT DISTINCT recipient, false FROM " + Schemas.PLATFORM + ".consortium_message WHERE processed_at IS NULL";

  Future<ConsortiumExchange.Due> due(SqlClient client) {
    return client.preparedQuery(DUE).execute().map(rows -> {
      Set<String> messages = new HashSet<>();
      Set<String> publishers = new HashSet<>();
      for (Row row : rows) {
        (row.getBoolean("publisher") ? publishers : messages).add(row.getString("tenant"));
      }
      return new ConsortiumExchange.Due(Set.copyOf(messages), Set.copyOf(publishers));
    });
  }

  Future<Void> publisher(SqlClient conn, String tenant, boolean publishes) {
    return conn.preparedQuery(publishes ? "INSERT INTO " + P + " (tenant) VALUES ($1) ON CONFLICT DO NOTHING"
            : "DELETE FROM " + P + " WHERE tenant = $1")
        .execute(Tuple.of(tenant)).mapEmpty();
  }
}
