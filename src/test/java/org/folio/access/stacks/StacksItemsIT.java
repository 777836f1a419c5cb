package org.folio.access.stacks;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Staff upkeep of items, the mapping tables and the requesting rules, over HTTP against a real database. */
class StacksItemsIT {
  private static Stacks library;
  private static Stacks other;

  @BeforeAll
  static void start() {
    library = Stacks.library("stacksitems");
    other = Stacks.library("stacksother");
  }

  @Test
  void anItemIsCreatedThenReplacedAndReadBackWithItsIlsStatus() {
    JsonObject item = new JsonObject().put("workId", "b1000001").put("title", "Volume 1").put("copy", "2")
        .put("locations", new JsonArray().add(Stacks.location("closed-stores", "online-request", "open")))
        .put("ilsRecordNumber", "1000001").put("ilsLocation", new JsonObject().put("code", "sicon").put("name", "Iconographic"))
        .put("opacMessage", "f");
    library.anonymous().body(item.encode()).put("/stacks/items/i1000001").then().statusCode(201)
        .body("id", equalTo("i1000001")).body("status.id", equalTo("-")).body("status.label", equalTo("Available"));
    item.put("title", "Volume 1, revised");
    library.anonymous().body(item.encode()).put("/stacks/items/i1000001").then().statusCode(200)
        .body("title", equalTo("Volume 1, revised"));
    library.anonymous().get("/stacks/items/i1000001").then().statusCode(200)
        .body("workId", equalTo("b1000001")).body("locations[0].locationType.id", equalTo("closed-stores"))
        .body("locations[0].description.id", equalTo("online-request")).body("ilsLocation.code", equalTo("sicon"))
        .body("opacMessage", equalTo("f")).body("copy", equalTo("2")).body("type", equalTo("Item"));
  }

  @Test
  void anItemIdThatIsNoIdIsABadRequestNamingIt() {
    library.anonymous().body(Map.of("workId", "b1", "locations", List.of())).put("/stacks/items/no id!").then()
        .statusCode(400).body("errors[0].code", equalTo("INVALID_ID"))
        .body("errors[0].parameters[0].key", equalTo("itemId"));
  }

  @Test
  void anUnknownLocationTypeIsRefusedNamingTheField() {
    JsonObject item = new JsonObject().put("workId", "b1000002")
        .put("locations", new JsonArray().add(Stacks.location("in-the-attic", null, null)));
    library.anonymous().body(item.encode()).put("/stacks/items/i1000002").then().statusCode(422)
        .body("errors[0].parameters[0].key", equalTo("locations[0].locationType.id"));
    library.anonymous().get("/stacks/items/i1000002").then().statusCode(404);
  }

  @Test
  void anItemWithoutWorkIsRefused() {
    library.anonymous().body(Map.of("locations", List.of())).put("/stacks/items/i1000003").then()
        .statusCode(422).body("errors[0].message", containsString("workId"));
  }

  @Test
  void itemsAreFoundByCqlOnWorkLocationTypeDescriptionAndAccessStatus() {
    library.item("b2000001", "i2000001", Stacks.location("closed-stores", "online-request", "open"));
    library.item("b2000001", "i2000002", Stacks.location("closed-stores", "manual-request", "by-appointment"));
    library.item("b2000001", "i2000003", Stacks.location("open-shelves", "medc", "open"));
    library.anonymous().queryParam("query", "workId==b2000001 and locationType==closed-stores sortBy id")
        .get("/stacks/items").then().statusCode(200).body("totalRecords", equalTo(2))
        .body("items.id", contains("i2000001", "i2000002"));
    library.anonymous().queryParam("query", "workId==b2000001 and accessStatus==by-appointment")
        .get("/stacks/items").then().statusCode(200).body("items.id", contains("i2000002"));
    library.anonymous().queryParam("query", "workId==b2000001 and description==medc")
        .get("/stacks/items").then().statusCode(200).body("items.id", contains("i2000003"));
  }

  @Test
  void everyLocationOfAnItemIsSearchedNotOnlyItsFirst() {
    JsonObject online = Stacks.location("online", "iiif-presentation", "licensed-resources").put("shelfmark", "IIIF 17");
    JsonObject item = new JsonObject().put("workId", "b2000002").put("title", "Two locations").put("type", "Item")
        .put("locations", new JsonArray().add(Stacks.location("closed-stores", "online-request", "open")
            .put("shelfmark", "MS.5678")).add(online));
    library.anonymous().body(item.encode()).put("/stacks/items/i2000004").then().statusCode(201);
    library.item("b2000002", "i2000005", Stacks.location("online", "external-resource", "open"));
    library.item("b2000002", "i2000006", Stacks.location("open-shelves", "medc", "open"));
    for (String query : List.of("locationType==online", "description==iiif-presentation", "accessStatus==licensed-resources",
        "shelfmark==\"iiif 17\"", "locationType==closed-stores and description==iiif-presentation")) {
      library.anonymous().queryParam("query", "workId==b2000002 and " + query + " sortBy id").get("/stacks/items").then()
          .statusCode(200).body("items.id", hasItem("i2000004"));
    }
    library.anonymous().queryParam("query", "workId==b2000002 and locationType==online sortBy id").get("/stacks/items").then()
        .body("items.id", contains("i2000004", "i2000005"));
    library.anonymous().queryParam("query", "workId==b2000002 not locationType==online").get("/stacks/items").then()
        .body("items.id", contains("i2000006"));
    library.anonymous().queryParam("query", "workId==b2000002 and shelfmark==MS.56*").get("/stacks/items").then()
        .body("items.id", contains("i2000004"));
    library.anonymous().queryParam("query", "workId==b2000002 sortBy description/sort.descending id").get("/stacks/items").then()
        .statusCode(200).body("items.id", contains("i2000006", "i2000004", "i2000005"));
  }

