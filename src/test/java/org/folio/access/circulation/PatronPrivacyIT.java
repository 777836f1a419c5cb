package org.folio.access.circulation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Patron privacy: the anonymisation timer removes the patron from closed loans, fulfilled or cancelled holds
 * and expired one-patron group loans (at once by default, or after the policy's days), prunes old outbox
 * events, and the statistics count the same before and after.
 */
class PatronPrivacyIT {
  private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();

  private static JsonPath anonymize(Econtent library) {
    return library.anonymous().post("/econtent/_timers/anonymize").then().statusCode(200).extract().jsonPath();
  }

  private static JsonPath statistics(Econtent library) {
    return library.staff(UUID.randomUUID(), "econtent.statistics.get")
        .get("/econtent/statistics?from=" + TODAY + "&to=" + TODAY + "&period=day").then().statusCode(200).extract().jsonPath();
  }

  private static long rowsNaming(Econtent library, UUID patron) {
    return (Long) library.value("SELECT (SELECT count(*) FROM {s}.econtent_loans WHERE patron_id = $1)"
        + " + (SELECT count(*) FROM {s}.econtent_holds WHERE patron_id = $1)"
        + " + (SELECT count(*) FROM {s}.econtent_group_loans WHERE patron_id = $1)", patron);
  }

  private static String groupLoan(Econtent library, String book, UUID patron) {
    return library.anonymous().body(Map.of("resourceId", book, "patronId", patron.toString(),
            "expiresAt", OffsetDateTime.now().plusDays(7).toString()))
        .post("/econtent/group-loans").then().statusCode(201).extract().path("id");
  }

  @Test
  void byDefaultClosedHistoryLosesItsPatronAtTheNextRunAndStillCounts() {
    Econtent library = Econtent.library("circprivacy");
    UUID returner = UUID.randomUUID();
    UUID holder = UUID.randomUUID();
    UUID reader = UUID.randomUUID();
    UUID canceller = UUID.randomUUID();
    UUID student = UUID.randomUUID();
    String walden = library.ebook("Private Walden", 1);
    String loan = library.checkOut(returner, walden);
    library.patron(returner).post("/econtent/loans/" + loan + "/return").then().statusCode(200);
    String fulfilled = library.hold(holder, walden);
    String heldLoan = library.patron(holder).get("/econtent/holds/" + fulfilled).then().body("status", equalTo("fulfilled"))
        .extract().path("loanId");
    String emma = library.ebook("Private Emma", 1);
    String open = library.checkOut(reader, emma);
    String cancelled = library.hold(canceller, emma);
    library.patron(canceller).delete("/econtent/holds/" + cancelled).then().statusCode(204);
    String botany = library.lendable(library.resource("Private Botany", "https://books.example.com/botany"),
        Map.of("licenseModel", "unlimited", "copies", 0));
    String expired = groupLoan(library, botany, student);
    String active = groupLoan(library, botany, reader);
    library.module.sql("UPDATE " + library.schema() + ".econtent_group_loans SET expires_at = now() - interval '1 minute'"
        + " WHERE id = $1", UUID.fromString(expired));
    library.module.sql("UPDATE " + library.schema() + ".outbox SET created_at = now() - interval '31 days'"
        + " WHERE id IN (SELECT id FROM " + library.schema() + ".outbox ORDER BY id LIMIT 2)");
    long events = (Long) library.value("SELECT count(*) FROM {s}.outbox");
    JsonPath before = statistics(library);

    JsonPath run = anonymize(library);
    assertEquals(List.of(1, 2, 1, 2), List.of(run.getInt("loans"), run.getInt("holds"), run.getInt("groupLoans"),
        run.getInt("outboxEvents")), run.prettify());
    assertEquals(0, rowsNaming(library, returner));
    assertEquals(0, rowsNaming(library, canceller));
    assertEquals(0, rowsNaming(library, student));
    assertEquals(1, rowsNaming(library, holder), "the open loan that fulfilled the hold keeps its patron");
    assertEquals(2, rowsNaming(library, reader), "an open loan and an active group loan keep theirs");
    assertEquals(events - 2, library.value("SELECT count(*) FROM {s}.outbox"));

    library.staff(UUID.randomUUID(), Caller.ALL).get("/econtent/loans/" + loan).then().statusCode(200).body("patronId", nullValue())
        .body("status", equalTo("closed")).body("anonymizedDate", notNullValue());
    library.staff(UUID.randomUUID(), Caller.ALL).get("/econtent/holds/" + fulfilled).then().statusCode(200)
        .body("patronId", nullValue()).body("loanId", equalTo(heldLoan));
    library.staff(UUID.randomUUID(), Caller.ALL).get("/econtent/loans/" + heldLoan).then().body("patronId", equalTo(holder.toString()));
    library.staff(UUID.randomUUID(), Caller.ALL).get("/econtent/loans/" + open).then().body("patronId", equalTo(reader.toString()));
    library.patron(returner).get("/econtent/loans/" + loan).then().statusCode(404);
    library.patron(returner).get("/econtent/loans").then().statusCode(200).body("totalRecords", equalTo(0));
    library.anonymous().get("/econtent/group-loans/" + expired).then().statusCode(200).body("patronId", nullValue())
        .body("anonymizedDate", notNullValue());
    library.anonymous().get("/econtent/group-loans/" + active).then().body("patronId", equalTo(reader.toString()));
    library.anonymous().body(Map.of("expiresAt", OffsetDateTime.now().plusDays(3).toString()))
        .put("/econtent/group-loans/" + expired).then().statusCode(404);

    JsonPath after = statistics(library);
    assertEquals(before.getMap("totals"), after.getMap("totals"));
    assertEquals(List.of(3, 1, 2, 1, 1, 2), List.of(after.getInt("totals.checkouts"), after.getInt("totals.returns"),
        after.getInt("totals.holdsPlaced"), after.getInt("totals.holdsFulfilled"), after.getInt("totals.holdsCancelled"),
        after.getInt("totals.groupLoans")), after.prettify());
    JsonPath again = anonymize(library);
    assertEquals(List.of(0, 0, 0, 0), List.of(again.getInt("loans"), again.getInt("holds"), again.getInt("groupLoans"),
        again.getInt("outboxEvents")));
  }

  @Test
  void withAPolicyOfNDaysHistoryKeepsItsPatronForThatLong() {
    Econtent library = Econtent.library("circprivacydays");
    library.policy(Map.of("anonymizeClosedAfterDays", 3));
    library.anonymous().get("/econtent/loan-policy").then().body("anonymizeClosedAfterDays", equalTo(3));
    UUID old = UUID.randomUUID();
    UUID recent = UUID.randomUUID();
    String book = library.ebook("Patient Walden", 2);
    String oldLoan = library.checkOut(old, book);
    String recentLoan = library.checkOut(recent, book);
    library.patron(old).post("/econtent/loans/" + oldLoan + "/return").then().statusCode(200);
    library.patron(recent).post("/econtent/loans/" + recentLoan + "/return").then().statusCode(200);
    library.module.sql("UPDATE " + library.schema() + ".econtent_loans SET loan_date = now() - interval '10 days',"
        + " return_date = now() - interval '4 days' WHERE id = $1", UUID.fromString(oldLoan));
    library.module.sql("UPDATE " + library.schema() + ".econtent_loans SET loan_date = now() - interval '10 days',"
        + " return_date = now() - interval '2 days' WHERE id = $1", UUID.fromString(recentLoan));

    assertEquals(1, anonymize(library).getInt("loans"));
    assertEquals(0, rowsNaming(library, old));
    assertEquals(1, rowsNaming(library, recent), "closed two days ago, kept for three");
    library.policy(Map.of("anonymizeClosedAfterDays", 1));
    assertEquals(1, anonymize(library).getInt("loans"));
    assertEquals(0, rowsNaming(library, recent));
  }

  @Test
  void instancesRunningTheTimerAtOnceShareTheRowsAndMissNone() {
    Econtent library = Econtent.library("circprivacyrace");
    String book = library.ebook("Crowded Walden", 1);
    library.module.sql("INSERT INTO " + library.schema() + ".econtent_loans (id, resource_id, patron_id, loan_date, due_date,"
        + " status, return_date, close_reason) SELECT gen_random_uuid(), $1, gen_random_uuid(), now() - interval '2 days',"
        + " now() + interval '19 days', 'closed', now() - interval '1 day', 'returned' FROM generate_series(1, 1800)", book);
    List<CompletableFuture<Integer>> runs = List.of(1, 2, 3).stream()
        .map(i -> CompletableFuture.supplyAsync(() -> anonymize(library).getInt("loans"))).toList();
    int total = runs.stream().mapToInt(CompletableFuture::join).sum();
    assertEquals(1800, total);
    assertEquals(0L, library.value("SELECT count(*) FROM {s}.econtent_loans WHERE patron_id IS NOT NULL"));
    assertEquals(1800L, library.value("SELECT count(*) FROM {s}.econtent_loans WHERE anonymized_at IS NOT NULL"));
  }

  @Test
  void statisticsRefuseBadDaysNamingTheParameter() {
    Econtent library = Econtent.library("circprivacy");
    java.util.function.Supplier<io.restassured.specification.RequestSpecification> staff =
        () -> library.staff(UUID.randomUUID(), "econtent.statistics.get");
    staff.get().get("/econtent/statistics?from=last-week&to=" + TODAY).then().statusCode(400)
        .body("errors[0].code", equalTo("INVALID_PARAMETER")).body("errors[0].parameters[0].key", equalTo("from"));
    staff.get().get("/econtent/statistics?from=2026-02-30&to=2026-03-01").then().statusCode(400)
        .body("errors[0].parameters[0].key", equalTo("from"));
    staff.get().get("/econtent/statistics?from=2026-03-02&to=2026-03-01").then().statusCode(400)
        .body("errors[0].parameters[0].key", equalTo("from"));
    staff.get().get("/econtent/statistics?from=2020-01-01&to=2026-01-01&period=day").then().statusCode(400)
        .body("errors[0].parameters[0].key", equalTo("period"));
    staff.get().get("/econtent/statistics?from=2026-01-01&to=2026-01-31&period=fortnight").then().statusCode(400)
        .body("errors[0].parameters[0].key", equalTo("period"));
    staff.get().get("/econtent/statistics?to=2026-01-31").then().statusCode(400)
        .body("errors[0].parameters[0].key", equalTo("from"));
  }

  @Test
  void statisticsCutTheFirstAndLastPeriodsToTheDaysAskedFor() {
    Econtent library = Econtent.library("circprivacystats");
    String book = library.ebook("Counted Walden", 5);
    String march = library.checkOut(UUID.randomUUID(), book);
    String april = library.checkOut(UUID.randomUUID(), book);
    String late = library.checkOut(UUID.randomUUID(), book);
    library.module.sql("UPDATE " + library.schema() + ".econtent_loans SET loan_date = '2025-03-31T23:30:00Z', renewal_count = 2"
        + " WHERE id = $1", UUID.fromString(march));
    library.module.sql("UPDATE " + library.schema() + ".econtent_loans SET loan_date = '2025-04-01T00:10:00Z' WHERE id = $1",
        UUID.fromString(april));
    library.module.sql("UPDATE " + library.schema() + ".econtent_loans SET loan_date = '2025-05-16T00:00:00Z' WHERE id = $1",
        UUID.fromString(late));
    JsonPath stats = library.staff(UUID.randomUUID(), "econtent.statistics.get")
        .get("/econtent/statistics?from=2025-03-10&to=2025-05-15").then().statusCode(200).extract().jsonPath();
    assertEquals("month", stats.getString("period"));
    assertEquals(List.of("2025-03-10", "2025-04-01", "2025-05-01"), stats.getList("periods.start"));
    assertEquals(List.of("2025-03-31", "2025-04-30", "2025-05-15"), stats.getList("periods.end"));
    assertEquals(List.of(1, 1, 0), stats.getList("periods.checkouts"));
    assertEquals(List.of(2, 0, 0), stats.getList("periods.renewals"));
    assertEquals(2, stats.getInt("totals.checkouts"));
    assertEquals("2025-03-10", stats.getString("totals.start"));
  }
}
