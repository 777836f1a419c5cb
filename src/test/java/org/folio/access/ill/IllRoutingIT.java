package org.folio.access.ill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;
import static org.mockserver.model.StringBody.subString;

import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;
import java.security.KeyPair;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.folio.access.support.OutsideSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mockserver.matchers.Times;
import org.mockserver.model.HttpRequest;

/**
 * The routing engine against a broker standing in for the Relais D2D web services (MockServer): every branch
 * leaves the transaction in its queue with a note beginning with the NotePrefix. Each test has a broker path
 * of its own (and so its own expectations and circuit breaker).
 */
class IllRoutingIT {
  static final String PREFIX = "BD Router - ";
  static final String AVAILABLE_LOCALLY = "Available at the UCHICAGO library";
  private static Ill ill;
  private static OutsideSystem broker;

  @BeforeAll
  static void start() {
    ill = Ill.department("illrouting");
    broker = OutsideSystem.start();
  }

  @AfterAll
  static void stop() {
    broker.close();
  }

  /** Settings pointing at the broker under this path, with an authentication that succeeds. */
  static Map<String, Object> brokerAt(String path) {
    return brokerAt(broker, path);
  }

  /** The same, at another broker. */
  static Map<String, Object> brokerAt(OutsideSystem broker, String path) {
    broker.mock().when(request().withMethod("POST").withPath(path + "/portal-service/user/authentication"))
        .respond(response().withStatusCode(200).withBody("{\"AuthorizationId\":\"aid-" + path.substring(1) + "\"}"));
    Map<String, Object> s = new HashMap<>();
    s.put("brokerUrl", broker.baseUrl() + path);
    s.put("apiKey", "api-key-" + path.substring(1));
    s.put("librarySymbol", "UCHICAGO");
    s.put("notePrefix", PREFIX);
    s.put("availableLocallyButtonLabelText", AVAILABLE_LOCALLY);
    s.put("requestItemPickupLocationMapping", "LAW=A,JRLMAIN=B");
    s.put("requestItemNotesMapping", "ILL TN:{TableField:Transaction.TransactionNumber}");
    s.put("userPasswordMapping", "{TableField:User.UserInfo1}");
    return s;
  }

  static void find(String path, String bodyPart, int status, String answer) {
    broker.mock().when(request().withMethod("POST").withPath(path + "/dws/item/available").withBody(subString(bodyPart)))
        .respond(response().withStatusCode(status).withBody(answer));
  }

  static void requestAnswers(String path, int status, String answer) {
    broker.mock().when(request().withMethod("POST").withPath(path + "/dws/item/add"))
        .respond(response().withStatusCode(status).withBody(answer));
  }

  static HttpRequest[] recorded(String path) {
    return broker.mock().retrieveRecordedRequests(request().withPath(path));
  }

  static JsonPath route(String id) {
    return ill.staff().post("/ill/transactions/" + id + "/route").then().statusCode(200).extract().jsonPath();
  }

  static String lastNote(JsonPath t) {
    List<String> notes = t.getList("notes.note");
    return notes.get(notes.size() - 1);
  }

  static final String REQUESTABLE = "{\"Available\":true,\"SearchTerm\":\"isbn=9780521639903\",\"RequestLink\":"
      + "{\"ButtonLabel\":\"Request\",\"RequestMessage\":\"Request this through BorrowDirect.\"},\"NumberOfRecords\":1}";
  static final String NO_RESULT = "{\"Problem\":{\"ErrorCode\":\"PUBFI002\",\"ErrorMessage\":\"No result\"}}";

