package org.folio.access.stacks.requests;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.UUID;
import org.folio.access.platform.db.Schemas;

/**
 * stacks_request_rates: request placement attempts per user in the current minute, counted in the database so
 * that the limit holds across module instances. The user's row is also the lock that orders their placements.
 */
public final class RateLimitRepository {
  /** This attempt's number in the current minute, the tenant's limit, and the seconds left in the minute. */
  public record Attempt(int number, int limit, int secondsLeft) {
    public boolean overLimit() {
      return number > limit;
    }
  }

  /**
   * Counts one attempt in the placement's transaction; the upsert also locks the user's row until it ends, which
   * orders one user's placements on any instance (the placement commits the count of a refused attempt too).
   */
  public Future<Attempt> count(SqlClient client, String tenant, UUID user) {
    String rates = Schemas.table(tenant, "stacks_request_rates");
    return client.preparedQuery("INSERT INTO " + rates + " AS r (user_id, window_start, attempts)"
            + " VALUES ($1, date_trunc('minute', now()), 1) ON CONFLICT (user_id) DO UPDATE"
            + " SET attempts = CASE WHEN r.window_start = EXCLUDED.window_start THEN r.attempts + 1 ELSE 1 END,"
            + " window_start = EXCLUDED.window_start"
            + " RETURNING attempts, (SELECT requests_per_minute FROM " + Schemas.table(tenant, "stacks_settings") + ") AS lim,"
            + " ceil(extract(epoch FROM window_start + interval '1 minute' - now()))::int AS left_s")
        .execute(Tuple.of(user))
        .map(rows -> {
          Row row = rows.iterator().next();
          return new Attempt(row.getInteger("attempts"), row.getInteger("lim"), Math.max(1, row.getInteger("left_s")));
        });
  }
}
