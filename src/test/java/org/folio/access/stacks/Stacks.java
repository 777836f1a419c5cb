package org.folio.access.stacks;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.folio.access.support.TenantClient;
import org.folio.access.support.TestModule;

/** A library of one tenant for stacks tests: items put over HTTP, requests as a reader or as staff. */
public final class Stacks {
  public final String tenant;
  public final TestModule module;

  private Stacks(String tenant) {
    this.tenant = tenant;
    this.module = TestModule.get();
  }

  /** A tenant of its own, enabled with reference data (the seed's mapping tables). */
  public static Stacks library(String tenant) {
    Stacks library = new Stacks(tenant);
    TenantClient.enable(tenant, "mod-access-services-1.0.0", true, false);
    return library;
  }

  public RequestSpecification reader(UUID user) {
    return base().header("X-Okapi-User-Id", user.toString());
  }

  public RequestSpecification staff(UUID user, String... permissions) {
    return base().header("X-Okapi-User-Id", user.toString()).header("X-Okapi-Permissions",
        new JsonArray(List.of((Object[]) permissions)).encode());
  }

  public RequestSpecification anonymous() {
    return base();
  }

  private RequestSpecification base() {
    return RestAssured.given().spec(new RequestSpecBuilder().addHeader("X-Okapi-Tenant", tenant)
        .addHeader("X-Okapi-Url", "http://localhost:9130").setContentType(ContentType.JSON).build());
  }

  /** A location document: type, description and access status (either may be null). */
  public static JsonObject location(String type, String description, String accessStatus) {
    JsonObject location = new JsonObject().put("locationType", new JsonObject().put("id", type).put("label", type))
        .put("shelfmark", "MS." + Math.abs(type.hashCode() % 1000)).put("type", "Location");
    if (description != null) {
      location.put("description", new JsonObject().put("id", description).put("label", description));
    }
    if (accessStatus != null) {
      location.put("accessConditions", new JsonArray().add(new JsonObject().put("terms", "Terms")
          .put("status", new JsonObject().put("id", accessStatus).put("label", accessStatus)).put("type", "AccessCondition")));
    }
    return location;
  }

  /** A location as a value: type, description, access status. */
  public record Place(String type, String description, String accessStatus) {
    public JsonObject location() {
      return Stacks.location(type, description, accessStatus);
    }
  }

  /** Puts an item of the work at this location; its id. */
  public String item(String workId, String itemId, JsonObject location) {
    return item(workId, itemId, location, null);
  }

  public String item(String workId, String itemId, JsonObject location, String ilsLocation) {
    JsonObject item = new JsonObject().put("workId", workId).put("title", "Item " + itemId).put("copy", "1")
        .put("locations", new JsonArray().add(location)).put("type", "Item");
    if (ilsLocation != null) {
      item.put("ilsLocation", new JsonObject().put("code", ilsLocation).put("name", ilsLocation));
    }
    base().body(item.encode()).put("/stacks/items/" + itemId).then().statusCode(201);
    return itemId;
  }

  /** An item in closed stores that can be requested online, open access. */
  public String requestable(String workId, String itemId) {
    return item(workId, itemId, location("closed-stores", "online-request", "open"));
  }

  /** A requestable item that the ILS knows by this record number. */
  public String requestableInIls(String workId, String itemId, String recordNumber) {
    JsonObject item = new JsonObject().put("workId", workId).put("title", "Item " + itemId).put("ilsRecordNumber", recordNumber)
        .put("locations", new JsonArray().add(location("closed-stores", "online-request", "open"))).put("type", "Item");
    base().body(item.encode()).put("/stacks/items/" + itemId).then().statusCode(201);
    return itemId;
  }

  /** Places a request as the reader; the response status. */
  public int request(UUID user, String itemId) {
    return reader(user).body(Map.of("item", Map.of("id", itemId, "type", "Item"), "type", "Request"))
        .post("/stacks/requests").then().extract().statusCode();
  }

  public void settings(Map<String, Object> changes) {
    JsonObject settings = new JsonObject(base().get("/stacks/settings").then().statusCode(200).extract().asString());
    changes.forEach(settings::put);
    base().body(settings.encode()).put("/stacks/settings").then().statusCode(200);
  }

  public String schema() {
    return tenant + "_mod_access_services";
  }

  /** One value from the tenant's schema ({s} names it). */
  public Object value(String sql, Object... params) {
    var rows = module.sql(sql.replace("{s}", schema()), params);
    return rows.size() == 0 ? null : rows.iterator().next().getValue(0);
  }
}