  @Test
  void anIsbnHitIsRequestedWithTheMappedPickupLocationAndGoesToTheSuccessQueue() {
    ill.settings(brokerAt("/isbnhit"));
    find("/isbnhit", "ExactSearch", 200, REQUESTABLE);
    requestAnswers("/isbnhit", 200, "{\"RequestNumber\":\"BD-1001\"}");
    JsonPath created = ill.create(Ill.measureOfReality());
    JsonPath t = route(created.getString("id"));
    assertEquals("Request Finished", t.getString("queue"));
    assertEquals("BD-1001", t.getString("brokerRequestNumber"));
    assertTrue(lastNote(t).startsWith(PREFIX + "Requested as BD-1001 (found by ISBN 9780521639903, 0521639905"), lastNote(t));
    JsonObject find = new JsonObject(recorded("/isbnhit/dws/item/available")[0].getBodyAsString());
    assertEquals(2, find.getJsonArray("ExactSearch").size());
    assertEquals("BD", find.getString("PartnershipId"));
    JsonObject request = new JsonObject(recorded("/isbnhit/dws/item/add")[0].getBodyAsString());
    assertEquals("A", request.getString("PickupLocation"));
    assertEquals(String.valueOf(created.getInt("transactionNumber")), request.getString("ExternalNumber"));
    assertEquals("ILL TN:" + created.getInt("transactionNumber"), request.getString("Notes"));
    assertEquals("aid-isbnhit", recorded("/isbnhit/dws/item/add")[0].getFirstQueryStringParameter("aid"));
    ill.staff().get("/ill/transactions/" + t.getString("id") + "/history").then().statusCode(200)
        .body("moves[1].toQueue", org.hamcrest.Matchers.equalTo("Request Finished"))
        .body("moves[1].movedBy", org.hamcrest.Matchers.equalTo("routing"));
    assertEquals(1L, ill.value("SELECT count(*) FROM {s}.outbox WHERE aggregate_id = $1 AND event_type = 'ill.transaction.routed'"
        + " AND payload->'transaction'->>'brokerRequestNumber' = 'BD-1001'", t.getString("id")));
  }

  @Test
  void withoutAnIsbnRecordTheKeywordsAreSearchedWithDateAndMappedFormat() {
    ill.settings(brokerAt("/keywords"));
    find("/keywords", "ExactSearch", 404, NO_RESULT);
    find("/keywords", "BibSearch", 200, REQUESTABLE);
    requestAnswers("/keywords", 200, "{\"RequestNumber\":\"BD-2002\"}");
    JsonPath t = route(ill.create(Ill.measureOfReality()).getString("id"));
    assertEquals("Request Finished", t.getString("queue"));
    assertTrue(lastNote(t).startsWith(PREFIX + "Requested as BD-2002 (found by keywords (no record by ISBN)"), lastNote(t));
    HttpRequest[] finds = recorded("/keywords/dws/item/available");
    assertEquals(2, finds.length);
    JsonObject bib = new JsonObject(finds[1].getBodyAsString()).getJsonObject("BibSearch");
    assertEquals("The Measure of Reality", bib.getString("Title"));
    assertEquals("Crosby, Alfred W.", bib.getString("Author"));
    assertEquals("1997", bib.getJsonObject("ResultFilter").getJsonObject("Include").getJsonArray("PublicationDate").getString(0));
    assertEquals("Book", bib.getJsonObject("ResultFilter").getJsonObject("Include").getJsonArray("Format").getString(0));
    JsonObject request = new JsonObject(recorded("/keywords/dws/item/add")[0].getBodyAsString());
    assertTrue(request.containsKey("BibSearch"));
  }

  @Test
  void aRefusedRequestGoesToTheRequestErrorQueueWithTheBrokersAnswerInTheNote() {
    ill.settings(brokerAt("/requesterror"));
    find("/requesterror", "ExactSearch", 200, REQUESTABLE);
    requestAnswers("/requesterror", 400, "{\"Problem\":{\"ErrorCode\":\"PUBRI004\",\"ErrorMessage\":\"Patron is blocked\"}}");
    JsonPath t = route(ill.create(Ill.measureOfReality()).getString("id"));
    assertEquals("Error requesting item via BorrowDirect", t.getString("queue"));
    assertNull(t.get("brokerRequestNumber"));
    assertTrue(lastNote(t).startsWith(PREFIX + "The item was requestable"), lastNote(t));
    assertTrue(lastNote(t).contains("Patron is blocked"), lastNote(t));
    assertEquals(1, recorded("/requesterror/dws/item/add").length, "a request is never repeated");
  }

  @Test
  void anItemHeldLocallyGoesToTheAvailableLocallyQueue() {
    ill.settings(brokerAt("/locally"));
    find("/locally", "ExactSearch", 200, "{\"Available\":false,\"RequestLink\":{\"ButtonLink\":\"http://catalog.uchicago.edu/7591746\","
        + "\"ButtonLabel\":\"" + AVAILABLE_LOCALLY + "\",\"RequestMessage\":\"This item is available locally.\"},\"NumberOfRecords\":1}");
    JsonPath t = route(ill.create(Ill.measureOfReality()).getString("id"));
    assertEquals("Request Available Locally", t.getString("queue"));
    assertTrue(lastNote(t).startsWith(PREFIX + "Available locally"), lastNote(t));
    assertTrue(lastNote(t).contains("http://catalog.uchicago.edu/7591746"), lastNote(t));
    assertEquals(0, recorded("/locally/dws/item/add").length);
  }

