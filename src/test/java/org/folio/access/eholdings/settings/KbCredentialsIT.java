package org.folio.access.eholdings.settings;

import static org.folio.access.eholdings.settings.KnowledgeBases.DEFAULT_ID;
import static org.folio.access.eholdings.settings.KnowledgeBases.LIBRARIAN;
import static org.folio.access.eholdings.settings.KnowledgeBases.asLibrarian;
import static org.folio.access.eholdings.settings.KnowledgeBases.kbBody;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;
import org.folio.access.support.TenantClient;
import org.folio.access.support.TestModule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The tenant's knowledge bases: create, read, change, delete, and what is refused. */
class KbCredentialsIT {
  private static final String TENANT = "ehskb";
  private static TestModule module;

  @BeforeAll
  static void enable() {
    module = TestModule.get();
    TenantClient.enable(TENANT, "mod-access-services-1.0.0", true, false);
  }

  @Test
  void everyTenantStartsWithItsDefaultKnowledgeBase() {
    TestModule.as(TENANT).get("/eholdings/kb-credentials/" + DEFAULT_ID).then().statusCode(200)
        .contentType(startsWith("application/vnd.api+json"))
        .body("id", equalTo(DEFAULT_ID))
        .body("type", equalTo("kbCredentials"))
        .body("attributes.name", equalTo("Local knowledge base"))
        .body("attributes.customerId", equalTo(TENANT))
        .body("attributes.apiKey", nullValue())
        .body("meta.createdDate", notNullValue());
    TestModule.as(TENANT).get("/eholdings/kb-credentials").then().statusCode(200)
        .body("data.id", hasItem(DEFAULT_ID))
        .body("jsonapi.version", equalTo("1.0"));
  }

  @Test
  void aCreatedKnowledgeBaseAnswers201WithItsKeyMaskedAndWhoCreatedIt() {
    String id = asLibrarian(TENANT).body(kbBody("Music library", "music", "music-secret", "https://kb.example.org"))
        .post("/eholdings/kb-credentials").then().statusCode(201)
        .body("type", equalTo("kbCredentials"))
        .body("attributes.name", equalTo("Music library"))
        .body("attributes.customerId", equalTo("music"))
        .body("attributes.url", equalTo("https://kb.example.org"))
        .body("attributes.apiKey", equalTo("********"))
        .body("meta.createdByUserId", equalTo(LIBRARIAN))
        .extract().path("id");
    TestModule.as(TENANT).get("/eholdings/kb-credentials").then().statusCode(200)
        .body("data.find { it.id == '" + id + "' }.attributes.apiKey", equalTo("********"))
        .body("meta.totalResults", equalTo(module.sql("SELECT count(*) AS n FROM ehskb_mod_access_services.kb_credentials")
            .iterator().next().getLong("n").intValue()));
    TestModule.as(TENANT).get("/eholdings/kb-credentials/" + id + "/key").then().statusCode(200)
        .body("id", equalTo(id)).body("type", equalTo("kbCredentialsKey"))
        .body("attributes.apiKey", equalTo("music-secret"));
  }

  @Test
  void aBodyWithApplicationVndApiJsonIsAcceptedToo() {
    TestModule.as(TENANT).contentType("application/vnd.api+json").body(kbBody("Medical library", null, null, null))
        .post("/eholdings/kb-credentials").then().statusCode(201).body("attributes.name", equalTo("Medical library"));
  }

  @Test
  void aKnowledgeBaseNeedsAName() {
    TestModule.as(TENANT).body(kbBody(null, "x", null, null)).post("/eholdings/kb-credentials").then().statusCode(422)
        .body("errors[0].title", equalTo("Invalid name")).body("errors[0].detail", equalTo("name must not be empty"));
    TestModule.as(TENANT).body(kbBody("   ", "x", null, null)).post("/eholdings/kb-credentials").then().statusCode(422)
        .body("errors[0].title", equalTo("Invalid name"));
  }

  @Test
  void namesAndAccountFieldsHaveLimits() {
    TestModule.as(TENANT).body(kbBody("n".repeat(256), null, null, null)).post("/eholdings/kb-credentials").then()
        .statusCode(422).body("errors[0].title", equalTo("Invalid name"))
        .body("errors[0].detail", equalTo("name is too long (maximum is 255 characters)"));
    TestModule.as(TENANT).body(kbBody("Long customer", "c".repeat(256), null, null)).post("/eholdings/kb-credentials").then()
        .statusCode(422).body("errors[0].title", equalTo("Invalid customerId"));
    TestModule.as(TENANT).body(kbBody("Long key", null, "k".repeat(501), null)).post("/eholdings/kb-credentials").then()
        .statusCode(422).body("errors[0].title", equalTo("Invalid apiKey"));
    TestModule.as(TENANT).body(kbBody("Long url", null, null, "u".repeat(501))).post("/eholdings/kb-credentials").then()
        .statusCode(422).body("errors[0].title", equalTo("Invalid url"));
  }

