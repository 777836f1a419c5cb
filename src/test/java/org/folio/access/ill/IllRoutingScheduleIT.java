package org.folio.access.ill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;
import static org.mockserver.model.StringBody.subString;

import java.util.List;
import java.util.Map;
import org.folio.access.platform.Platform;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.jobs.PeriodicTask;
import org.folio.access.stacks.items.ItemRepository;
import org.folio.access.stacks.items.ItemService;
import org.folio.access.stacks.requests.RequestRepository;
import org.folio.access.stacks.works.WorkRepository;
import org.folio.access.support.OutsideSystem;
import org.folio.access.support.TestModule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The routing timer (off in tests, driven here by hand as PeriodicTasks drives it) visits only tenants whose settings
 * name a broker: a tenant that configures routing later is served by the very next tick, one that removes its broker
 * is no longer visited, and a tenant that never configured routing is never visited.
 */
class IllRoutingScheduleIT {
  private static final List<String> TENANTS = List.of("illschidle", "illschlater");
  private static Db db;
  private static PeriodicTask routing;
  private static OutsideSystem broker;
  private static Ill later;

  @BeforeAll
  static void start() {
    Ill.department("illschidle");
    later = Ill.department("illschlater");
    broker = OutsideSystem.start();
    TestModule module = TestModule.get();
    db = Db.connect(module.vertx(), module.config());
    ItemService items = new ItemService(db, new ItemRepository(), new WorkRepository(), new RequestRepository());
    routing = new IllDomain(new Platform(module.vertx(), db, module.config()), items).periodicTasks().stream()
        .filter(task -> task.name().equals("ill-routing")).findFirst().orElseThrow();
  }

  @AfterAll
  static void stop() {
    broker.close();
    db.close().await();
  }

  private static List<String> due() {
    return routing.due().apply(TENANTS).await();
  }

  private static void tick() {
    due().forEach(tenant -> routing.forTenant().apply(tenant).await());
  }

  @Test
  void aTenantThatConfiguresRoutingIsServedByTheNextTickAndTenantsWithoutABrokerAreNotVisited() {
    String waiting = later.create(Ill.thesisWithoutIsbn()).getString("id");
    String searchQueue = later.get(waiting).getString("queue");
    assertEquals(List.of(), due(), "no tenant has a broker");
    tick();
    assertEquals(searchQueue, later.get(waiting).getString("queue"));

    later.settings(IllRoutingIT.brokerAt(broker, "/later"));
    broker.mock().when(request().withMethod("POST").withPath("/later/dws/item/available").withBody(subString("BibSearch")))
        .respond(response().withStatusCode(404).withBody(IllRoutingIT.NO_RESULT));
    assertEquals(List.of("illschlater"), due(), "the save lists the tenant for the next tick");
    tick();
    assertEquals("BorrowDirect Manual Processing", later.get(waiting).getString("queue"));

    later.settings(Map.of("brokerUrl", ""));
    assertEquals(List.of(), due(), "a tenant without a broker is taken out");
    later.settings(Map.of("broker", "consortium"));
    assertEquals(List.of("illschlater"), due(), "the consortium broker routes too");
  }

  /** Platform migration V007 lists once the tenants whose settings named a broker before the listing existed. */
  @Test
  void theMigrationListsTenantsThatConfiguredRoutingBefore() throws Exception {
    Ill before = Ill.department("illschbefore");
    before.settings(Map.of("brokerUrl", "https://broker.example.org"));
    List<String> tenants = List.of("illschidle", "illschbefore");
    assertEquals(List.of("illschbefore"), routing.due().apply(tenants).await());
    before.module.sql("DELETE FROM mod_access_services_platform.ill_routing_tenant WHERE tenant = 'illschbefore'");
    assertEquals(List.of(), routing.due().apply(tenants).await());
    String migration;
    try (var in = IllRoutingScheduleIT.class.getResourceAsStream("/db/platform/V007__ill_routing_tenants.sql")) {
      migration = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    // its backfill as applied in the platform schema (the migration runs with that schema on the search path)
    before.module.sql(migration.substring(migration.indexOf("DO $$")).replace(" FROM tenant ", " FROM mod_access_services_platform.tenant ")
        .replace("INSERT INTO ill_routing_tenant ", "INSERT INTO mod_access_services_platform.ill_routing_tenant "));
    assertEquals(List.of("illschbefore"), routing.due().apply(tenants).await());
  }
}
