package org.folio.access.ill;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /ill/transactions, /ill/queues and the staff views, over HTTP against a real database. */
class IllTransactionsIT {
  private static Ill ill;
  private static Ill other;

  @BeforeAll
  static void enable() {
    ill = Ill.department("illtx");
    other = Ill.department("illtxother");
  }

  @Test
  void aNewRequestEntersTheSearchQueueWithItsFirstMoveAndAnEvent() {
    JsonPath t = ill.create(Ill.measureOfReality());
    String id = t.getString("id");
    assertEquals("BorrowDirect Find Item Search", t.getString("queue"));
    assertEquals(List.of("9780521639903", "0521639905"), t.getList("isbns"));
    assertNotNull(t.get("transactionNumber"));
    assertEquals("Doe", t.getString("patron.lastName"));
    ill.staff().get("/ill/transactions/" + id + "/history").then().statusCode(200)
        .body("totalRecords", equalTo(1)).body("moves[0].toQueue", equalTo("BorrowDirect Find Item Search"))
        .body("moves[0].movedBy", equalTo(Ill.STAFF.toString()));
    assertEquals(1L, ill.value("SELECT count(*) FROM {s}.outbox WHERE aggregate_id = $1 AND event_type = 'ill.transaction.created'"
        + " AND payload->'transaction'->>'queue' = 'BorrowDirect Find Item Search'", id));
  }

  @Test
  void aTransactionIsReadBackAsStoredAndUnknownOnesAre404() {
    String id = ill.create(Ill.seedDispersalArticle()).getString("id");
    JsonPath read = ill.get(id);
    assertEquals("Seed dispersal by ants", read.getString("articleTitle"));
    assertEquals(List.of("0022-0477"), read.getList("issns"));
    ill.staff().get("/ill/transactions/" + UUID.randomUUID()).then().statusCode(404).body("errors[0].code", equalTo("NOT_FOUND"));
    ill.staff().get("/ill/transactions/not-a-uuid").then().statusCode(404);
  }

  @Test
  void anotherTenantNeverSeesTheTransaction() {
    String id = ill.create(Ill.measureOfReality()).getString("id");
    other.staff().get("/ill/transactions/" + id).then().statusCode(404);
    other.staff().get("/ill/transactions?query=id==" + id).then().statusCode(200).body("totalRecords", equalTo(0));
    other.staff().body(Map.of("queue", "Elsewhere", "note", "mine now")).post("/ill/transactions/" + id + "/move")
        .then().statusCode(404);
  }

  @Test
  void invalidRequestsAre422NamingTheFieldAndWriteNothing() {
    long before = (Long) ill.value("SELECT count(*) FROM {s}.ill_transactions");
    Map<String, Object> badIsbn = Ill.measureOfReality();
    badIsbn.put("isbns", List.of("9780521639903", "12-34"));
    refused(badIsbn, "isbns[1]");
    Map<String, Object> articleDateOnLoan = Ill.measureOfReality();
    articleDateOnLoan.put("articleDate", "2001");
    refused(articleDateOnLoan, "articleDate");
    Map<String, Object> loanDateOnArticle = Ill.seedDispersalArticle();
    loanDateOnArticle.put("loanDate", "2001");
    refused(loanDateOnArticle, "loanDate");
    Map<String, Object> articleWithoutJournal = Ill.seedDispersalArticle();
    articleWithoutJournal.remove("journalTitle");
    refused(articleWithoutJournal, "journalTitle");
    Map<String, Object> badIssn = Ill.seedDispersalArticle();
    badIssn.put("issns", List.of("0022 0477 1"));
    refused(badIssn, "issns[0]");
    Map<String, Object> noPatron = Ill.measureOfReality();
    noPatron.remove("patron");
    ill.staff().body(noPatron).post("/ill/transactions").then().statusCode(422).body(containsString("patron"));
    Map<String, Object> unknownType = Ill.measureOfReality();
    unknownType.put("requestType", "Photocopy");
    ill.staff().body(unknownType).post("/ill/transactions").then().statusCode(422).body(containsString("requestType"));
    assertEquals(before, ill.value("SELECT count(*) FROM {s}.ill_transactions"));
  }