  @Test
  void notRequestableWithRecordsToCheckGoesToManualAvailabilityProcessing() {
    ill.settings(brokerAt("/manualavail"));
    find("/manualavail", "ExactSearch", 200, "{\"Available\":false,\"RequestLink\":{\"RequestMessage\":"
        + "\"Not available through BorrowDirect; 2 records found.\"},\"NumberOfRecords\":2}");
    JsonPath t = route(ill.create(Ill.measureOfReality()).getString("id"));
    assertEquals("BorrowDirect Manual Availability Processing", t.getString("queue"));
    assertTrue(lastNote(t).startsWith(PREFIX + "Not requestable through the broker, but it found 2 record(s)"), lastNote(t));
  }

  @Test
  void nothingFoundGoesToManualProcessingAfterAKeywordSearchWithTheMappedFormat() {
    ill.settings(brokerAt("/manual"));
    find("/manual", "BibSearch", 404, NO_RESULT);
    JsonPath t = route(ill.create(Ill.thesisWithoutIsbn()).getString("id"));
    assertEquals("BorrowDirect Manual Processing", t.getString("queue"));
    assertTrue(lastNote(t).startsWith(PREFIX + "Not found at any partner and not available locally (searched by keywords (no ISBN))"),
        lastNote(t));
    HttpRequest[] finds = recorded("/manual/dws/item/available");
    assertEquals(1, finds.length);
    assertEquals("thesis", new JsonObject(finds[0].getBodyAsString()).getJsonObject("BibSearch").getJsonObject("ResultFilter")
        .getJsonObject("Include").getJsonArray("Format").getString(0));
  }

  @Test
  void authenticationFailingTwiceThenSucceedingIsWithinTheLimitOfThree() {
    broker.mock().when(request().withPath("/flaky/portal-service/user/authentication"), Times.exactly(2))
        .respond(response().withStatusCode(401).withBody("{\"Problem\":{\"ErrorCode\":\"PUBAN003\",\"ErrorMessage\":\"Authentication failed\"}}"));
    ill.settings(brokerAt("/flaky"));
    find("/flaky", "ExactSearch", 200, REQUESTABLE);
    requestAnswers("/flaky", 200, "{\"RequestNumber\":\"BD-3003\"}");
    JsonPath t = route(ill.create(Ill.measureOfReality()).getString("id"));
    assertEquals("Request Finished", t.getString("queue"));
    assertEquals(3, recorded("/flaky/portal-service/user/authentication").length);
  }

  @Test
  void authenticationFailingOnEveryAllowedAttemptGoesToTheErrorQueue() {
    broker.mock().when(request().withPath("/refused/portal-service/user/authentication"))
        .respond(response().withStatusCode(401).withBody("{\"Problem\":{\"ErrorCode\":\"PUBAN003\",\"ErrorMessage\":\"Authentication failed\"}}"));
    Map<String, Object> s = brokerAt("/refusedunused");
    s.put("brokerUrl", broker.baseUrl() + "/refused");
    s.put("maximumAuthenticationAttempts", 2);
    ill.settings(s);
    JsonPath t = route(ill.create(Ill.measureOfReality()).getString("id"));
    assertEquals("Error Processing BorrowDirect Find Item DWS", t.getString("queue"));
    assertTrue(lastNote(t).startsWith(PREFIX + "Routing failed: authentication at the broker failed after 2 attempt(s)"), lastNote(t));
    assertTrue(lastNote(t).contains("PUBAN003"), lastNote(t));
    assertEquals(2, recorded("/refused/portal-service/user/authentication").length);
  }

  @Test
  void aBrokerThatIsDownSendsTheTransactionToTheErrorQueueWithANote() {
    Map<String, Object> s = brokerAt("/downunused");
    s.put("brokerUrl", "http://localhost:" + org.folio.access.platform.http.FreePort.find() + "/down");
    ill.settings(s);
    JsonPath t = route(ill.create(Ill.measureOfReality()).getString("id"));
    assertEquals("Error Processing BorrowDirect Find Item DWS", t.getString("queue"));
    assertTrue(lastNote(t).startsWith(PREFIX + "Routing failed: authentication at the broker failed after 3 attempt(s)"), lastNote(t));
    assertTrue(lastNote(t).contains("unreachable"), lastNote(t));
  }