  @Test
  void namesAreUniqueWhateverTheirCase() {
    TestModule.as(TENANT).body(kbBody("Science library", null, null, null)).post("/eholdings/kb-credentials").then().statusCode(201);
    TestModule.as(TENANT).body(kbBody("SCIENCE LIBRARY", null, null, null)).post("/eholdings/kb-credentials").then().statusCode(422)
        .body("errors[0].title", equalTo("Duplicate name"))
        .body("errors[0].detail", equalTo("Credentials with name 'SCIENCE LIBRARY' already exist"));
    String other = KnowledgeBases.lawLibrary(TENANT);
    TestModule.as(TENANT).body(kbBody("science library", null, null, null)).patch("/eholdings/kb-credentials/" + other)
        .then().statusCode(422).body("errors[0].title", equalTo("Duplicate name"));
  }

  @Test
  void aBodyWithoutDataIsRefusedNamingTheField() {
    TestModule.as(TENANT).body(Map.of("name", "x")).post("/eholdings/kb-credentials").then().statusCode(422)
        .body("errors[0].title", startsWith("Invalid"));
    TestModule.as(TENANT).body("{\"data\": ").post("/eholdings/kb-credentials").then().statusCode(400);
  }

  @Test
  void patchChangesOnlyWhatIsSentAndKeepsTheKey() {
    String id = KnowledgeBases.lawLibrary(TENANT);
    asLibrarian(TENANT).body(kbBody("Law school library " + id, null, null, null)).patch("/eholdings/kb-credentials/" + id)
        .then().statusCode(204);
    TestModule.as(TENANT).get("/eholdings/kb-credentials/" + id).then().statusCode(200)
        .body("attributes.name", equalTo("Law school library " + id))
        .body("attributes.customerId", equalTo("law"))
        .body("attributes.url", equalTo("local"))
        .body("meta.updatedByUserId", equalTo(LIBRARIAN));
    assertEquals("Law school library " + id, module.sql("SELECT name FROM ehskb_mod_access_services.kb_credentials WHERE id = $1",
        UUID.fromString(id)).iterator().next().getString("name"));
    TestModule.as(TENANT).get("/eholdings/kb-credentials/" + id + "/key").then().body("attributes.apiKey", equalTo("law-key"));
  }

  @Test
  void sendingTheMaskBackKeepsTheStoredKeyAndANewKeyReplacesIt() {
    String id = KnowledgeBases.lawLibrary(TENANT);
    TestModule.as(TENANT).body(kbBody(null, null, "********", null)).patch("/eholdings/kb-credentials/" + id).then().statusCode(204);
    TestModule.as(TENANT).get("/eholdings/kb-credentials/" + id + "/key").then().body("attributes.apiKey", equalTo("law-key"));
    TestModule.as(TENANT).body(kbBody(null, null, "new-law-key", null)).patch("/eholdings/kb-credentials/" + id).then().statusCode(204);
    TestModule.as(TENANT).get("/eholdings/kb-credentials/" + id + "/key").then().body("attributes.apiKey", equalTo("new-law-key"));
  }

  @Test
  void putReplacesNameCustomerAndUrlButKeepsTheKeyWhenNoneIsSent() {
    String id = KnowledgeBases.lawLibrary(TENANT);
    TestModule.as(TENANT).body(kbBody("Replaced " + id, null, null, "https://other.example.org"))
        .put("/eholdings/kb-credentials/" + id).then().statusCode(204);
    TestModule.as(TENANT).get("/eholdings/kb-credentials/" + id).then().statusCode(200)
        .body("attributes.name", equalTo("Replaced " + id))
        .body("attributes.customerId", nullValue())
        .body("attributes.url", equalTo("https://other.example.org"))
        .body("attributes.apiKey", equalTo("********"));
    TestModule.as(TENANT).body(kbBody(null, "x", null, null)).put("/eholdings/kb-credentials/" + id).then().statusCode(422)
        .body("errors[0].title", equalTo("Invalid name"));
  }

  @Test
  void anUnknownKnowledgeBaseIsNotFoundAndAMalformedIdABadRequest() {
    String unknown = "11111111-1111-4111-8111-111111111111";
    for (String path : new String[] {"", "/key", "/root-proxy", "/proxy-types", "/custom-labels", "/access-types", "/users"}) {
      TestModule.as(TENANT).get("/eholdings/kb-credentials/" + unknown + path).then().statusCode(404)
          .body("errors[0].title", equalTo("KB Credentials not found by id: " + unknown));
      TestModule.as(TENANT).get("/eholdings/kb-credentials/abc" + path).then().statusCode(400)
          .body("errors[0].title", equalTo("Invalid id 'abc'"));
    }
    TestModule.as(TENANT).body(kbBody("Ghost", null, null, null)).put("/eholdings/kb-credentials/" + unknown).then().statusCode(404);
    TestModule.as(TENANT).body(kbBody("Ghost", null, null, null)).patch("/eholdings/kb-credentials/" + unknown).then().statusCode(404);
  }