  private static void refused(Map<String, Object> transaction, String field) {
    ill.staff().body(transaction).post("/ill/transactions").then().statusCode(422)
        .body("errors[0].code", equalTo("VALIDATION_ERROR")).body("errors[0].parameters[0].key", equalTo(field));
  }

  @Test
  void putChangesTheFieldsButNeverTheQueueOrNotes() {
    String id = ill.create(Ill.measureOfReality()).getString("id");
    Map<String, Object> changed = Ill.measureOfReality();
    changed.put("title", "The Measure of Reality: Quantification in Western Europe");
    changed.put("isbns", List.of("0521554276"));
    changed.put("queue", "Somewhere Else");
    changed.put("notes", List.of(Map.of("note", "forged")));
    ill.staff().body(changed).put("/ill/transactions/" + id).then().statusCode(200)
        .body("title", equalTo("The Measure of Reality: Quantification in Western Europe"))
        .body("isbns", equalTo(List.of("0521554276"))).body("queue", equalTo("BorrowDirect Find Item Search"))
        .body("notes", hasSize(0));
    assertEquals(1L, ill.value("SELECT count(*) FROM {s}.outbox WHERE aggregate_id = $1 AND event_type = 'ill.transaction.updated'", id));
    Map<String, Object> bad = Ill.measureOfReality();
    bad.put("articleDate", "1999");
    ill.staff().body(bad).put("/ill/transactions/" + id).then().statusCode(422);
    ill.staff().body(Ill.measureOfReality()).put("/ill/transactions/" + UUID.randomUUID()).then().statusCode(404);
  }

  @Test
  void aTransactionBeingRoutedCannotBeChangedOrMoved() {
    String id = ill.create(Ill.measureOfReality()).getString("id");
    ill.module.sql("UPDATE illtx_mod_access_services.ill_transactions SET routing_owner = gen_random_uuid(),"
        + " routing_lease = now() + interval '1 minute' WHERE id = $1", UUID.fromString(id));
    ill.staff().body(Ill.measureOfReality()).put("/ill/transactions/" + id).then().statusCode(409)
        .body("errors[0].code", equalTo("ROUTING_IN_PROGRESS"));
    ill.staff().body(Map.of("queue", "Elsewhere", "note", "now")).post("/ill/transactions/" + id + "/move")
        .then().statusCode(409);
    ill.staff().post("/ill/transactions/" + id + "/route").then().statusCode(409);
  }

  @Test
  void notesKeepTheirAuthorAndTimeOldestFirst() {
    String id = ill.create(Ill.measureOfReality()).getString("id");
    ill.staff().body(Map.of("note", "Patron wants the 2nd edition")).post("/ill/transactions/" + id + "/notes")
        .then().statusCode(201).body("notes", hasSize(1));
    JsonPath t = ill.staff().body(Map.of("note", "Called the patron")).post("/ill/transactions/" + id + "/notes")
        .then().statusCode(201).extract().jsonPath();
    assertEquals(List.of("Patron wants the 2nd edition", "Called the patron"), t.getList("notes.note"));
    assertEquals(Ill.STAFF.toString(), t.getString("notes[0].author"));
    assertNotNull(t.getString("notes[1].date"));
    ill.staff().body(Map.of("note", "")).post("/ill/transactions/" + id + "/notes").then().statusCode(422);
    ill.staff().body(Map.of("note", "x")).post("/ill/transactions/" + UUID.randomUUID() + "/notes").then().statusCode(404);
  }

