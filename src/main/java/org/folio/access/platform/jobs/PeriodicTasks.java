package org.folio.access.platform.jobs;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.folio.access.platform.db.DbOutages;
import org.folio.access.platform.errors.ThrottledLog;
import org.folio.access.platform.tenant.TenantRegistry;

/** The module's own scheduler for periodic tasks: each run goes through the enabled tenants that are due, one by one. */
public final class PeriodicTasks {
  private static final Logger LOG = LogManager.getLogger(PeriodicTasks.class);
  private static final ThrottledLog OUTAGES = new ThrottledLog(LOG, 60_000);
  private final Vertx vertx;
  private final TenantRegistry tenants;
  private final List<PeriodicTask> tasks;
  private final List<Long> timers = new ArrayList<>();

  public PeriodicTasks(Vertx vertx, TenantRegistry tenants, List<PeriodicTask> tasks) {
    this.vertx = vertx;
    this.tenants = tenants;
    this.tasks = List.copyOf(tasks);
  }

  public void start() {
    for (PeriodicTask task : tasks) {
      AtomicBoolean busy = new AtomicBoolean();
      timers.add(vertx.setPeriodic(task.every().toMillis(), id -> {
        if (busy.compareAndSet(false, true)) {
          runForAllTenants(task).onComplete(x -> busy.set(false));
        }
      }));
    }
  }

  public void stop() {
    timers.forEach(vertx::cancelTimer);
  }

  private Future<Void> runForAllTenants(PeriodicTask task) {
    return tenants.enabledTenants().compose(task.due()).compose(ids -> {
      Future<Void> chain = Future.succeededFuture();
      for (String tenant : ids) {
        chain = chain.compose(x -> task.forTenant().apply(tenant).<Void>mapEmpty()
            .recover(e -> {
              if (DbOutages.kind(e) != null) {
                OUTAGES.error(task.name(), "Periodic task " + task.name() + ": the database is unavailable (" + DbOutages.kind(e) + ")");
              } else {
                LOG.warn("Periodic task {} failed for tenant {}", task.name(), tenant, e);
              }
              return Future.succeededFuture();
            }));
      }
      return chain;
    });
  }
}
