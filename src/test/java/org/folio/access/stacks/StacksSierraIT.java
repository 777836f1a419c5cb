package org.folio.access.stacks;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;
import static org.mockserver.model.JsonBody.json;

import io.restassured.response.Response;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.folio.access.platform.db.Schemas;
import org.folio.access.support.OutsideSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockserver.matchers.MatchType;
import org.mockserver.matchers.Times;
import org.mockserver.model.HttpRequest;
import org.mockserver.verify.VerificationTimes;

/** Requests through a Sierra-style ILS stood up by MockServer: token, holds, errors by code, all holds, an outage. */
class StacksSierraIT {
  private static final String API = "/iii/sierra-api/v6";
  private static final String SECRET = "the-client-secret";
  private static OutsideSystem ils;
  private static Stacks library;

  @BeforeAll
  static void start() {
    ils = OutsideSystem.start();
    library = Stacks.library("stackssierra");
    connect(library, "stacks-module");
  }

  @AfterAll
  static void stop() {
    ils.close();
  }

  @BeforeEach
  void reset() {
    ils.mock().reset();
  }

  private static void connect(Stacks tenant, String clientKey) {
    tenant.anonymous().body(Map.of("kind", "sierra", "baseUrl", ils.baseUrl() + API, "clientKey", clientKey,
        "clientSecret", SECRET, "patronFieldTag", "u")).put("/stacks/ils-settings").then().statusCode(200)
        .body("clientSecret", equalTo("********"));
  }

  private static void token(String value, int expiresIn, Times times) {
    ils.mock().when(request().withMethod("POST").withPath(API + "/token"), times)
        .respond(response().withStatusCode(200).withBody(json(new JsonObject().put("access_token", value)
            .put("token_type", "bearer").put("expires_in", expiresIn).encode())));
  }

  private static void patron(UUID user, long patronId, String expires, String block) {
    ils.mock().when(request().withMethod("GET").withPath(API + "/patrons/find").withQueryStringParameter("varFieldTag", "u")
            .withQueryStringParameter("varFieldContent", user.toString()))
        .respond(response().withStatusCode(200).withBody(json(new JsonObject().put("id", patronId)
            .put("expirationDate", expires).put("blockInfo", new JsonObject().put("code", block)).encode())));
  }

  private static HttpRequest holdRequest(long patronId) {
    return request().withMethod("POST").withPath(API + "/patrons/" + patronId + "/holds/requests");
  }

  private static JsonObject sierraError(int code, int specificCode, String description) {
    return new JsonObject().put("code", code).put("specificCode", specificCode).put("httpStatus", 500)
        .put("name", "XCirc error").put("description", description);
  }

  private static Map<String, Object> placing(String itemId, String pickupDate) {
    return pickupDate == null ? Map.of("item", Map.of("id", itemId, "type", "Item"), "type", "Request")
        : Map.of("item", Map.of("id", itemId, "type", "Item"), "pickupDate", pickupDate, "type", "Request");
  }

  @Test
  void theSecretIsWrittenButNeverAnsweredAndAMaskedOneKeepsIt() {
    String answer = library.anonymous().get("/stacks/ils-settings").then().statusCode(200)
        .body("clientSecret", equalTo("********")).body("clientKey", equalTo("stacks-module")).extract().asString();
    assertFalse(answer.contains(SECRET));
    library.anonymous().body(new JsonObject(answer).encode()).put("/stacks/ils-settings").then().statusCode(200);
    assertEquals(SECRET, library.value("SELECT client_secret FROM {s}.stacks_ils_settings"));
    Stacks fresh = Stacks.library("stackssierranew");
    fresh.anonymous().get("/stacks/ils-settings").then().statusCode(404);
    fresh.anonymous().body(Map.of("baseUrl", ils.baseUrl(), "clientKey", "k", "clientSecret", "********"))
        .put("/stacks/ils-settings").then().statusCode(422).body("errors[0].parameters[0].key", equalTo("clientSecret"));
    fresh.anonymous().body(Map.of("baseUrl", "ftp://x", "clientKey", "k", "clientSecret", "s"))
        .put("/stacks/ils-settings").then().statusCode(422);
  }

