package org.folio.access.circulation;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.folio.access.platform.Platform;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.jobs.PeriodicTask;
import org.junit.jupiter.api.Test;

/** The module's own scheduler (off in tests) runs the same work as the _timer endpoints. */
class SchedulerIT {

  @Test
  void theDomainsPeriodicTasksEndLoansAndReservationsForATenant() {
    Econtent library = Econtent.library("circsched");
    library.policy(Map.of("holdFulfillment", "reserve"));
    String book = library.ebook("Oblomov", 1);
    String loan = library.checkOut(UUID.randomUUID(), book);
    UUID next = UUID.randomUUID();
    String hold = library.hold(next, book);
    library.module.sql("UPDATE " + library.schema() + ".econtent_loans SET due_date = now() - interval '1 second'");

    Db db = Db.connect(library.module.vertx(), library.module.config());
    List<PeriodicTask> tasks = new CirculationDomain(new Platform(library.module.vertx(), db, library.module.config())).periodicTasks();
    assertEquals(List.of("econtent-expire-loans", "econtent-expire-reservations", "econtent-anonymize"), tasks.stream().map(PeriodicTask::name).toList());
    tasks.get(0).forTenant().apply("circsched").await();
    library.staff(UUID.randomUUID(), Caller.ALL).get("/econtent/loans/" + loan).then().body("closeReason", equalTo("expired"));
    library.patron(next).get("/econtent/holds/" + hold).then().body("status", equalTo("ready"));

    library.module.sql("UPDATE " + library.schema() + ".econtent_holds SET reservation_expires = now() - interval '1 second'");
    tasks.get(1).forTenant().apply("circsched").await();
    library.patron(next).get("/econtent/holds/" + hold).then().body("status", equalTo("cancelled"));
    assertEquals(0, library.value("SELECT copies_in_use FROM {s}.econtent_lendables WHERE resource_id = $1", book));
    db.close().await();
  }
}