  @Test
  void aQueryThatIsNotCqlIsABadRequestNamingTheParameter() {
    library.anonymous().queryParam("query", "workId==").get("/stacks/items").then().statusCode(400)
        .body("errors[0].parameters[0].key", equalTo("query"));
    library.anonymous().queryParam("query", "patronName==x").get("/stacks/items").then().statusCode(400);
  }

  @Test
  void anItemIsDeletedOnlyWhenNobodyHasRequestedIt() {
    library.requestable("b3000001", "i3000001");
    UUID reader = UUID.randomUUID();
    library.request(reader, "i3000001");
    library.anonymous().delete("/stacks/items/i3000001").then().statusCode(409)
        .body("errors[0].code", equalTo("ITEM_HAS_REQUESTS"));
    String request = library.reader(reader).get("/stacks/requests").then().extract().path("results[0].id");
    library.reader(reader).delete("/stacks/requests/" + request).then().statusCode(204);
    library.anonymous().delete("/stacks/items/i3000001").then().statusCode(204);
    library.anonymous().get("/stacks/items/i3000001").then().statusCode(404);
    library.anonymous().delete("/stacks/items/i3000001").then().statusCode(404);
    library.anonymous().get("/stacks/works/b3000001").then().statusCode(200).body("items", equalTo(List.of()));
  }

  @Test
  void tenantsDoNotSeeEachOthersItems() {
    library.requestable("b4000001", "i4000001");
    other.anonymous().get("/stacks/items/i4000001").then().statusCode(404);
    other.anonymous().get("/stacks/works/b4000001").then().statusCode(404);
    other.anonymous().queryParam("query", "workId==b4000001").get("/stacks/items").then().body("totalRecords", equalTo(0));
  }

  @Test
  void theSeedsMappingTablesAreReferenceDataAndEditable() {
    library.anonymous().get("/stacks/location-mappings").then().statusCode(200)
        .body("locationTypes.find { it.ilsCode == 'whml' }.locationType", equalTo("open-shelves"))
        .body("locationTypes.findAll { it.locationType == 'closed-stores' }.ilsCode", contains("arch", "hamp", "mfvl", "stax"))
        .body("locationTypes.findAll { it.locationType == 'online' }.ilsCode", contains("digi", "elro"))
        .body("descriptions.find { it.opacMessage == 'f' }.description.id", equalTo("online-request"))
        .body("descriptions.findAll { it.description?.id == 'manual-request' }.opacMessage", contains("a", "n", "p", "q"))
        .body("descriptions.find { it.ilsLocation == 'digi' }.description.id", equalTo("iiif-presentation"))
        .body("descriptions.find { it.ilsLocation == 'elro' }.description.id", equalTo("external-resource"));
    String tables = other.anonymous().get("/stacks/location-mappings").then().extract().asString();
    JsonObject changed = new JsonObject(tables);
    changed.getJsonArray("locationTypes").add(new JsonObject().put("ilsCode", "exhib").put("locationType", "on-exhibition"));
    other.anonymous().body(changed.encode()).put("/stacks/location-mappings").then().statusCode(200)
        .body("locationTypes.ilsCode", hasItem("exhib"));
    other.anonymous().get("/stacks/location-mappings").then().body("locationTypes.ilsCode", hasItem("exhib"));
    library.anonymous().get("/stacks/location-mappings").then().body("locationTypes.ilsCode", not(hasItem("exhib")));
  }

  @Test
  void aCodeMappedTwiceIsRefusedAndNothingChanges() {
    JsonObject tables = new JsonObject().put("descriptions", new JsonArray())
        .put("locationTypes", new JsonArray().add(new JsonObject().put("ilsCode", "stax").put("locationType", "closed-stores"))
            .add(new JsonObject().put("ilsCode", "stax").put("locationType", "online")));
    library.anonymous().body(tables.encode()).put("/stacks/location-mappings").then().statusCode(422)
        .body("errors[0].parameters[0].value", equalTo("stax"));
    library.anonymous().get("/stacks/location-mappings").then().body("locationTypes.size()", equalTo(7));
  }

  @Test
  void theRequestingRulesHaveDefaultsAndAreChecked() {
    other.anonymous().get("/stacks/settings").then().statusCode(200).body("holdLimit", equalTo(15))
        .body("cutoffTime", equalTo("10:00")).body("remoteLeadDays", equalTo(10))
        .body("pickupLocation.id", equalTo("sepbb"));
    JsonObject settings = new JsonObject(other.anonymous().get("/stacks/settings").then().extract().asString());
    other.anonymous().body(settings.copy().put("timeZone", "Mars/Olympus").encode()).put("/stacks/settings").then()
        .statusCode(422).body("errors[0].parameters[0].key", equalTo("timeZone"));
    other.anonymous().body(settings.copy().put("cutoffTime", "25:00").encode()).put("/stacks/settings").then().statusCode(422);
    other.anonymous().body(settings.copy().put("closedDates", new JsonArray().add("2026-02-30")).encode())
        .put("/stacks/settings").then().statusCode(422).body("errors[0].parameters[0].key", equalTo("closedDates"));
    other.anonymous().get("/stacks/settings").then().body("timeZone", equalTo("Europe/London")).body("closedDates", equalTo(List.of()));
    other.anonymous().get("/stacks/settings").then().body("unknownField", nullValue());
  }
}
