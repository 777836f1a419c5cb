package org.folio.access.ill.consortium;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.folio.access.ill.Ill;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A three-tenant consortium end to end through HTTP: a borrowing request at A is found at B and C, requested from B,
 * B says unfilled, C supplies, ships, A receives and returns, both close; every state seen from both sides.
 */
class ConsortiumLendingIT {
  private static Member a;
  private static Member b;
  private static Member c;
  private static String consortium;

  @BeforeAll
  static void consortiumOfThree() {
    a = Member.library("lenda");
    b = Member.library("lendb");
    c = Member.library("lendc");
    consortium = a.createConsortium("Three Rivers", "lendb", "lendc");
    b.accept(consortium);
    c.accept(consortium);
    b.publishClosedStoresLendable();
    c.publishClosedStoresLendable();
    b.item("b-measure", "The Measure of Reality", "Crosby, Alfred W.", "closed-stores", "978-0-521-63990-3");
    c.item("c-measure", "The measure of reality : quantification", "Alfred W. Crosby", "closed-stores", "0521639905");
    c.item("c-atlas", "Atlas of the alpine meadows", "Lindqvist, Maja", "open-shelves");
    b.runExchange();
    c.runExchange();
    a.ill.settings(Map.of("broker", "consortium"));
  }

  @Test
  void membersSeeEachOtherInRotaOrder() {
    a.staff().get("/ill/consortia/" + consortium).then().statusCode(200)
        .body("members.tenant", contains("lenda", "lendb", "lendc"))
        .body("members.state", contains("accepted", "accepted", "accepted"));
  }

  @Test
  void findItemByEitherIsbnFormFindsBothLendersInRotaOrder() {
    a.staff().queryParam("isbn", "0-521-63990-5").get("/ill/consortium-holdings").then().statusCode(200)
        .body("searchedBy", equalTo("identifiers")).body("requestable", equalTo(true))
        .body("lenders", contains("lendb", "lendc")).body("availableLocally", equalTo(false)).body("totalRecords", equalTo(2));
    c.staff().queryParam("title", "alpine atlas").get("/ill/consortium-holdings").then().statusCode(200)
        .body("totalRecords", equalTo(0)).body("availableLocally", equalTo(true));
    a.staff().queryParam("title", "Alpine meadows").queryParam("author", "lindqvist").get("/ill/consortium-holdings").then()
        .statusCode(200).body("searchedBy", equalTo("keywords")).body("requestable", equalTo(false))
        .body("onSiteOnly", contains("lendc")).body("totalRecords", equalTo(1));
  }

  @Test
  void unfilledAtBThenSuppliedByCEveryStateSeenFromBothSides() {
    String transaction = a.ill.create(Ill.measureOfReality()).getString("id");
    JsonPath routed = a.staff().post("/ill/transactions/" + transaction + "/route").then().statusCode(200).extract().jsonPath();
    assertEquals("Request Finished", routed.getString("queue"));
    String atB = routed.getString("brokerRequestNumber");

    assertEquals("requested", a.borrowing(atB).getString("state"));
    assertEquals("lendb", a.borrowing(atB).getString("partner"));
    b.runExchange();
    JsonPath lendingAtB = b.lending(atB);
    assertEquals("requested", lendingAtB.getString("state"));
    assertEquals("b-measure", lendingAtB.getString("itemId"));
    assertEquals("lenda", lendingAtB.getString("partner"));

    b.lend(atB, Map.of("action", "unfilled", "reason", "not-on-shelf"));
    assertEquals("unfilled", b.lending(atB).getString("state"));
    a.runExchange();
    assertEquals("unfilled", a.borrowing(atB).getString("state"));
    String atC = a.ill.get(transaction).getString("brokerRequestNumber");
    assertNotEquals(atB, atC);
    assertEquals("requested", a.borrowing(atC).getString("state"));
    assertEquals("lendc", a.borrowing(atC).getString("partner"));

    c.runExchange();
    step(atC, "requested");
    c.lend(atC, Map.of("action", "will-supply"));
    a.runExchange();
    step(atC, "will-supply");
    c.lend(atC, Map.of("action", "shipped", "dueDate", "2027-01-15T23:59:59Z", "note", "By courier"));
    assertEquals("consortium-loan", c.itemStatus("c-measure"));
    a.runExchange();
    step(atC, "loaned");
    assertEquals("2027-01-15T23:59:59.000Z", a.borrowing(atC).getString("dueDate"));
    a.borrow(atC, Map.of("action", "received"));
    c.runExchange();
    step(atC, "received");
    a.borrow(atC, Map.of("action", "returned"));
    c.runExchange();
    step(atC, "returned");
    c.lend(atC, Map.of("action", "complete"));
    assertEquals("-", c.itemStatus("c-measure"));
    a.runExchange();
    step(atC, "complete");

    List<String> actions = List.of("request", "will-supply", "shipped", "received", "returned", "complete");
    assertEquals(actions, a.borrowing(atC).getList("messages.action"));
    assertEquals(a.borrowing(atC).getList("messages"), c.lending(atC).getList("messages"));
    assertEquals(List.of(1, 2), b.lending(atB).getList("messages.seq"));
    assertEquals(a.borrowing(atB).getList("messages"), b.lending(atB).getList("messages"));
    a.staff().get("/ill/transactions/" + transaction).then().statusCode(200)
        .body("notes.note", hasItem(startsWith("Consortium: lendb cannot supply (not-on-shelf); requested from lendc")))
        .body("notes.author", hasItem("consortium"));
  }

  @Test
  void aSideMaySendOnlyItsOwnMovesInTheirStates() {
    String transaction = a.ill.create(Ill.measureOfReality()).getString("id");
    String id = a.staff().post("/ill/transactions/" + transaction + "/route").then().statusCode(200).extract().path("brokerRequestNumber");
    a.staff().body(Map.of("action", "received")).post("/ill/borrowing-requests/" + id + "/messages").then().statusCode(422)
        .body("errors[0].code", equalTo("INVALID_LENDING_MOVE"));
    a.staff().body(Map.of("action", "shipped", "dueDate", "2027-01-01T00:00:00Z")).post("/ill/borrowing-requests/" + id + "/messages")
        .then().statusCode(422).body("errors[0].code", equalTo("INVALID_LENDING_MOVE"));
    String lender = a.borrowing(id).getString("partner");
    Member supplier = lender.equals("lendb") ? b : c;
    supplier.runExchange();
    supplier.staff().body(Map.of("action", "shipped")).post("/ill/lending-requests/" + id + "/messages").then().statusCode(422)
        .body("errors[0].parameters[0].key", equalTo("dueDate"));
    supplier.staff().body(Map.of("action", "unfilled")).post("/ill/lending-requests/" + id + "/messages").then().statusCode(422)
        .body("errors[0].parameters[0].key", equalTo("reason"));
    a.borrow(id, Map.of("action", "cancel", "reason", "patron no longer needs it"));
    supplier.runExchange();
    assertEquals("cancelled", supplier.lending(id).getString("state"));
    supplier.staff().body(Map.of("action", "will-supply")).post("/ill/lending-requests/" + id + "/messages").then().statusCode(422);
    a.staff().get("/ill/borrowing-requests").then().statusCode(200).body("requests.id", hasItem(id));
    supplier.staff().queryParam("state", "cancelled").get("/ill/lending-requests").then().statusCode(200)
        .body("requests", hasSize(1)).body("requests[0].id", equalTo(id));
  }

  private static void step(String id, String state) {
    assertEquals(state, a.borrowing(id).getString("state"), "borrower");
    assertEquals(state, c.lending(id).getString("state"), "lender");
  }
}
