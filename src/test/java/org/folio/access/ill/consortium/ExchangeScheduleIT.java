package org.folio.access.ill.consortium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.folio.access.ill.Ill;
import org.folio.access.ill.settings.SettingsRepository;
import org.folio.access.ill.transactions.NoteRepository;
import org.folio.access.ill.transactions.QueueMoveRepository;
import org.folio.access.ill.transactions.TransactionRepository;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.jobs.PeriodicTask;
import org.folio.access.stacks.items.ItemRepository;
import org.folio.access.stacks.items.ItemService;
import org.folio.access.stacks.requests.RequestRepository;
import org.folio.access.stacks.works.WorkRepository;
import org.folio.access.support.TestModule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The exchange's timer (off in tests, driven here by hand as PeriodicTasks drives it) runs only for tenants that have
 * work: messages waiting for them, or publishing rules. A tenant in no consortium that publishes nothing is never due.
 */
class ExchangeScheduleIT {
  private static Db db;
  private static PeriodicTask exchange;
  private static Member idle;
  private static Member borrower;
  private static Member lender;

  @BeforeAll
  static void threeTenantsAndTheTimer() {
    idle = Member.library("schidle");
    borrower = Member.library("schbor");
    lender = Member.library("schlend");
    TestModule module = TestModule.get();
    db = Db.connect(module.vertx(), module.config());
    ItemService items = new ItemService(db, new ItemRepository(), new WorkRepository(), new RequestRepository());
    exchange = new ConsortiumDomain(db, items, new TransactionRepository(), new NoteRepository(), new QueueMoveRepository(),
        new SettingsRepository()).periodicTasks().get(0);
  }

  @AfterAll
  static void close() {
    db.close().await();
  }

  private static List<String> due() {
    return exchange.due().apply(List.of("schidle", "schbor", "schlend")).await();
  }

  private static void tick() {
    due().forEach(tenant -> exchange.forTenant().apply(tenant).await());
  }

  private static int published(Member member) {
    return member.staff().get("/ill/consortium-publishing").then().statusCode(200).extract().path("publishedCount");
  }

  @Test
  void onlyTenantsWithMessagesOrPublishingRulesAreDueAndTheTimerDeliversLikeTheRunEndpoint() {
    assertEquals(List.of(), due());

    String consortium = borrower.createConsortium("Scheduled", "schlend");
    lender.accept(consortium);
    assertEquals(List.of(), due(), "membership alone gives the timer no work");

    lender.publishClosedStoresLendable();
    assertEquals(List.of("schlend"), due());
    lender.item("sch-measure", "The Measure of Reality", "Crosby, Alfred W.", "closed-stores", "978-0-521-63990-3");
    tick();
    assertEquals(1, published(lender));

    borrower.ill.settings(Map.of("broker", "consortium"));
    String transaction = borrower.ill.create(Ill.measureOfReality()).getString("id");
    String id = borrower.staff().post("/ill/transactions/" + transaction + "/route").then().statusCode(200)
        .extract().path("brokerRequestNumber");
    assertEquals(List.of("schlend"), due());
    tick();
    assertEquals("requested", lender.lending(id).getString("state"));

    lender.lend(id, Map.of("action", "will-supply"));
    List<String> afterMove = due();
    assertTrue(afterMove.contains("schbor"), "the borrower is due while the lender's move waits for it");
    assertFalse(afterMove.contains("schidle"));
    tick();
    assertEquals("will-supply", borrower.borrowing(id).getString("state"));
    assertEquals(List.of("schlend"), due(), "delivered: only the publisher is left");
  }

  @Test
  void aTenantThatStopsPublishingIsDueUntilItsHoldingsAreWithdrawn() {
    Member former = Member.library("schformer");
    List<String> tenants = List.of("schidle", "schformer");
    former.publishClosedStoresLendable();
    former.item("sch-atlas", "Atlas of the alpine meadows", "Lindqvist, Maja", "closed-stores");
    assertEquals(List.of("schformer"), exchange.due().apply(tenants).await());
    exchange.forTenant().apply("schformer").await();
    assertEquals(1, published(former));

    former.staff().body(Map.of("rules", List.of())).put("/ill/consortium-publishing").then().statusCode(200);
    assertEquals(List.of("schformer"), exchange.due().apply(tenants).await());
    exchange.forTenant().apply("schformer").await();
    assertEquals(0, published(former));
    assertEquals(List.of(), exchange.due().apply(tenants).await());
  }
}
