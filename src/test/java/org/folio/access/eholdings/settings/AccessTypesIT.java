package org.folio.access.eholdings.settings;

import static org.folio.access.eholdings.settings.KnowledgeBases.LIBRARIAN;
import static org.folio.access.eholdings.settings.KnowledgeBases.accessTypeBody;
import static org.folio.access.eholdings.settings.KnowledgeBases.asLibrarian;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.folio.access.support.TenantClient;
import org.folio.access.support.TestModule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Access types of a knowledge base: limits, uniqueness, usage counts, and the 15 per knowledge base under load. */
class AccessTypesIT {
  private static final String TENANT = "ehsat";
  private static TestModule module;

  @BeforeAll
  static void enable() {
    module = TestModule.get();
    TenantClient.enable(TENANT, "mod-access-services-1.0.0", true, false);
  }

  private static String path(String kb) {
    return "/eholdings/kb-credentials/" + kb + "/access-types";
  }

  @Test
  void aCreatedAccessTypeAnswers201WithItsKnowledgeBaseAndWhoCreatedIt() {
    String kb = KnowledgeBases.lawLibrary(TENANT);
    String id = asLibrarian(TENANT).body(accessTypeBody("Subscribed", "Paid for by the library")).post(path(kb))
        .then().statusCode(201)
        .body("type", equalTo("accessTypes"))
        .body("attributes.name", equalTo("Subscribed"))
        .body("attributes.description", equalTo("Paid for by the library"))
        .body("attributes.credentialsId", equalTo(kb))
        .body("usageNumber", equalTo(0))
        .body("metadata.createdByUserId", equalTo(LIBRARIAN))
        .body("metadata.createdDate", notNullValue())
        .extract().path("id");
    TestModule.as(TENANT).get(path(kb) + "/" + id).then().statusCode(200).body("id", equalTo(id));
    TestModule.as(TENANT).get(path(kb)).then().statusCode(200)
        .body("data.id", contains(id)).body("meta.totalResults", equalTo(1)).body("jsonapi.version", equalTo("1.0"));
  }

  @Test
  void theNameIsRequiredAndLimitedTo75AndTheDescriptionTo150() {
    String kb = KnowledgeBases.lawLibrary(TENANT);
    TestModule.as(TENANT).body(accessTypeBody(null, "x")).post(path(kb)).then().statusCode(422)
        .body("errors[0].title", equalTo("Invalid name")).body("errors[0].detail", equalTo("name must not be empty"));
    TestModule.as(TENANT).body(accessTypeBody(" ", "x")).post(path(kb)).then().statusCode(422)
        .body("errors[0].title", equalTo("Invalid name"));
    TestModule.as(TENANT).body(accessTypeBody("n".repeat(76), null)).post(path(kb)).then().statusCode(422)
        .body("errors[0].title", equalTo("Invalid name"))
        .body("errors[0].detail", equalTo("name is too long (maximum is 75 characters)"));
    TestModule.as(TENANT).body(accessTypeBody("Trial", "d".repeat(151))).post(path(kb)).then().statusCode(422)
        .body("errors[0].title", equalTo("Invalid description"))
        .body("errors[0].detail", equalTo("description is too long (maximum is 150 characters)"));
    TestModule.as(TENANT).body(accessTypeBody("n".repeat(75), "d".repeat(150))).post(path(kb)).then().statusCode(201);
    TestModule.as(TENANT).body(Map.of("type", "accessTypes", "attributes", Map.of("name", "Unwrapped"))).post(path(kb))
        .then().statusCode(422);
  }

  @Test
  void aNameIsUniqueInItsKnowledgeBaseWhateverItsCaseButNotAcrossKnowledgeBases() {
    String kb = KnowledgeBases.lawLibrary(TENANT);
    String other = KnowledgeBases.lawLibrary(TENANT);
    KnowledgeBases.subscribed(TENANT, kb);
    TestModule.as(TENANT).body(accessTypeBody("SUBSCRIBED", null)).post(path(kb)).then().statusCode(422)
        .body("errors[0].title", equalTo("Duplicate name"));
    KnowledgeBases.subscribed(TENANT, other);
    String trial = TestModule.as(TENANT).body(accessTypeBody("Trial", null)).post(path(kb)).then().statusCode(201)
        .extract().path("id");
    TestModule.as(TENANT).body(accessTypeBody("subscribed", null)).put(path(kb) + "/" + trial).then().statusCode(422)
        .body("errors[0].title", equalTo("Duplicate name"));
  }

  @Test
  void theSixteenthAccessTypeIsRefused() {
    String kb = KnowledgeBases.lawLibrary(TENANT);
    for (int i = 1; i <= 15; i++) {
      TestModule.as(TENANT).body(accessTypeBody("Type " + i, null)).post(path(kb)).then().statusCode(201);
    }
    TestModule.as(TENANT).body(accessTypeBody("Type 16", null)).post(path(kb)).then().statusCode(422)
        .body("errors[0].title", equalTo("Maximum number of access types allowed is 15"));
    TestModule.as(TENANT).get(path(kb)).then().body("meta.totalResults", equalTo(15));
  }

