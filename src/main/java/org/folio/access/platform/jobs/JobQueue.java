package org.folio.access.platform.jobs;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.UUID;
import org.folio.access.platform.db.Jsonb;
import org.folio.access.platform.db.Schemas;

/** The SQL of the job table: enqueue, claim with SKIP LOCKED, report, finish, read. */
public final class JobQueue {
  static final String TABLE = Schemas.PLATFORM + ".job";
  private static final String CLAIM = "UPDATE " + TABLE + " SET state = 'running', attempts = attempts + 1,"
      + " locked_until = now() + make_interval(secs => $1), updated_at = now()"
      + " WHERE id = (SELECT id FROM " + TABLE + " j"
      + "   WHERE type = ANY($2) AND run_after <= now()"
      + "     AND (state = 'queued' OR (state = 'running' AND locked_until < now()))"
      + "   ORDER BY EXISTS (SELECT 1 FROM " + TABLE + " r WHERE r.tenant = j.tenant AND r.state = 'running'"
      + "     AND r.locked_until >= now()), run_after"
      + "   FOR UPDATE SKIP LOCKED LIMIT 1)"
      + " RETURNING id, tenant, type, payload::text AS payload, attempts";

  private JobQueue() {}

  /** Adds a job in the caller's transaction, so it exists exactly when the caller's change does. */
  public static Future<UUID> enqueue(SqlClient conn, String tenant, String type, JsonObject payload, JsonObject progress) {
    UUID id = UUID.randomUUID();
    return conn.preparedQuery("INSERT INTO " + TABLE + " (id, tenant, type, state, payload, progress)"
            + " VALUES ($1, $2, $3, 'queued', $4" + Jsonb.CAST + ", $5" + Jsonb.CAST + ")")
        .execute(Tuple.of(id, tenant, type, payload.encode(), progress.encode()))
        .map(id);
  }

  /** The tenant's job, or null: another tenant's job id is as unknown as a made-up one. */
  public static Future<JobStatus> find(SqlClient client, String tenant, String type, UUID id) {
    return client.preparedQuery("SELECT id, type, state, progress::text AS progress, error, attempts, created_at, updated_at"
            + " FROM " + TABLE + " WHERE id = $1 AND tenant = $2 AND type = $3")
        .execute(Tuple.of(id, tenant, type))
        .map(rows -> rows.size() == 0 ? null : status(rows.iterator().next()));
  }

  /**
   * Claims a ready job of the given types (a worker never takes a job it cannot run): the oldest of a tenant that has
   * no job running, else the oldest, so that one tenant's long import does not hold up another tenant's jobs.
   */
  static Future<Job> claim(SqlClient client, long leaseSeconds, String[] types) {
    return client.preparedQuery(CLAIM).execute(Tuple.tuple().addDouble((double) leaseSeconds).addArrayOfString(types))
        .map(rows -> {
      if (rows.size() == 0) {
        return null;
      }
      Row row = rows.iterator().next();
      return new Job(row.getUUID("id"), row.getString("tenant"), row.getString("type"),
          new JsonObject(row.getString("payload")), row.getInteger("attempts"));
    });
  }

  static Future<Void> report(SqlClient client, UUID id, JsonObject progress, long leaseSeconds) {
    return client.preparedQuery("UPDATE " + TABLE + " SET progress = $2" + Jsonb.CAST + ","
            + " locked_until = now() + make_interval(secs => $3), updated_at = now() WHERE id = $1 AND state = 'running'")
        .execute(Tuple.of(id, progress.encode(), (double) leaseSeconds)).mapEmpty();
  }

  static Future<Void> complete(SqlClient client, UUID id, JsonObject progress) {
    return client.preparedQuery("UPDATE " + TABLE + " SET state = 'completed', progress = $2" + Jsonb.CAST + ","
            + " locked_until = NULL, updated_at = now() WHERE id = $1")
        .execute(Tuple.of(id, progress.encode())).mapEmpty();
  }

  /** Ends this instance's lease of a running job (it is stopping): another instance may claim it at once. */
  static Future<Void> release(SqlClient client, UUID id) {
    return client.preparedQuery("UPDATE " + TABLE + " SET locked_until = now() - interval '1 second', updated_at = now()"
            + " WHERE id = $1 AND state = 'running'").execute(Tuple.of(id)).mapEmpty();
  }

  /** Back to the queue after `retryInSeconds`, or failed for good when retryInSeconds is negative. */
  static Future<Void> fail(SqlClient client, UUID id, String error, long retryInSeconds) {
    String state = retryInSeconds < 0 ? "failed" : "queued";
    return client.preparedQuery("UPDATE " + TABLE + " SET state = $2, error = $3, locked_until = NULL,"
            + " run_after = now() + make_interval(secs => $4), updated_at = now() WHERE id = $1")
        .execute(Tuple.of(id, state, error, (double) Math.max(0, retryInSeconds))).mapEmpty();
  }

  private static JobStatus status(Row row) {
    return new JobStatus(row.getUUID("id"), row.getString("type"), row.getString("state"),
        new JsonObject(row.getString("progress")), row.getString("error"), row.getInteger("attempts"),
        row.getOffsetDateTime("created_at"), row.getOffsetDateTime("updated_at"));
  }
}
