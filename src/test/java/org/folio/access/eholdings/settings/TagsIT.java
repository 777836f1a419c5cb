package org.folio.access.eholdings.settings;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.folio.access.support.TenantClient;
import org.folio.access.support.TestModule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The tags on records (as the content API writes them to record_tags) and the distinct values. */
class TagsIT {
  private static final String TENANT = "ehstags";
  private static final String BAD_TYPE = "Invalid 'filter[rectype]' parameter value: book."
      + " Possible values: provider, package, title, resource";
  private static TestModule module;

  @BeforeAll
  static void tagSomeRecords() {
    module = TestModule.get();
    TenantClient.enable(TENANT, "mod-access-services-1.0.0", true, false);
    tag("provider", "19", "core");
    tag("package", "19-3964", "core");
    tag("package", "19-3964", "Law");
    tag("title", "762169", "ecology");
    tag("resource", "19-3964-762169", "ecology");
  }

  private static void tag(String type, String id, String tag) {
    module.sql("INSERT INTO ehstags_mod_access_services.record_tags (record_type, record_id, tag) VALUES ($1, $2, $3)",
        type, id, tag);
  }

  @Test
  void everyTagIsListedWithItsRecordWhenNoTypeIsAsked() {
    TestModule.as(TENANT).get("/eholdings/tags").then().statusCode(200)
        .body("data", hasSize(5)).body("meta.totalResults", equalTo(5))
        .body("data.attributes.value", contains("core", "core", "ecology", "ecology", "Law"))
        .body("data[0].type", equalTo("tags"))
        .body("data[0].relationships.record.data.type", equalTo("packages"))
        .body("data[0].relationships.record.data.id", equalTo("19-3964"));
  }

  @Test
  void theRecordTypesAskedForFilterTheTags() {
    TestModule.as(TENANT).get("/eholdings/tags?filter[rectype]=provider&filter[rectype]=title").then().statusCode(200)
        .body("data.relationships.record.data.type", contains("providers", "titles"))
        .body("data.attributes.value", contains("core", "ecology"));
  }

  @Test
  void aTagOnARecordKeepsItsId() {
    String first = TestModule.as(TENANT).get("/eholdings/tags?filter[rectype]=provider").then().extract().path("data[0].id");
    String again = TestModule.as(TENANT).get("/eholdings/tags?filter[rectype]=provider").then().extract().path("data[0].id");
    assertEquals(first, again);
  }

  @Test
  void theSummaryHasEachValueOnce() {
    TestModule.as(TENANT).get("/eholdings/tags/summary?filter[rectype]=provider&filter[rectype]=package"
            + "&filter[rectype]=title&filter[rectype]=resource").then().statusCode(200)
        .body("data.attributes.value", contains("core", "ecology", "Law"))
        .body("data[0].type", equalTo("tags")).body("meta.totalResults", equalTo(3));
    TestModule.as(TENANT).get("/eholdings/tags/summary?filter[rectype]=package").then().statusCode(200)
        .body("data.attributes.value", contains("core", "Law"));
  }

  @Test
  void anUnknownRecordTypeIsABadRequestNamingIt() {
    for (String path : List.of("/eholdings/tags", "/eholdings/tags/summary")) {
      TestModule.as(TENANT).get(path + "?filter[rectype]=package&filter[rectype]=book").then().statusCode(400)
          .body("errors[0].title", equalTo(BAD_TYPE));
    }
  }

  @Test
  void aTenantWithoutTagsHasNone() {
    TestModule.as("diku").get("/eholdings/tags/summary").then().statusCode(200).body("data", hasSize(0));
  }
}
