package org.folio.access.eholdings.settings;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.folio.access.support.TenantClient;
import org.folio.access.support.TestModule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Users assigned to knowledge bases, and the calling user's knowledge base. */
class AssignedUsersIT {
  private static final String TENANT = "ehsusers";

  @BeforeAll
  static void enable() {
    TestModule.get();
    TenantClient.enable(TENANT, "mod-access-services-1.0.0", true, false);
  }

  private static String path(String kb) {
    return "/eholdings/kb-credentials/" + kb + "/users";
  }

  /** ui-eholdings' body: {"data":{"id","type":"assignedUsers","attributes":{"credentialsId"}}}, plus names if given. */
  private static Map<String, Object> assignment(String userId, String kb, String firstName, String lastName) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("credentialsId", kb);
    if (lastName != null) {
      attributes.put("firstName", firstName);
      attributes.put("lastName", lastName);
      attributes.put("patronGroup", "staff");
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("id", userId);
    data.put("type", "assignedUsers");
    data.put("attributes", attributes);
    return Map.of("data", data);
  }

  @Test
  void anAssignedUserIsListedWithTheDetailsSent() {
    String kb = KnowledgeBases.lawLibrary(TENANT);
    String user = UUID.randomUUID().toString();
    TestModule.as(TENANT).body(assignment(user, kb, "Jane", "Doe")).post(path(kb)).then().statusCode(201)
        .body("id", equalTo(user)).body("type", equalTo("assignedUsers"))
        .body("attributes.credentialsId", equalTo(kb)).body("attributes.lastName", equalTo("Doe"));
    TestModule.as(TENANT).get(path(kb)).then().statusCode(200)
        .body("data.id", contains(user))
        .body("data[0].attributes.firstName", equalTo("Jane"))
        .body("data[0].attributes.patronGroup", equalTo("staff"))
        .body("meta.totalResults", equalTo(1));
  }

  @Test
  void aUserBelongsToOneKnowledgeBaseOnly() {
    String kb = KnowledgeBases.lawLibrary(TENANT);
    String other = KnowledgeBases.lawLibrary(TENANT);
    String user = UUID.randomUUID().toString();
    TestModule.as(TENANT).body(assignment(user, kb, null, null)).post(path(kb)).then().statusCode(201);
    TestModule.as(TENANT).body(assignment(user, other, null, null)).post(path(other)).then().statusCode(400)
        .body("errors[0].title", equalTo("The user is already assigned to another credentials"));
    TestModule.as(TENANT).body(assignment(user, kb, null, null)).post(path(kb)).then().statusCode(400)
        .body("errors[0].title", equalTo("The user is already assigned to another credentials"));
    TestModule.as(TENANT).get(path(other)).then().body("data", empty());
  }

  @Test
  void theBodyMustNameAUserAndMayOnlyNameThisKnowledgeBase() {
    String kb = KnowledgeBases.lawLibrary(TENANT);
    TestModule.as(TENANT).body(Map.of("data", Map.of("type", "assignedUsers"))).post(path(kb)).then().statusCode(422)
        .body("errors[0].title", equalTo("Invalid data.id"))
        .body("errors[0].message", equalTo("must not be null"))
        .body("errors[0].parameters[0].key", equalTo("data.id"));
    TestModule.as(TENANT).body(Map.of("data", Map.of("id", "jdoe"))).post(path(kb)).then().statusCode(422)
        .body("errors[0].title", equalTo("Invalid id"));
    TestModule.as(TENANT).body(assignment(UUID.randomUUID().toString(), KnowledgeBases.DEFAULT_ID, null, null))
        .post(path(kb)).then().statusCode(422).body("errors[0].title", equalTo("Invalid credentialsId"));
    TestModule.as(TENANT).body(Map.of("data", Map.of("id", UUID.randomUUID().toString(), "credentialsId", kb)))
        .post(path(kb)).then().statusCode(201);
  }

  @Test
  void putChangesTheDetailsOfAnAssignment() {
    String kb = KnowledgeBases.lawLibrary(TENANT);
    String user = UUID.randomUUID().toString();
    TestModule.as(TENANT).body(assignment(user, kb, "Jane", "Doe")).post(path(kb)).then().statusCode(201);
    TestModule.as(TENANT).body(assignment(user, kb, "Jane", "Roe")).put(path(kb) + "/" + user).then().statusCode(204);
    TestModule.as(TENANT).get(path(kb)).then().body("data[0].attributes.lastName", equalTo("Roe"));
    TestModule.as(TENANT).body(assignment(UUID.randomUUID().toString(), kb, "A", "B")).put(path(kb) + "/" + user)
        .then().statusCode(422).body("errors[0].title", equalTo("Invalid id"));
    String stranger = UUID.randomUUID().toString();
    TestModule.as(TENANT).body(assignment(stranger, kb, "A", "B")).put(path(kb) + "/" + stranger).then().statusCode(404)
        .body("errors[0].title", equalTo("Assigned user not found by id: " + stranger));
  }

  @Test
  void removingAUserFreesThemForAnotherKnowledgeBase() {
    String kb = KnowledgeBases.lawLibrary(TENANT);
    String other = KnowledgeBases.lawLibrary(TENANT);
    String user = UUID.randomUUID().toString();
    TestModule.as(TENANT).body(assignment(user, kb, null, null)).post(path(kb)).then().statusCode(201);
    TestModule.as(TENANT).delete(path(other) + "/" + user).then().statusCode(404);
    TestModule.as(TENANT).delete(path(kb) + "/" + user).then().statusCode(204);
    TestModule.as(TENANT).delete(path(kb) + "/" + user).then().statusCode(404);
    TestModule.as(TENANT).delete(path(kb) + "/not-a-uuid").then().statusCode(400);
    TestModule.as(TENANT).body(assignment(user, other, null, null)).post(path(other)).then().statusCode(201);
  }

  @Test
  void theCallersKnowledgeBaseIsTheAssignedOneElseTheDefault() {
    String kb = KnowledgeBases.lawLibrary(TENANT);
    String user = UUID.randomUUID().toString();
    TestModule.as(TENANT).header("X-Okapi-User-Id", user).get("/eholdings/user-kb-credential").then().statusCode(200)
        .body("id", equalTo(KnowledgeBases.DEFAULT_ID));
    TestModule.as(TENANT).get("/eholdings/user-kb-credential").then().statusCode(200)
        .body("id", equalTo(KnowledgeBases.DEFAULT_ID)).body("type", equalTo("kbCredentials"));
    TestModule.as(TENANT).body(assignment(user, kb, null, null)).post(path(kb)).then().statusCode(201);
    TestModule.as(TENANT).header("X-Okapi-User-Id", user).get("/eholdings/user-kb-credential").then().statusCode(200)
        .body("id", equalTo(kb)).body("attributes.apiKey", equalTo("********"));
    TestModule.as(TENANT).header("X-Okapi-User-Id", "not-a-uuid").get("/eholdings/user-kb-credential").then()
        .statusCode(200).body("id", equalTo(KnowledgeBases.DEFAULT_ID));
  }

  @Test
  void theUsersOfAnUnknownKnowledgeBaseAreNotFound() {
    String unknown = "55555555-5555-4555-8555-555555555555";
    TestModule.as(TENANT).body(assignment(UUID.randomUUID().toString(), unknown, null, null)).post(path(unknown))
        .then().statusCode(404).body("errors[0].title", equalTo("KB Credentials not found by id: " + unknown));
  }
}