  @Test
  void aRequestBecomesAnItemHoldWithTheTokenThePickupLocationAndNeededBy() {
    UUID reader = UUID.randomUUID();
    String item = library.requestableInIls("bl000001", "il000001", "1100001");
    token("token-a", 3600, Times.unlimited());
    patron(reader, 7000001, "2099-12-31", "-");
    ils.mock().when(holdRequest(7000001)).respond(response().withStatusCode(204));
    ils.mock().when(request().withMethod("GET").withPath(API + "/items").withQueryStringParameter("id", "1100001"))
        .respond(response().withStatusCode(200).withBody(json(new JsonObject().put("total", 1).put("entries", new JsonArray()
            .add(new JsonObject().put("id", "1100001").put("status", new JsonObject().put("code", "!").put("display", "On holdshelf"))))
            .encode())));
    String pickup = library.anonymous().get("/stacks/works/bl000001").then().extract().path("items[0].availableDates[0]");
    library.reader(reader).body(placing(item, pickup)).post("/stacks/requests").then().statusCode(202);
    ils.mock().verify(holdRequest(7000001)
        .withBody(json(new JsonObject().put("recordType", "i").put("recordNumber", 1100001).put("pickupLocation", "sepbb")
            .put("neededBy", pickup).put("note", "Requested for: " + pickup).encode(), MatchType.STRICT)), VerificationTimes.once());
    assertEquals(1L, library.value("SELECT count(*) FROM {s}.stacks_requests WHERE item_id = $1", item));
    library.anonymous().get("/stacks/items/" + item).then().body("status.id", equalTo("!"))
        .body("status.label", equalTo("On holdshelf"));
  }

