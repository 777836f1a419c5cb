package org.folio.access.stacks;

import io.vertx.ext.web.client.WebClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.folio.access.connectors.common.OutboundCalls;
import org.folio.access.connectors.sierra.SierraClient;
import org.folio.access.platform.Domain;
import org.folio.access.platform.Platform;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.http.RouteTable;
import org.folio.access.platform.jobs.JobHandler;
import org.folio.access.platform.jobs.PeriodicTask;
import org.folio.access.platform.tenant.TenantDataLoader;
import org.folio.access.rest.resource.StacksIlsSettingsRoutes;
import org.folio.access.rest.resource.StacksImportsRoutes;
import org.folio.access.rest.resource.StacksItemRequestsRoutes;
import org.folio.access.rest.resource.StacksItemsRoutes;
import org.folio.access.rest.resource.StacksLocationMappingsRoutes;
import org.folio.access.rest.resource.StacksRequestsRoutes;
import org.folio.access.rest.resource.StacksSettingsRoutes;
import org.folio.access.rest.resource.StacksTimersIlsStatusSyncRoutes;
import org.folio.access.rest.resource.StacksWorksRoutes;
import org.folio.access.stacks.ils.IlsSettingsRepository;
import org.folio.access.stacks.ils.IlsSettingsResource;
import org.folio.access.stacks.ils.IlsSettingsService;
import org.folio.access.stacks.ils.SierraHolds;
import org.folio.access.stacks.imports.ImportsResource;
import org.folio.access.stacks.imports.StacksImports;
import org.folio.access.stacks.items.ItemRepository;
import org.folio.access.stacks.items.ItemService;
import org.folio.access.stacks.items.ItemsResource;
import org.folio.access.stacks.mappings.DescriptionMappingRepository;
import org.folio.access.stacks.mappings.LocationMappingService;
import org.folio.access.stacks.mappings.LocationMappingsResource;
import org.folio.access.stacks.mappings.LocationTypeMappingRepository;
import org.folio.access.stacks.mappings.StacksReferenceData;
import org.folio.access.stacks.requests.ItemRequestsResource;
import org.folio.access.stacks.requests.RateLimitRepository;
import org.folio.access.stacks.requests.RequestRepository;
import org.folio.access.stacks.requests.RequestService;
import org.folio.access.stacks.requests.RequestsResource;
import org.folio.access.stacks.settings.SettingsRepository;
import org.folio.access.stacks.settings.SettingsResource;
import org.folio.access.stacks.settings.SettingsService;
import org.folio.access.stacks.sync.StatusSyncJob;
import org.folio.access.stacks.sync.StatusSyncQueue;
import org.folio.access.stacks.sync.StatusSyncResource;
import org.folio.access.stacks.works.WorkAvailabilityService;
import org.folio.access.stacks.works.WorkRepository;
import org.folio.access.stacks.works.WorkSearchService;
import org.folio.access.stacks.works.WorksResource;

/** Stacks (interface stacks): items and their locations, realtime availability per work, requests, mappings. */
public final class StacksDomain implements Domain {
  /** How often each instance asks that every tenant with an ILS has its status sync queued. */
  static final Duration STATUS_SYNC_EVERY = Duration.ofMinutes(5);
  /** How long one call to the ILS may take (each attempt). */
  static final Duration ILS_DEADLINE = Duration.ofSeconds(3);
  private final ItemService items;
  private final LocationMappingService mappings;
  private final SettingsService settings;
  private final WorkAvailabilityService availability;
  private final WorkSearchService workSearch;
  private final RequestService requests;
  private final StacksReferenceData referenceData;
  private final IlsSettingsService ilsSettingsService;
  private final StacksImports imports;
  private final StatusSyncQueue statusSync;
  private final StatusSyncJob statusSyncJob;

  public StacksDomain(Platform platform) {
    Db db = platform.db();
    ItemRepository itemRepository = new ItemRepository();
    WorkRepository workRepository = new WorkRepository();
    RequestRepository requestRepository = new RequestRepository();
    SettingsRepository settingsRepository = new SettingsRepository();
    IlsSettingsRepository ilsSettings = new IlsSettingsRepository();
    LocationTypeMappingRepository typeMappings = new LocationTypeMappingRepository();
    DescriptionMappingRepository descriptionMappings = new DescriptionMappingRepository();
    items = new ItemService(db, itemRepository, workRepository, requestRepository);
    mappings = new LocationMappingService(db, typeMappings, descriptionMappings);
    settings = new SettingsService(db, settingsRepository);
    availability = new WorkAvailabilityService(db, workRepository);
    workSearch = new WorkSearchService(db, workRepository);
    SierraHolds ils = new SierraHolds(db, ilsSettings, new SierraClient(WebClient.create(platform.vertx()),
        OutboundCalls.withDefaults(platform.vertx()), ILS_DEADLINE, Clock.systemUTC()));
    requests = new RequestService(db, itemRepository, requestRepository, new RateLimitRepository(), settingsRepository, ils, items);
    statusSync = new StatusSyncQueue(db, ils);
    statusSyncJob = new StatusSyncJob(ils, items);
    ilsSettingsService = new IlsSettingsService(db, ilsSettings);
    imports = StacksImports.create(db, platform.config().uploadLimitBytes(), workRepository, itemRepository);
    referenceData = new StacksReferenceData(typeMappings, descriptionMappings);
  }

  /** Stacks items, for the consortium: their status (lent to the consortium) and what it publishes of them. */
  public ItemService items() {
    return items;
  }

  @Override
  public void mount(RouteTable table) {
    StacksItemsRoutes.mount(table, new ItemsResource(items));
    StacksLocationMappingsRoutes.mount(table, new LocationMappingsResource(mappings));
    StacksSettingsRoutes.mount(table, new SettingsResource(settings));
    StacksWorksRoutes.mount(table, new WorksResource(availability, workSearch));
    StacksRequestsRoutes.mount(table, new RequestsResource(requests));
    StacksItemRequestsRoutes.mount(table, new ItemRequestsResource(requests));
    StacksIlsSettingsRoutes.mount(table, new IlsSettingsResource(ilsSettingsService));
    StacksImportsRoutes.mount(table, new ImportsResource(imports.service()));
    StacksTimersIlsStatusSyncRoutes.mount(table, new StatusSyncResource(statusSync));
  }

  @Override
  public List<JobHandler> jobHandlers() {
    return List.of(imports.job(), statusSyncJob);
  }

  /** The schedule only queues each tenant's status sync (once, whichever instance asks); the job queue runs it. */
  @Override
  public List<PeriodicTask> periodicTasks() {
    return List.of(new PeriodicTask("stacks-ils-status-sync", STATUS_SYNC_EVERY, statusSync::enqueue));
  }

  @Override
  public List<TenantDataLoader> tenantLoaders() {
    return List.of(referenceData);
  }
}