  @Test
  void staffMoveATransactionWithANoteAndTheHistoryShowsIt() {
    String id = ill.create(Ill.measureOfReality()).getString("id");
    ill.staff().body(Map.of("queue", "Awaiting Copyright Clearance", "note", "Needs clearance first"))
        .post("/ill/transactions/" + id + "/move").then().statusCode(200)
        .body("queue", equalTo("Awaiting Copyright Clearance")).body("notes.note", hasItem("Needs clearance first"));
    ill.staff().get("/ill/transactions/" + id + "/history").then().statusCode(200)
        .body("totalRecords", equalTo(2))
        .body("moves[1].fromQueue", equalTo("BorrowDirect Find Item Search"))
        .body("moves[1].toQueue", equalTo("Awaiting Copyright Clearance"))
        .body("moves[1].reason", equalTo("Needs clearance first"));
    assertEquals(1L, ill.value("SELECT count(*) FROM {s}.outbox WHERE aggregate_id = $1 AND event_type = 'ill.transaction.moved'", id));
    ill.staff().body(Map.of("queue", "", "note", "x")).post("/ill/transactions/" + id + "/move").then().statusCode(422);
    ill.staff().get("/ill/transactions/" + UUID.randomUUID() + "/history").then().statusCode(404);
  }

  @Test
  void queuesAreCountedAndPagedOldestFirst() {
    Ill own = Ill.department("illqueues");
    String first = own.create(Ill.measureOfReality()).getString("id");
    String second = own.create(Ill.thesisWithoutIsbn()).getString("id");
    own.create(Ill.seedDispersalArticle());
    own.staff().body(Map.of("queue", "Awaiting Copyright Clearance", "note", "clearance"))
        .post("/ill/transactions/" + second + "/move").then().statusCode(200);
    own.staff().get("/ill/queues").then().statusCode(200).body("totalRecords", equalTo(2))
        .body("queues[0].queue", equalTo("Awaiting Copyright Clearance")).body("queues[0].count", equalTo(1))
        .body("queues[1].queue", equalTo("BorrowDirect Find Item Search")).body("queues[1].count", equalTo(2));
    own.staff().get("/ill/queues/BorrowDirect Find Item Search/transactions?limit=1").then().statusCode(200)
        .body("totalRecords", equalTo(2)).body("transactions", hasSize(1)).body("transactions[0].id", equalTo(first));
    own.staff().get("/ill/queues/Nowhere/transactions").then().statusCode(200).body("totalRecords", equalTo(0));
    own.staff().get("/ill/queues/Nowhere/transactions?limit=-1").then().statusCode(400);
  }

  @Test
  void cqlFindsByQueueTypePatronIdentifiersAndDates() {
    Ill own = Ill.department("illcql");
    String book = own.create(Ill.measureOfReality()).getString("id");
    String article = own.create(Ill.seedDispersalArticle()).getString("id");
    own.create(Ill.thesisWithoutIsbn());
    count(own, "requestType==Article", 1, article);
    count(own, "isbn any 0521639905", 1, book);
    count(own, "issn any \"0022-0477\"", 1, article);
    count(own, "queue==\"BorrowDirect Find Item Search\" and documentType==Book", 1, book);
    count(own, "patronId==0f5a3c1e-7d3b-4b7a-9f0e-2c4d5e6f7a8b", 3, null);
    count(own, "createdDate>=2020-01-01 sortBy createdDate/sort.descending", 3, null);
    count(own, "\"the measure*\"", 1, book);
    own.staff().get("/ill/transactions?query=colour==red").then().statusCode(400)
        .body("errors[0].code", equalTo("INVALID_QUERY")).body("errors[0].parameters[0].key", equalTo("query"));
    own.staff().get("/ill/transactions?query=(title==").then().statusCode(400);
  }

  private static void count(Ill own, String cql, int total, String firstId) {
    Map<String, Object> params = new HashMap<>();
    params.put("query", cql);
    var body = own.staff().queryParams(params).get("/ill/transactions").then().statusCode(200)
        .body("totalRecords", equalTo(total));
    if (firstId != null) {
      body.body("transactions[0].id", equalTo(firstId));
    }
  }
}