  @Test
  void aRequestWhoseAnswerWasLostIsNeverSentAgain() {
    ill.settings(brokerAt("/lost"));
    find("/lost", "ExactSearch", 200, REQUESTABLE);
    requestAnswers("/lost", 200, "{\"RequestNumber\":\"BD-4004\"}");
    JsonPath created = ill.create(Ill.measureOfReality());
    ill.module.sql("UPDATE illrouting_mod_access_services.ill_transactions SET routing_owner = gen_random_uuid(),"
        + " routing_lease = now() - interval '1 second', request_started_at = now() - interval '6 minutes' WHERE id = $1",
        UUID.fromString(created.getString("id")));
    JsonPath t = route(created.getString("id"));
    assertEquals("Error requesting item via BorrowDirect", t.getString("queue"));
    assertTrue(lastNote(t).startsWith(PREFIX + "A broker request was sent but its answer was never recorded"), lastNote(t));
    assertTrue(lastNote(t).contains("external number " + created.getInt("transactionNumber")), lastNote(t));
    assertEquals(0, recorded("/lost/dws/item/add").length);
    assertNull(ill.value("SELECT request_started_at FROM {s}.ill_transactions WHERE id = $1", UUID.fromString(created.getString("id"))));
  }

  @Test
  void theBarcodeComesFromTheExternalLookupParsedByTheNamedGroup() {
    broker.mock().when(request().withMethod("GET").withPath("/lookup/users").withQueryStringParameter("netid", "jdoe"))
        .respond(response().withStatusCode(200).withBody("{\"status\":\"Active\",\"name\":\"J\",\"bc\":\"99887766\"}"));
    Map<String, Object> s = brokerAt("/lookupbroker");
    s.put("userBarcodeExternalLookupUrl", broker.baseUrl() + "/lookup/users?netid={TableField:User.Username}");
    s.put("userBarcodeExternalMatch", "\"status\":\"Active\".*\"bc\":\"(?<Barcode>\\d+)\"");
    ill.settings(s);
    find("/lookupbroker", "ExactSearch", 404, NO_RESULT);
    find("/lookupbroker", "BibSearch", 404, NO_RESULT);
    JsonPath t = route(ill.create(Ill.measureOfReality()).getString("id"));
    assertEquals("BorrowDirect Manual Processing", t.getString("queue"));
    JsonObject auth = new JsonObject(recorded("/lookupbroker/portal-service/user/authentication")[0].getBodyAsString());
    assertEquals("99887766", auth.getString("PatronId"));
  }

  @Test
  void aLookupAnswerWithoutABarcodeSendsTheTransactionToTheErrorQueue() {
    broker.mock().when(request().withMethod("GET").withPath("/lookup/inactive"))
        .respond(response().withStatusCode(200).withBody("{\"status\":\"Expired\",\"bc\":\"11\"}"));
    Map<String, Object> s = brokerAt("/inactivebroker");
    s.put("userBarcodeExternalLookupUrl", broker.baseUrl() + "/lookup/inactive?netid={TableField:User.Username}");
    s.put("userBarcodeExternalMatch", "\"status\":\"Active\".*\"bc\":\"(?<Barcode>\\d+)\"");
    ill.settings(s);
    JsonPath t = route(ill.create(Ill.measureOfReality()).getString("id"));
    assertEquals("Error Processing BorrowDirect Find Item DWS", t.getString("queue"));
    assertTrue(lastNote(t).contains("does not match UserBarcodeExternalMatch"), lastNote(t));
    assertEquals(0, recorded("/inactivebroker/portal-service/user/authentication").length);
  }

  @Test
  void withThePartnersPublicKeyEachSecretIsEncryptedWithATimestamp() {
    KeyPair partner = RsaKeyPairs.generate();
    Map<String, Object> s = brokerAt("/rsa");
    s.put("rsaPublicKey", RsaKeyPairs.pem(partner));
    ill.settings(s);
    find("/rsa", "ExactSearch", 404, NO_RESULT);
    find("/rsa", "BibSearch", 404, NO_RESULT);
    route(ill.create(Ill.measureOfReality()).getString("id"));
    JsonObject auth = new JsonObject(recorded("/rsa/portal-service/user/authentication")[0].getBodyAsString());
    Map<String, String> expected = Map.of("ApiKey", "api-key-rsa", "PatronId", "21234000123456", "Surname", "Doe",
        "UserLogin", "jdoe", "UserPassword", "s3cret-pass");
    expected.forEach((field, value) -> {
      String sent = auth.getString(field);
      assertFalse(sent.contains(value), field + " was sent in plain");
      String plain = RsaKeyPairs.decrypt(partner, sent);
      assertTrue(plain.startsWith(value), field + ": " + plain);
      assertTrue(plain.substring(value.length()).matches("\\d{8} \\d{6}"), field + " timestamp: " + plain);
    });
    assertEquals("patron", auth.getString("UserGroup"));
    assertEquals("BD", auth.getString("PartnershipId"));
    assertEquals("UCHICAGO", auth.getString("LibrarySymbol"));
  }

