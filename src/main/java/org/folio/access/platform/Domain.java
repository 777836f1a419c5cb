package org.folio.access.platform;

import java.util.List;
import org.folio.access.platform.http.RouteTable;
import org.folio.access.platform.jobs.JobHandler;
import org.folio.access.platform.jobs.PeriodicTask;
import org.folio.access.platform.tenant.TenantDataLoader;

/** One area of the module (eholdings, circulation, requests), built once at start-up from shared parts. */
public interface Domain {
  /** Mounts the area's generated binders with its implementations. */
  void mount(RouteTable table);

  default List<TenantDataLoader> tenantLoaders() {
    return List.of();
  }

  default List<JobHandler> jobHandlers() {
    return List.of();
  }

  default List<PeriodicTask> periodicTasks() {
    return List.of();
  }
}