  @Test
  void theTokenIsKeptUntilItExpiresAndFetchedAgainAfter() throws InterruptedException {
    Stacks own = Stacks.library("stackssierratoken");
    connect(own, "token-account");
    UUID reader = UUID.randomUUID();
    token("short-lived", 31, Times.unlimited()); // usable for one second (30 s margin)
    patron(reader, 7000002, "2099-12-31", "-");
    ils.mock().when(holdRequest(7000002)).respond(response().withStatusCode(204));
    assertEquals(202, own.request(reader, own.requestableInIls("bl000002", "il000002", "1100002")));
    assertEquals(202, own.request(reader, own.requestableInIls("bl000002", "il000003", "1100003")));
    ils.mock().verify(request().withMethod("POST").withPath(API + "/token")
        .withHeader("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(("token-account:" + SECRET).getBytes()))
        .withBody("grant_type=client_credentials"), VerificationTimes.once());
    Thread.sleep(1500);
    assertEquals(202, own.request(reader, own.requestableInIls("bl000002", "il000004", "1100004")));
    ils.mock().verify(request().withPath(API + "/token"), VerificationTimes.exactly(2));
  }

  @Test
  void aTokenTheIlsNoLongerTakesIsReplacedOnce() {
    Stacks own = Stacks.library("stackssierra401");
    connect(own, "refresh-account");
    UUID reader = UUID.randomUUID();
    token("revoked", 3600, Times.once());
    token("fresh", 3600, Times.unlimited());
    ils.mock().when(request().withPath(API + "/patrons/find").withHeader("Authorization", "Bearer revoked"))
        .respond(response().withStatusCode(401));
    patron(reader, 7000003, "2099-12-31", "-");
    ils.mock().when(holdRequest(7000003)).respond(response().withStatusCode(204));
    assertEquals(202, own.request(reader, own.requestableInIls("bl000003", "il000005", "1100005")));
    ils.mock().verify(request().withPath(API + "/token"), VerificationTimes.exactly(2));
    ils.mock().verify(holdRequest(7000003).withHeader("Authorization", "Bearer fresh"), VerificationTimes.once());
  }

  @Test
  void theIlsSayingTheReaderHasItAlreadyIsAcceptedAsTheSameRequest() {
    UUID reader = UUID.randomUUID();
    token("token-b", 3600, Times.unlimited());
    patron(reader, 7000004, "2099-12-31", "-");
    ils.mock().when(holdRequest(7000004).withBody(json("{\"recordNumber\": 1100006}", MatchType.ONLY_MATCHING_FIELDS)))
        .respond(response().withStatusCode(500).withBody(json(sierraError(132, 2,
            "XCirc error : This record is already on hold for or checked out to you.").encode())));
    ils.mock().when(holdRequest(7000004).withBody(json("{\"recordNumber\": 1100007}", MatchType.ONLY_MATCHING_FIELDS)))
        .respond(response().withStatusCode(500).withBody(json(sierraError(132, 929,
            "XCirc error : Your request has already been sent.").encode())));
    assertEquals(202, library.request(reader, library.requestableInIls("bl000004", "il000006", "1100006")));
    assertEquals(202, library.request(reader, library.requestableInIls("bl000004", "il000007", "1100007")));
    assertEquals(2L, library.value("SELECT count(*) FROM {s}.stacks_requests WHERE user_id = $1", reader));
  }

  @Test
  void otherRefusalsOfTheIlsAreConflictsAndNothingIsWritten() {
    UUID reader = UUID.randomUUID();
    token("token-c", 3600, Times.unlimited());
    patron(reader, 7000005, "2099-12-31", "-");
    ils.mock().when(holdRequest(7000005)).respond(response().withStatusCode(500).withBody(json(sierraError(132, 433,
        "XCirc error : Request denied - already on hold for another patron.").encode())));
    String item = library.requestableInIls("bl000005", "il000008", "1100008");
    String body = library.reader(reader).body(placing(item, null)).post("/stacks/requests").then().statusCode(409)
        .body("errors[0].code", equalTo("ILS_REFUSED")).extract().asString();
    assertFalse(body.contains("XCirc"), body);
    assertEquals(0L, library.value("SELECT count(*) FROM {s}.stacks_requests WHERE item_id = $1", item));
    assertEquals(0L, library.value("SELECT count(*) FROM {s}.outbox WHERE payload->'request'->'item'->>'id' = $1", item));
  }

  @Test
  void anExpiredBlockedOrUnknownReaderIsToldWhomToContact() {
    String item = library.requestableInIls("bl000006", "il000009", "1100009");
    token("token-d", 3600, Times.unlimited());
    UUID expired = UUID.randomUUID();
    patron(expired, 7000006, "2020-01-31", "-");
    library.reader(expired).body(placing(item, null)).post("/stacks/requests").then().statusCode(403)
        .body("errors[0].code", equalTo("ACCOUNT_EXPIRED"));
    UUID blocked = UUID.randomUUID();
    patron(blocked, 7000007, "2099-01-31", "b");
    library.reader(blocked).body(placing(item, null)).post("/stacks/requests").then().statusCode(403)
        .body("errors[0].code", equalTo("ACCOUNT_BLOCKED"));
    UUID unknown = UUID.randomUUID();
    ils.mock().when(request().withPath(API + "/patrons/find").withQueryStringParameter("varFieldContent", unknown.toString()))
        .respond(response().withStatusCode(404).withBody(json(new JsonObject().put("code", 107).put("specificCode", 0)
            .put("httpStatus", 404).put("name", "Record not found").encode())));
    library.reader(unknown).body(placing(item, null)).post("/stacks/requests").then().statusCode(404);
    assertEquals(0L, library.value("SELECT count(*) FROM {s}.stacks_requests WHERE item_id = $1", item));
  }

  @Test
  void anIlsThatDoesNotAnswerIsA503WithRetryAfterInBoundedTimeAndNothingIsWritten() {
    Stacks own = Stacks.library("stackssierradown");
    connect(own, "slow-account");
    UUID reader = UUID.randomUUID();
    token("token-e", 3600, Times.unlimited());
    patron(reader, 7000008, "2099-12-31", "-");
    ils.mock().when(holdRequest(7000008)).respond(response().withStatusCode(204).withDelay(TimeUnit.SECONDS, 20));
    String item = own.requestableInIls("bl000007", "il000010", "1100010");
    long start = System.nanoTime();
    own.reader(reader).body(placing(item, null)).post("/stacks/requests").then().statusCode(503)
        .body("errors[0].code", equalTo("ILS_UNAVAILABLE")).header("Retry-After", equalTo("30"));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis < 10_000, millis + " ms");
    assertEquals(0L, own.value("SELECT count(*) FROM {s}.stacks_requests WHERE item_id = $1", item));
    own.anonymous().get("/stacks/works/bl000007").then().body("items[0].requested", equalTo(false));
  }

  @Test
  void anIlsThatIsGoneIsA503() {
    Stacks own = Stacks.library("stackssierragone");
    own.anonymous().body(Map.of("baseUrl", "http://localhost:9" + API, "clientKey", "gone", "clientSecret", "s"))
        .put("/stacks/ils-settings").then().statusCode(200);
    own.reader(UUID.randomUUID()).body(placing(own.requestableInIls("bl000008", "il000011", "1100011"), null))
        .post("/stacks/requests").then().statusCode(503).header("Retry-After", equalTo("30"));
    own.reader(UUID.randomUUID()).get("/stacks/requests").then().statusCode(503);
  }