  @Test
  void twentySimultaneousCreatesMakeExactlyFifteen() throws Exception {
    String kb = KnowledgeBases.lawLibrary(TENANT);
    HttpClient client = HttpClient.newHttpClient();
    List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + module.port() + path(kb)))
          .header("X-Okapi-Tenant", TENANT).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(
              "{\"data\":{\"type\":\"accessTypes\",\"attributes\":{\"name\":\"Concurrent " + i + "\"}}}"))
          .build();
      calls.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
    }
    Map<Integer, Integer> statuses = new TreeMap<>();
    for (CompletableFuture<HttpResponse<String>> call : calls) {
      HttpResponse<String> response = call.get();
      statuses.merge(response.statusCode(), 1, Integer::sum);
      if (response.statusCode() == 422) {
        assertTrue(response.body().contains("Maximum number of access types allowed is 15"), response.body());
      }
    }
    assertEquals(Map.of(201, 15, 422, 5), statuses);
    assertEquals(15L, module.sql("SELECT count(*) AS n FROM ehsat_mod_access_services.access_types WHERE credentials_id = $1",
        UUID.fromString(kb)).iterator().next().getLong("n"));
  }

  @Test
  void usageNumberCountsThePackagesAndResourcesThatCarryIt() {
    String kb = KnowledgeBases.lawLibrary(TENANT);
    String id = KnowledgeBases.subscribed(TENANT, kb);
    Records.customPackageWith(module, TENANT, id);
    Records.customPackageWith(module, TENANT, id);
    Records.resourceWith(module, TENANT, id);
    TestModule.as(TENANT).get(path(kb) + "/" + id).then().statusCode(200).body("usageNumber", equalTo(3));
    TestModule.as(TENANT).get(path(kb)).then().body("data[0].usageNumber", equalTo(3));
  }

  @Test
  void anAccessTypeOnARecordCannotBeDeletedAndAnUnusedOneCan() {
    String kb = KnowledgeBases.lawLibrary(TENANT);
    String used = KnowledgeBases.subscribed(TENANT, kb);
    Records.resourceWith(module, TENANT, used);
    TestModule.as(TENANT).delete(path(kb) + "/" + used).then().statusCode(422)
        .body("errors[0].title", equalTo("Can't delete access type that has assigned records"));
    String unused = TestModule.as(TENANT).body(accessTypeBody("Trial", null)).post(path(kb)).then().statusCode(201)
        .extract().path("id");
    TestModule.as(TENANT).delete(path(kb) + "/" + unused).then().statusCode(204);
    TestModule.as(TENANT).get(path(kb)).then().body("data.id", not(hasItem(unused))).body("data.id", hasItem(used));
  }

  @Test
  void putChangesNameAndDescriptionAndStampsTheChange() {
    String kb = KnowledgeBases.lawLibrary(TENANT);
    String id = TestModule.as(TENANT).body(accessTypeBody("Trial", "For a month")).post(path(kb)).then().statusCode(201)
        .extract().path("id");
    asLibrarian(TENANT).body(accessTypeBody("Evaluation", null)).put(path(kb) + "/" + id).then().statusCode(204);
    TestModule.as(TENANT).get(path(kb) + "/" + id).then().statusCode(200)
        .body("attributes.name", equalTo("Evaluation"))
        .body("attributes.description", nullValue())
        .body("metadata.updatedByUserId", equalTo(LIBRARIAN));
    assertEquals("Evaluation", module.sql("SELECT name FROM ehsat_mod_access_services.access_types WHERE id = $1",
        UUID.fromString(id)).iterator().next().getString("name"));
    TestModule.as(TENANT).body(accessTypeBody("e".repeat(76), null)).put(path(kb) + "/" + id).then().statusCode(422)
        .body("errors[0].title", equalTo("Invalid name"));
  }

  @Test
  void anUnknownAccessTypeIsNotFoundAndAMalformedIdABadRequest() {
    String kb = KnowledgeBases.lawLibrary(TENANT);
    String other = KnowledgeBases.lawLibrary(TENANT);
    String elsewhere = KnowledgeBases.subscribed(TENANT, other);
    String unknown = "22222222-2222-4222-8222-222222222222";
    TestModule.as(TENANT).get(path(kb) + "/" + unknown).then().statusCode(404)
        .body("errors[0].title", equalTo("Access type not found: id = " + unknown));
    TestModule.as(TENANT).get(path(kb) + "/" + elsewhere).then().statusCode(404);
    TestModule.as(TENANT).body(accessTypeBody("x", null)).put(path(kb) + "/" + unknown).then().statusCode(404);
    TestModule.as(TENANT).delete(path(kb) + "/" + unknown).then().statusCode(404);
    TestModule.as(TENANT).get(path(kb) + "/12").then().statusCode(400).body("errors[0].title", equalTo("Invalid id '12'"));
    TestModule.as(TENANT).get("/eholdings/access-types/12").then().statusCode(400);
    TestModule.as(TENANT).get("/eholdings/access-types/" + unknown).then().statusCode(404)
        .body("errors[0].title", equalTo("Access type not found: id = " + unknown));
  }

  @Test
  void theTopLevelAccessTypesAreThoseOfTheCallersKnowledgeBase() {
    String kb = KnowledgeBases.lawLibrary(TENANT);
    String id = KnowledgeBases.subscribed(TENANT, kb);
    String user = UUID.randomUUID().toString();
    TestModule.as(TENANT).body(Map.of("data", Map.of("id", user, "type", "assignedUsers")))
        .post("/eholdings/kb-credentials/" + kb + "/users").then().statusCode(201);
    TestModule.as(TENANT).header("X-Okapi-User-Id", user).get("/eholdings/access-types").then().statusCode(200)
        .body("data.id", contains(id)).body("data[0].attributes.credentialsId", equalTo(kb));
    TestModule.as(TENANT).header("X-Okapi-User-Id", user).get("/eholdings/access-types/" + id).then().statusCode(200)
        .body("attributes.name", equalTo("Subscribed"));
    TestModule.as(TENANT).get("/eholdings/access-types").then().statusCode(200).body("data.id", not(hasItem(id)));
    TestModule.as(TENANT).get("/eholdings/access-types/" + id).then().statusCode(404);
  }
}
