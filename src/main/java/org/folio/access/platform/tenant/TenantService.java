package org.folio.access.platform.tenant;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.SqlConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.db.Migrations;
import org.folio.access.platform.db.Schemas;
import org.folio.access.platform.errors.ApiError;
import org.folio.access.rest.model.Parameter;
import org.folio.access.rest.model.TenantAttributes;
import org.folio.access.rest.model.TenantJob;

/** Enables, upgrades, disables and purges tenants: enable = migrate -> initialise -> reference -> sample, in one transaction. */
public final class TenantService {
  private static final Logger LOG = LogManager.getLogger(TenantService.class);
  private static final long POLL_MS = 50;
  private final Vertx vertx;
  private final Db db;
  private final TenantJobRepository jobs;
  private final Migrations migrations;
  private final List<TenantDataLoader> loaders;

  public TenantService(Vertx vertx, Db db, Migrations migrations, List<TenantDataLoader> loaders) {
    this.vertx = vertx;
    this.db = db;
    this.jobs = new TenantJobRepository(db.pool());
    this.migrations = migrations;
    this.loaders = List.copyOf(loaders);
  }

  /** What a POST /_/tenant asks for. */
  public enum Operation { ENABLE, DISABLE, PURGE }

  public static Operation operationOf(TenantAttributes attributes) {
    if (attributes.getModuleTo() != null && !attributes.getModuleTo().isBlank()) {
      return Operation.ENABLE;
    }
    if (Boolean.TRUE.equals(attributes.getPurge())) {
      return Operation.PURGE;
    }
    if (attributes.getModuleFrom() != null) {
      return Operation.DISABLE;
    }
    throw ApiError.invalid("module_to", null, "module_to is required to enable, module_from to disable");
  }

  /** Records the job and starts it in the background; the answer does not wait for the work. */
  public Future<TenantJob> startEnable(String tenant, TenantAttributes attributes) {
    TenantJob job = new TenantJob().withId(UUID.randomUUID().toString()).withTenant(tenant)
        .withTenantAttributes(attributes).withComplete(false);
    return jobs.insert(job).onSuccess(this::run);
  }

  public Future<Void> purge(String tenant) {
    return db.inTransaction(conn -> conn.query("DROP SCHEMA IF EXISTS \"" + Schemas.of(tenant) + "\" CASCADE").execute()
        .compose(x -> jobs.deleteAll(conn, tenant))
        .compose(x -> TenantRegistry.removed(conn, tenant)))
        .onSuccess(x -> LOG.info("Tenant {} purged", tenant));
  }

  /** The job, once complete or once `waitMs` has passed; 404 when the tenant has no such job. */
  public Future<TenantJob> job(String tenant, String id, long waitMs) {
    UUID uuid = parse(id);
    return awaitJob(tenant, uuid, System.currentTimeMillis() + waitMs);
  }

  public Future<Void> forget(String tenant, String id) {
    return jobs.delete(tenant, parse(id))
        .compose(deleted -> deleted ? Future.succeededFuture() : Future.failedFuture(noSuchJob(id)));
  }

  private Future<TenantJob> awaitJob(String tenant, UUID id, long deadline) {
    return jobs.find(tenant, id).compose(job -> {
      if (job == null) {
        return Future.failedFuture(noSuchJob(id.toString()));
      }
      long left = deadline - System.currentTimeMillis();
      if (job.getComplete() || left <= 0) {
        return Future.succeededFuture(job);
      }
      return vertx.timer(Math.min(POLL_MS, left)).compose(x -> awaitJob(tenant, id, deadline));
    });
  }

  private void run(TenantJob job) {
    List<String> messages = new ArrayList<>();
    db.inTransaction(conn -> enable(conn, job, messages))
        .onSuccess(x -> LOG.info("Tenant {} enabled: {}", job.getTenant(), messages))
        .onFailure(e -> LOG.error("Tenant {} could not be enabled", job.getTenant(), e))
        .onComplete(ar -> jobs.update(job.withComplete(true).withMessages(messages)
            .withError(ar.failed() ? String.valueOf(ar.cause().getMessage()) : null)));
  }

  public Future<Void> disable(String tenant) {
    return TenantRegistry.disabled(db.pool(), tenant);
  }

  private Future<Void> enable(SqlConnection conn, TenantJob job, List<String> messages) {
    String tenant = job.getTenant();
    boolean reference = flag(job.getTenantAttributes(), "loadReference");
    boolean sample = flag(job.getTenantAttributes(), "loadSample");
    Future<Void> chain = migrations.apply(conn, Schemas.of(tenant)).map(applied -> {
      messages.add("schema " + Schemas.of(tenant) + ": applied " + applied.size() + " migration(s) " + applied);
      return null;
    });
    for (TenantDataLoader loader : loaders) {
      chain = chain.compose(x -> loader.initialise(conn, tenant));
      if (reference) {
        chain = chain.compose(x -> loader.loadReference(conn, tenant)).map(x -> note(messages, loader, "reference"));
      }
      if (sample) {
        chain = chain.compose(x -> loader.loadSample(conn, tenant)).map(x -> note(messages, loader, "sample"));
      }
    }
    return chain.compose(x -> TenantRegistry.enabled(conn, tenant, job.getTenantAttributes().getModuleTo()));
  }

  private static Void note(List<String> messages, TenantDataLoader loader, String what) {
    messages.add(loader.name() + ": " + what + " data loaded");
    return null;
  }

  static boolean flag(TenantAttributes attributes, String key) {
    return attributes.getParameters().stream()
        .filter(p -> key.equals(p.getKey()))
        .map(Parameter::getValue)
        .anyMatch("true"::equalsIgnoreCase);
  }

  private static UUID parse(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw noSuchJob(id);
    }
  }

  private static ApiError noSuchJob(String id) {
    return ApiError.notFound("No tenant job " + id + " for this tenant");
  }
}