  @Test
  void aReadersRequestsAreEveryHoldAtTheIlsLeavingOutWhatTheModuleDoesNotKnow() {
    UUID reader = UUID.randomUUID();
    token("token-f", 3600, Times.unlimited());
    patron(reader, 7000009, "2099-12-31", "-");
    library.requestableInIls("bl000009", "il000012", "1200000");
    library.requestableInIls("bl000009", "il000013", "1200119");
    for (int page = 0; page < 3; page++) {
      JsonArray entries = new JsonArray();
      for (int i = page * 50; i < Math.min(120, page * 50 + 50); i++) {
        String record = i == 7 ? API + "/bibs/3000001" : API + "/items/" + (1200000 + i);
        entries.add(new JsonObject().put("id", "https://ils" + API + "/patrons/holds/" + (900000 + i))
            .put("record", "https://ils" + record).put("notNeededAfterDate", "2026-12-10")
            .put("pickupLocation", new JsonObject().put("code", "sepbb").put("name", "Rare Materials Room"))
            .put("status", new JsonObject().put("code", i == 119 ? "i" : "0").put("name", i == 119 ? "item hold ready for pickup." : "on hold.")));
      }
      ils.mock().when(request().withPath(API + "/patrons/7000009/holds").withQueryStringParameter("offset", String.valueOf(page * 50)))
          .respond(response().withStatusCode(200).withBody(json(new JsonObject().put("total", 120).put("start", page * 50)
              .put("entries", entries).encode())));
    }
    Response answer = library.reader(reader).get("/stacks/requests");
    answer.then().statusCode(200).body("totalResults", equalTo(2)).body("results.item.id", contains("il000012", "il000013"))
        .body("results[1].status.id", equalTo("i")).body("results[1].pickupDate", equalTo("2026-12-10"))
        .body("results[0].pickupLocation.label", equalTo("Rare Materials Room"));
    assertFalse(answer.asString().contains(reader.toString()));
    assertFalse(answer.asString().contains("7000009"));
    ils.mock().verify(request().withPath(API + "/patrons/7000009/holds"), VerificationTimes.exactly(3));
  }

  private static void holdsOf(long patronId, String... itemRecordAndHoldIds) {
    JsonArray entries = new JsonArray();
    for (int i = 0; i < itemRecordAndHoldIds.length; i += 2) {
      entries.add(new JsonObject().put("id", "https://ils" + API + "/patrons/holds/" + itemRecordAndHoldIds[i + 1])
          .put("record", "https://ils" + API + "/items/" + itemRecordAndHoldIds[i]).put("status", new JsonObject().put("code", "0")));
    }
    ils.mock().when(request().withMethod("GET").withPath(API + "/patrons/" + patronId + "/holds"))
        .respond(response().withStatusCode(200).withBody(json(new JsonObject().put("total", entries.size()).put("start", 0)
            .put("entries", entries).encode())));
  }

  private static HttpRequest holdDeletion(String holdId) {
    return request().withMethod("DELETE").withPath(API + "/patrons/holds/" + holdId);
  }

  /** A reader's request placed at the ILS; its id. */
  private static UUID placedAtIls(Stacks tenant, UUID reader, long patronId, String work, String item, String record) {
    patron(reader, patronId, "2099-12-31", "-");
    ils.mock().when(holdRequest(patronId)).respond(response().withStatusCode(204));
    assertEquals(202, tenant.request(reader, tenant.requestableInIls(work, item, record)));
    return (UUID) tenant.value("SELECT id FROM {s}.stacks_requests WHERE item_id = $1 AND state = 'open'", item);
  }

  private static long events(Stacks tenant, UUID requestId) {
    return (Long) tenant.value("SELECT count(*) FROM {s}.outbox WHERE event_type = 'stacks.request.cancelled'"
        + " AND aggregate_id = $1", requestId.toString());
  }