  @Test
  void deletingAWellFormedUnknownIdAnswers204() {
    TestModule.as(TENANT).delete("/eholdings/kb-credentials/11111111-1111-4111-8111-111111111111").then().statusCode(204);
    TestModule.as(TENANT).delete("/eholdings/kb-credentials/abc").then().statusCode(400)
        .body("errors[0].title", equalTo("Invalid id 'abc'"));
  }

  @Test
  void aBlankUrlIsRefusedOnPostAndABlankUrlOrCustomerIdOnPut() {
    TestModule.as(TENANT).body(kbBody("Blank url", "c", null, "")).post("/eholdings/kb-credentials").then().statusCode(422)
        .body("errors[0].title", equalTo("Invalid url")).body("errors[0].detail", equalTo("url must not be empty"));
    TestModule.as(TENANT).body(kbBody("Blank url 2", "c", null, "  ")).post("/eholdings/kb-credentials").then().statusCode(422)
        .body("errors[0].title", equalTo("Invalid url"));
    assertEquals(0L, module.sql("SELECT count(*) AS n FROM ehskb_mod_access_services.kb_credentials WHERE name LIKE 'Blank url%'")
        .iterator().next().getLong("n"));
    String id = KnowledgeBases.lawLibrary(TENANT);
    TestModule.as(TENANT).body(kbBody("Put blank url " + id, "law", null, "")).put("/eholdings/kb-credentials/" + id).then()
        .statusCode(422).body("errors[0].title", equalTo("Invalid url"));
    TestModule.as(TENANT).body(kbBody("Put blank customer " + id, "", null, "local")).put("/eholdings/kb-credentials/" + id).then()
        .statusCode(422).body("errors[0].title", equalTo("Invalid customerId"))
        .body("errors[0].detail", equalTo("customerId must not be empty"));
    TestModule.as(TENANT).get("/eholdings/kb-credentials/" + id).then().body("attributes.url", equalTo("local"))
        .body("attributes.customerId", equalTo("law"));
  }

  @Test
  void aPatchWhoseAttributesAreAllNullOrBlankIsRefused() {
    String id = KnowledgeBases.lawLibrary(TENANT);
    for (Map<String, Object> body : java.util.List.of(kbBody("", null, null, null), kbBody(null, null, null, ""),
        kbBody(null, "", null, null), kbBody(null, null, null, null))) {
      TestModule.as(TENANT).body(body).patch("/eholdings/kb-credentials/" + id).then().statusCode(422)
          .body("errors[0].title", equalTo("Invalid attributes"));
    }
    TestModule.as(TENANT).get("/eholdings/kb-credentials/" + id).then().body("attributes.url", equalTo("local"))
        .body("attributes.customerId", equalTo("law"));
  }

  @Test
  void theDefaultKnowledgeBaseCannotBeDeleted() {
    TestModule.as(TENANT).delete("/eholdings/kb-credentials/" + DEFAULT_ID).then().statusCode(422)
        .body("errors[0].title", equalTo("Not allowed to delete"))
        .body("errors[0].detail", equalTo("The default knowledge base cannot be deleted"));
    TestModule.as(TENANT).get("/eholdings/status").then().body("data.attributes.isConfigurationValid", equalTo(true));
  }

  @Test
  void aKnowledgeBaseGoesWithItsAccessTypes() {
    String id = KnowledgeBases.lawLibrary(TENANT);
    KnowledgeBases.subscribed(TENANT, id);
    TestModule.as(TENANT).delete("/eholdings/kb-credentials/" + id).then().statusCode(204);
    TestModule.as(TENANT).get("/eholdings/kb-credentials/" + id).then().statusCode(404);
    assertEquals(0L, module.sql("SELECT count(*) AS n FROM ehskb_mod_access_services.access_types WHERE credentials_id = $1",
        UUID.fromString(id)).iterator().next().getLong("n"));
  }

  @Test
  void aKnowledgeBaseGoesWithItsAssignedUsersAndItsAccessTypesLeaveTheirRecords() {
    String id = KnowledgeBases.lawLibrary(TENANT);
    String user = UUID.randomUUID().toString();
    TestModule.as(TENANT).body(Map.of("data", Map.of("id", user, "type", "assignedUsers")))
        .post("/eholdings/kb-credentials/" + id + "/users").then().statusCode(201);
    String accessType = KnowledgeBases.subscribed(TENANT, id);
    long pkg = Records.customPackageWith(module, TENANT, accessType);
    TestModule.as(TENANT).delete("/eholdings/kb-credentials/" + id).then().statusCode(204);
    TestModule.as(TENANT).get("/eholdings/kb-credentials/" + id).then().statusCode(404);
    assertEquals(0L, module.sql("SELECT count(*) AS n FROM ehskb_mod_access_services.kb_credentials_users WHERE user_id = $1",
        UUID.fromString(user)).iterator().next().getLong("n"));
    assertEquals(null, module.sql("SELECT access_type_id FROM ehskb_mod_access_services.packages WHERE id = $1", pkg)
        .iterator().next().getUUID("access_type_id"));
  }
}
