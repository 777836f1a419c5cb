package org.folio.access.platform.tenant;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.UUID;
import org.folio.access.platform.db.Jsonb;
import org.folio.access.platform.db.Schemas;
import org.folio.access.rest.model.TenantJob;

/** Tenant jobs live in the module's own schema, so that any instance can answer a poll for any job. */
public final class TenantJobRepository {
  private static final String TABLE = Schemas.PLATFORM + ".tenant_job";
  private final Pool pool;

  public TenantJobRepository(Pool pool) {
    this.pool = pool;
  }

  public Future<TenantJob> insert(TenantJob job) {
    return pool.preparedQuery("INSERT INTO " + TABLE + " (id, tenant, jsonb) VALUES ($1, $2, $3" + Jsonb.CAST + ")")
        .execute(Tuple.of(UUID.fromString(job.getId()), job.getTenant(), Jsonb.write(job)))
        .map(job);
  }

  public Future<TenantJob> update(TenantJob job) {
    return pool.preparedQuery("UPDATE " + TABLE + " SET jsonb = $2" + Jsonb.CAST + " WHERE id = $1")
        .execute(Tuple.of(UUID.fromString(job.getId()), Jsonb.write(job)))
        .map(job);
  }

  /** The job, or null when the tenant has no job of that id. */
  public Future<TenantJob> find(String tenant, UUID id) {
    return pool.preparedQuery("SELECT jsonb::text AS doc FROM " + TABLE + " WHERE id = $1 AND tenant = $2")
        .execute(Tuple.of(id, tenant))
        .map(rows -> rows.size() == 0 ? null : toJob(rows.iterator().next()));
  }

  /** True when a job was deleted. */
  public Future<Boolean> delete(String tenant, UUID id) {
    return pool.preparedQuery("DELETE FROM " + TABLE + " WHERE id = $1 AND tenant = $2")
        .execute(Tuple.of(id, tenant))
        .map(rows -> rows.rowCount() == 1);
  }

  public Future<Void> deleteAll(SqlClient client, String tenant) {
    return client.preparedQuery("DELETE FROM " + TABLE + " WHERE tenant = $1").execute(Tuple.of(tenant)).mapEmpty();
  }

  private static TenantJob toJob(Row row) {
    return Jsonb.read(row, "doc", TenantJob.class);
  }
}