  @Test
  void aCancelledRequestCancelsTheReadersHoldOnTheItemAtTheIls() {
    UUID reader = UUID.randomUUID();
    token("token-g", 3600, Times.unlimited());
    UUID id = placedAtIls(library, reader, 7000010, "bl000011", "il000015", "1100015");
    holdsOf(7000010, "1100099", "910001", "1100015", "910002");
    ils.mock().when(holdDeletion("910002")).respond(response().withStatusCode(204));
    library.reader(reader).delete("/stacks/requests/" + id).then().statusCode(204);
    ils.mock().verify(holdDeletion("910002"), VerificationTimes.once());
    ils.mock().verify(holdDeletion("910001"), VerificationTimes.never());
    assertEquals("cancelled", library.value("SELECT state FROM {s}.stacks_requests WHERE id = $1", id));
    assertEquals(1L, events(library, id));
  }

  @Test
  void aHoldTheIlsNoLongerHasDoesNotKeepARequestOpenAndAnExpiredReaderMayCancel() {
    UUID reader = UUID.randomUUID();
    token("token-h", 3600, Times.unlimited());
    UUID gone = placedAtIls(library, reader, 7000011, "bl000012", "il000016", "1100016");
    UUID refused = placedAtIls(library, reader, 7000011, "bl000012", "il000017", "1100017");
    ils.mock().reset();
    token("token-h", 3600, Times.unlimited());
    patron(reader, 7000011, "2020-01-31", "-"); // expired since: cancelling is still theirs to do
    holdsOf(7000011, "1100017", "910003");
    ils.mock().when(holdDeletion("910003")).respond(response().withStatusCode(404).withBody(json(new JsonObject()
        .put("code", 107).put("specificCode", 0).put("httpStatus", 404).put("name", "Record not found").encode())));
    library.reader(reader).delete("/stacks/requests/" + gone).then().statusCode(204);
    library.reader(reader).delete("/stacks/requests/" + refused).then().statusCode(204);
    ils.mock().verify(request().withMethod("DELETE"), VerificationTimes.once());
    assertEquals(0L, library.value("SELECT count(*) FROM {s}.stacks_requests WHERE id IN ($1, $2) AND state = 'open'", gone, refused));
  }

  @Test
  void anIlsOutageKeepsTheRequestOpenAnswers503AndARepeatLaterCancels() {
    Stacks own = Stacks.library("stackssierracancel");
    connect(own, "cancel-account");
    UUID reader = UUID.randomUUID();
    token("token-i", 3600, Times.unlimited());
    UUID id = placedAtIls(own, reader, 7000012, "bl000013", "il000018", "1100018");
    holdsOf(7000012, "1100018", "910004");
    ils.mock().when(holdDeletion("910004"), Times.once()).respond(response().withStatusCode(204).withDelay(TimeUnit.SECONDS, 20));
    long start = System.nanoTime();
    own.reader(reader).delete("/stacks/requests/" + id).then().statusCode(503)
        .body("errors[0].code", equalTo("ILS_UNAVAILABLE")).header("Retry-After", equalTo("30"));
    assertTrue((System.nanoTime() - start) / 1_000_000 < 10_000);
    assertEquals("open", own.value("SELECT state FROM {s}.stacks_requests WHERE id = $1", id));
    assertEquals(0L, events(own, id));
    own.anonymous().get("/stacks/works/bl000013").then().body("items[0].requested", equalTo(true));
    ils.mock().when(holdDeletion("910004")).respond(response().withStatusCode(503));
    own.reader(reader).delete("/stacks/requests/" + id).then().statusCode(503).header("Retry-After", equalTo("30"));
    assertEquals("open", own.value("SELECT state FROM {s}.stacks_requests WHERE id = $1", id));
    ils.mock().clear(holdDeletion("910004"));
    ils.mock().when(holdDeletion("910004")).respond(response().withStatusCode(204));
    own.reader(reader).delete("/stacks/requests/" + id).then().statusCode(204);
    assertEquals("cancelled", own.value("SELECT state FROM {s}.stacks_requests WHERE id = $1", id));
    assertEquals(1L, events(own, id));
  }

  private static String syncJobState(Stacks tenant, String jobId) {
    return (String) tenant.value("SELECT state FROM " + Schemas.PLATFORM + ".job WHERE id = $1", UUID.fromString(jobId));
  }

  private static JsonObject itemStatus(int record, String code, String display, String due) {
    JsonObject status = new JsonObject().put("code", code).put("display", display);
    return new JsonObject().put("id", String.valueOf(record)).put("status", due == null ? status : status.put("duedate", due));
  }

