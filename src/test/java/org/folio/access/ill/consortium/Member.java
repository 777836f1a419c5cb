package org.folio.access.ill.consortium;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.folio.access.ill.Ill;

/** A member library of a consortium in tests: one tenant with its ILL department and its stacks, over HTTP. */
final class Member {
  final String tenant;
  final Ill ill;

  private Member(String tenant) {
    this.tenant = tenant;
    this.ill = Ill.department(tenant);
  }

  static Member library(String tenant) {
    return new Member(tenant);
  }

  RequestSpecification staff() {
    return ill.staff();
  }

  /** Creates a consortium inviting the others; its id. */
  String createConsortium(String name, String... invitees) {
    return staff().body(Map.of("name", name, "members", List.of(invitees))).post("/ill/consortia")
        .then().statusCode(201).body("state", equalTo("accepted")).extract().path("id");
  }

  void accept(String consortiumId) {
    staff().post("/ill/consortia/" + consortiumId + "/accept").then().statusCode(200).body("state", equalTo("accepted"));
  }

  /** Publishes its closed-stores items as lendable and its open-shelves items as on site only. */
  void publishClosedStoresLendable() {
    staff().body(Map.of("rules", List.of(Map.of("locationType", "closed-stores", "lendable", true),
        Map.of("locationType", "open-shelves", "lendable", false)))).put("/ill/consortium-publishing").then().statusCode(200);
  }

  /** A stacks item of a work, in closed stores or on open shelves, with ISBNs. */
  void item(String itemId, String title, String author, String locationType, String... isbns) {
    Map<String, Object> location = Map.of("locationType", Map.of("id", locationType, "label", locationType),
        "accessConditions", List.of(Map.of("status", Map.of("id", "open", "label", "Open"))));
    staff().body(Map.of("workId", "w-" + itemId, "title", title, "author", author, "isbns", List.of(isbns),
        "locations", List.of(location))).put("/stacks/items/" + itemId).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
  }

  /** One run of the exchange: messages applied, items published. */
  JsonPath runExchange() {
    return staff().post("/ill/consortium-exchange/run").then().statusCode(200).extract().jsonPath();
  }

  JsonPath lending(String requestId) {
    return staff().get("/ill/lending-requests/" + requestId).then().statusCode(200).extract().jsonPath();
  }

  JsonPath borrowing(String requestId) {
    return staff().get("/ill/borrowing-requests/" + requestId).then().statusCode(200).extract().jsonPath();
  }

  JsonPath lend(String requestId, Map<String, Object> move) {
    return staff().body(move).post("/ill/lending-requests/" + requestId + "/messages").then().statusCode(200).extract().jsonPath();
  }

  JsonPath borrow(String requestId, Map<String, Object> move) {
    return staff().body(move).post("/ill/borrowing-requests/" + requestId + "/messages").then().statusCode(200).extract().jsonPath();
  }

  String itemStatus(String itemId) {
    return staff().get("/stacks/items/" + itemId).then().statusCode(200).extract().path("status.id");
  }
}
