package org.folio.access.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Enables tenants the way a gateway does: POST /_/tenant, then poll the job until it completes. */
public final class TenantClient {
  private TenantClient() {}

  public static JsonPath enable(String tenant, String moduleTo, boolean reference, boolean sample) {
    return run(tenant, Map.of("module_to", moduleTo, "parameters", parameters(reference, sample)));
  }

  public static JsonPath run(String tenant, Map<String, Object> attributes) {
    String location = given().header("X-Okapi-Tenant", tenant).contentType(ContentType.JSON).body(attributes)
        .post("/_/tenant").then().statusCode(201).extract().header("Location");
    return given().header("X-Okapi-Tenant", tenant).get(location + "?wait=60000")
        .then().statusCode(200).extract().jsonPath();
  }

  public static void purge(String tenant) {
    given().header("X-Okapi-Tenant", tenant).contentType(ContentType.JSON)
        .body(Map.of("module_from", "mod-access-services-1.0.0", "purge", true))
        .post("/_/tenant").then().statusCode(204);
  }

  private static List<Map<String, String>> parameters(boolean reference, boolean sample) {
    List<Map<String, String>> list = new ArrayList<>();
    list.add(Map.of("key", "loadReference", "value", String.valueOf(reference)));
    list.add(Map.of("key", "loadSample", "value", String.valueOf(sample)));
    return list;
  }
}