  @Test
  void theStatusSyncReadsEveryItemFromTheIlsInBatchesAndWritesWhatChanged() throws InterruptedException {
    Stacks own = Stacks.library("stackssierrasync");
    connect(own, "sync-account");
    token("token-j", 3600, Times.unlimited());
    own.module.sql("INSERT INTO " + own.schema() + ".stacks_works (id, title) VALUES ('bsync1', 'Synced')");
    own.module.sql("INSERT INTO " + own.schema() + ".stacks_items (id, work_id, locations, ils_record_number)"
        + " SELECT 'isync' || lpad(n::text, 3, '0'), 'bsync1', '[]', (1300000 + n)::text FROM generate_series(0, 119) n");
    own.module.sql("INSERT INTO " + own.schema() + ".stacks_items (id, work_id, locations) VALUES ('isync999', 'bsync1', '[]')");
    JsonArray first = new JsonArray();
    for (int n = 0; n < 100; n++) {
      first.add(n == 5 ? itemStatus(1300000 + n, "o", "Checked out", "2030-02-01T10:00:00Z") : itemStatus(1300000 + n, "-", "Available", null));
    }
    JsonArray second = new JsonArray().add(itemStatus(1300100, "m", "Missing", null)); // 1300101.. unknown to the ILS
    ils.mock().when(request().withMethod("GET").withPath(API + "/items").withQueryStringParameter("limit", "100"))
        .respond(response().withStatusCode(200).withBody(json(new JsonObject().put("total", 100).put("entries", first).encode())));
    ils.mock().when(request().withMethod("GET").withPath(API + "/items").withQueryStringParameter("limit", "20"))
        .respond(response().withStatusCode(200).withBody(json(new JsonObject().put("total", 1).put("entries", second).encode())));
    String job = own.anonymous().post("/stacks/_timers/ils-status-sync").then().statusCode(200)
        .body("queued", equalTo(true)).extract().path("jobId");
    String again = own.anonymous().post("/stacks/_timers/ils-status-sync").then().statusCode(200).extract().path("jobId");
    assertTrue(job.equals(again) || "completed".equals(syncJobState(own, job)), job + " " + again);
    for (int i = 0; i < 300 && !"completed".equals(syncJobState(own, job)); i++) {
      Thread.sleep(100);
    }
    assertEquals("completed", syncJobState(own, job));
    own.anonymous().get("/stacks/items/isync005").then().body("status.id", equalTo("o")).body("status.label", equalTo("Checked out"))
        .body("dueDate", equalTo("2030-02-01T10:00:00.000Z"));
    own.anonymous().get("/stacks/items/isync100").then().body("status.id", equalTo("m"));
    own.anonymous().get("/stacks/items/isync101").then().body("status.id", equalTo("-"));
    assertEquals(2L, own.value("SELECT count(*) FROM {s}.stacks_items WHERE status_id <> '-'"));
    ils.mock().verify(request().withMethod("GET").withPath(API + "/items")
        .withQueryStringParameter("id", String.join(",", java.util.stream.IntStream.range(1300000, 1300100)
            .mapToObj(String::valueOf).toList())).withQueryStringParameter("fields", "id,status"), VerificationTimes.once());
    ils.mock().verify(request().withMethod("GET").withPath(API + "/items"), VerificationTimes.exactly(2));
    Stacks local = Stacks.library("stackssierranosync");
    local.anonymous().post("/stacks/_timers/ils-status-sync").then().statusCode(200).body("queued", equalTo(false))
        .body("jobId", org.hamcrest.Matchers.nullValue());
  }

  @Test
  void withTheConnectorSwitchedOffHoldsAreLocal() {
    Stacks own = Stacks.library("stackssierraoff");
    own.anonymous().body(Map.of("baseUrl", ils.baseUrl() + API, "clientKey", "off", "clientSecret", "s", "enabled", false))
        .put("/stacks/ils-settings").then().statusCode(200);
    UUID reader = UUID.randomUUID();
    assertEquals(202, own.request(reader, own.requestableInIls("bl000010", "il000014", "1100014")));
    own.reader(reader).get("/stacks/requests").then().body("results.item.id", equalTo(List.of("il000014")));
    ils.mock().verify(request().withPath(API + "/token"), VerificationTimes.never());
    assertTrue(LocalDate.now().getYear() > 2000);
  }
}