  @Test
  void theRoutingRunTakesTheWholeSearchQueueAndCountsWhereItWent() {
    Ill own = Ill.department("illroutingrun");
    Map<String, Object> s = brokerAt("/run");
    own.settings(s);
    find("/run", "0521639905", 200, REQUESTABLE);
    find("/run", "BibSearch", 404, NO_RESULT);
    requestAnswers("/run", 200, "{\"RequestNumber\":\"BD-5005\"}");
    own.create(Ill.measureOfReality());
    own.create(Ill.measureOfReality());
    own.create(Ill.thesisWithoutIsbn());
    own.staff().post("/ill/routing/run").then().statusCode(200).body("routed", org.hamcrest.Matchers.equalTo(3))
        .body("queues.queues.find { it.queue == 'Request Finished' }.count", org.hamcrest.Matchers.equalTo(2))
        .body("queues.queues.find { it.queue == 'BorrowDirect Manual Processing' }.count", org.hamcrest.Matchers.equalTo(1));
    own.staff().post("/ill/routing/run").then().statusCode(200).body("routed", org.hamcrest.Matchers.equalTo(0));
    own.staff().get("/ill/queues").then().statusCode(200).body("queues.queue",
        org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("BorrowDirect Find Item Search")));
  }

  @Test
  void withoutABrokerUrlRoutingSaysSoInTheErrorQueue() {
    Ill own = Ill.department("illnobroker");
    JsonPath t = own.staff().post("/ill/transactions/" + own.create(Ill.measureOfReality()).getString("id") + "/route")
        .then().statusCode(200).extract().jsonPath();
    assertEquals("Error Processing BorrowDirect Find Item DWS", t.getString("queue"));
    assertTrue(lastNote(t).startsWith("BorrowDirectFindItem - Routing failed: No broker URL is set"), lastNote(t));
    own.staff().post("/ill/transactions/" + UUID.randomUUID() + "/route").then().statusCode(404);
  }

  @Test
  void aLookupThatDoesNotAnswerInTimeSendsTheTransactionToTheErrorQueue() {
    broker.mock().when(request().withMethod("GET").withPath("/lookup/slow"))
        .respond(response().withStatusCode(200).withBody("{\"bc\":\"1\"}").withDelay(java.util.concurrent.TimeUnit.SECONDS, 8));
    Map<String, Object> s = brokerAt("/slowbroker");
    s.put("userBarcodeExternalLookupUrl", broker.baseUrl() + "/lookup/slow?netid={TableField:User.Username}");
    s.put("userBarcodeExternalMatch", "\"bc\":\"(?<Barcode>\\d+)\"");
    ill.settings(s);
    JsonPath t = route(ill.create(Ill.measureOfReality()).getString("id"));
    assertEquals("Error Processing BorrowDirect Find Item DWS", t.getString("queue"));
    assertTrue(lastNote(t).contains("The barcode lookup failed: outside system did not answer in time"), lastNote(t));
    assertEquals(0, recorded("/slowbroker/portal-service/user/authentication").length);
  }

  @Test
  void aClaimLeftByAnInstanceThatStoppedIsRoutedAfterItsLeaseRunsOut() {
    Ill own = Ill.department("illrestart");
    own.settings(brokerAt("/restart"));
    find("/restart", "ExactSearch", 200, REQUESTABLE);
    requestAnswers("/restart", 200, "{\"RequestNumber\":\"BD-6006\"}");
    String stale = own.create(Ill.measureOfReality()).getString("id");
    String held = own.create(Ill.measureOfReality()).getString("id");
    own.module.sql("UPDATE illrestart_mod_access_services.ill_transactions SET routing_owner = gen_random_uuid(),"
        + " routing_lease = now() - interval '1 second' WHERE id = $1", UUID.fromString(stale));
    own.module.sql("UPDATE illrestart_mod_access_services.ill_transactions SET routing_owner = gen_random_uuid(),"
        + " routing_lease = now() + interval '5 minutes' WHERE id = $1", UUID.fromString(held));
    own.staff().post("/ill/routing/run").then().statusCode(200).body("routed", org.hamcrest.Matchers.equalTo(1));
    assertEquals("Request Finished", own.get(stale).getString("queue"));
    assertEquals("BorrowDirect Find Item Search", own.get(held).getString("queue"));
    assertEquals(1, recorded("/restart/dws/item/add").length);
  }
}
