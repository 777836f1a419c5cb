package org.folio.access.ill.consortium;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.folio.access.ill.Ill;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A tenant outside the consortium and a member that left get zero results and 404 for every consortium, holding and
 * request id of the others, on every consortium endpoint, exactly as for ids that never existed.
 */
class ConsortiumPrivacyIT {
  private static final String NEVER = "3b0c7e4f-5a1d-4e2b-9c8d-7f6e5d4c3b2a";
  private static final String ISBN = "9780262033848";
  private static Member creator;
  private static Member lender;
  private static Member leaver;
  private static Member outsider;
  private static String consortium;
  private static String holding;
  private static String request;

  @BeforeAll
  static void consortiumWithALenderAndALeaver() {
    creator = Member.library("privacya");
    lender = Member.library("privacyb");
    leaver = Member.library("privacyc");
    outsider = Member.library("privacyd");
    consortium = creator.createConsortium("Private Circle", "privacyb", "privacyc");
    lender.accept(consortium);
    leaver.accept(consortium);
    lender.publishClosedStoresLendable();
    leaver.publishClosedStoresLendable();
    lender.item("p-algorithms", "Introduction to Algorithms", "Cormen", "closed-stores", ISBN);
    leaver.item("p-algorithms-c", "Introduction to Algorithms", "Cormen", "closed-stores", ISBN);
    outsider.publishClosedStoresLendable();
    outsider.item("p-algorithms-d", "Introduction to Algorithms", "Cormen", "closed-stores", ISBN);
    lender.runExchange();
    leaver.runExchange();
    outsider.runExchange();
    holding = creator.staff().queryParam("isbn", ISBN).get("/ill/consortium-holdings").then().statusCode(200)
        .body("lenders", equalTo(List.of("privacyb", "privacyc"))).extract().path("holdings[0].id");
    creator.ill.settings(Map.of("broker", "consortium"));
    Map<String, Object> wanted = Ill.measureOfReality();
    wanted.put("isbns", List.of(ISBN));
    String transaction = creator.ill.create(wanted).getString("id");
    request = creator.staff().post("/ill/transactions/" + transaction + "/route").then().statusCode(200).extract().path("brokerRequestNumber");
    lender.runExchange();
    leaver.staff().post("/ill/consortia/" + consortium + "/leave").then().statusCode(204);
  }

  @Test
  void theOutsiderSeesNothingAndGets404Everywhere() {
    probe(outsider);
  }

  @Test
  void aMemberThatLeftSeesNothingAndGets404Everywhere() {
    probe(leaver);
  }

  @Test
  void afterLeavingItsHoldingsAreNoLongerFoundAndTheOutsidersNeverWere() {
    creator.staff().queryParam("isbn", ISBN).get("/ill/consortium-holdings").then().statusCode(200)
        .body("totalRecords", equalTo(1)).body("holdings.tenant", equalTo(List.of("privacyb")));
    creator.staff().get("/ill/consortia/" + consortium).then().statusCode(200)
        .body("members.find { it.tenant == 'privacyc' }.state", equalTo("left"))
        .body("members.tenant", not(hasItem("privacyd")));
  }

  @Test
  void theInvitedSeeTheConsortiumButNotItsMembersUntilTheyAccept() {
    Member invited = Member.library("privacye");
    creator.staff().body(Map.of("tenant", "privacye")).post("/ill/consortia/" + consortium + "/invite").then().statusCode(200);
    invited.staff().get("/ill/consortia/" + consortium).then().statusCode(200).body("state", equalTo("invited"))
        .body("members", empty());
    invited.staff().queryParam("isbn", ISBN).get("/ill/consortium-holdings").then().statusCode(200).body("totalRecords", equalTo(0));
    invited.staff().body(Map.of("tenant", "privacyd")).post("/ill/consortia/" + consortium + "/invite").then().statusCode(404);
  }

  /** Every consortium endpoint, with the others' ids and with ids that never existed: the same answers. */
  private static void probe(Member m) {
    m.staff().get("/ill/consortia").then().statusCode(200).body("totalRecords", equalTo(0));
    m.staff().queryParam("isbn", ISBN).get("/ill/consortium-holdings").then().statusCode(200)
        .body("totalRecords", equalTo(0)).body("lenders", empty()).body("onSiteOnly", empty()).body("requestable", equalTo(false));
    m.staff().queryParam("title", "introduction algorithms").get("/ill/consortium-holdings").then().statusCode(200)
        .body("totalRecords", equalTo(0));
    m.staff().get("/ill/borrowing-requests").then().statusCode(200).body("totalRecords", equalTo(0));
    m.staff().get("/ill/lending-requests").then().statusCode(200).body("totalRecords", equalTo(0));
    for (String id : List.of(consortium, NEVER)) {
      notFound(m.staff().get("/ill/consortia/" + id), id);
      notFound(m.staff().body(Map.of("tenant", m.tenant)).post("/ill/consortia/" + id + "/invite"), id);
      notFound(m.staff().post("/ill/consortia/" + id + "/accept"), id);
      notFound(m.staff().post("/ill/consortia/" + id + "/leave"), id);
    }
    for (String id : List.of(holding, NEVER)) {
      notFound(m.staff().get("/ill/consortium-holdings/" + id), id);
    }
    for (String id : List.of(request, NEVER)) {
      notFound(m.staff().get("/ill/lending-requests/" + id), id);
      notFound(m.staff().get("/ill/borrowing-requests/" + id), id);
      notFound(m.staff().body(Map.of("action", "will-supply")).post("/ill/lending-requests/" + id + "/messages"), id);
      notFound(m.staff().body(Map.of("action", "cancel")).post("/ill/borrowing-requests/" + id + "/messages"), id);
    }
  }

  private static void notFound(Response response, String id) {
    response.then().statusCode(404).body("errors[0].code", equalTo("NOT_FOUND"))
        .body("errors[0].message", org.hamcrest.Matchers.endsWith(" " + id));
  }
}
