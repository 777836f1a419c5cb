package org.folio.access.ill;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.folio.access.support.TenantClient;
import org.folio.access.support.TestModule;

/** An ILL department of one tenant for tests: staff requests over HTTP and named example transactions. */
public final class Ill {
  public static final UUID STAFF = UUID.fromString("7e1c2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f");
  public final String tenant;
  public final TestModule module;

  private Ill(String tenant) {
    this.tenant = tenant;
    this.module = TestModule.get();
  }

  public static Ill department(String tenant) {
    Ill ill = new Ill(tenant);
    TenantClient.enable(tenant, "mod-access-services-1.0.0", false, false);
    return ill;
  }

  /** A request as ILL staff. */
  public RequestSpecification staff() {
    return RestAssured.given().spec(new RequestSpecBuilder().addHeader("X-Okapi-Tenant", tenant)
        .addHeader("X-Okapi-User-Id", STAFF.toString()).setContentType(ContentType.JSON).build());
  }

  /** A loan request for a book with two ISBNs. */
  public static Map<String, Object> measureOfReality() {
    Map<String, Object> t = new HashMap<>();
    t.put("requestType", "Loan");
    t.put("documentType", "Book");
    t.put("title", "The Measure of Reality");
    t.put("author", "Crosby, Alfred W.");
    t.put("loanDate", "1997");
    t.put("isbns", List.of("978-0-521-63990-3", "0521639905"));
    t.put("patron", patron());
    t.put("pickupLocation", "LAW");
    return t;
  }

  /** A loan request for a thesis without ISBN. */
  public static Map<String, Object> thesisWithoutIsbn() {
    Map<String, Object> t = new HashMap<>();
    t.put("requestType", "Loan");
    t.put("documentType", "thesis");
    t.put("title", "Nitrogen fixation in alpine meadows");
    t.put("author", "Lindqvist, Maja");
    t.put("loanDate", "2011");
    t.put("patron", patron());
    t.put("pickupLocation", "JRLMAIN");
    return t;
  }

  /** An article request. */
  public static Map<String, Object> seedDispersalArticle() {
    Map<String, Object> t = new HashMap<>();
    t.put("requestType", "Article");
    t.put("documentType", "Article");
    t.put("title", "Journal of Ecology");
    t.put("journalTitle", "Journal of Ecology");
    t.put("articleTitle", "Seed dispersal by ants");
    t.put("articleDate", "2019-03");
    t.put("issns", List.of("0022-0477"));
    t.put("patron", patron());
    return t;
  }

  static Map<String, Object> patron() {
    Map<String, Object> p = new HashMap<>();
    p.put("id", "0f5a3c1e-7d3b-4b7a-9f0e-2c4d5e6f7a8b");
    p.put("barcode", "21234000123456");
    p.put("username", "jdoe");
    p.put("lastName", "Doe");
    p.put("userInfo1", "s3cret-pass");
    return p;
  }

  /** Creates the transaction; its document. */
  public JsonPath create(Map<String, Object> transaction) {
    return staff().body(transaction).post("/ill/transactions").then().statusCode(201).extract().jsonPath();
  }

  public JsonPath get(String id) {
    return staff().get("/ill/transactions/" + id).then().statusCode(200).extract().jsonPath();
  }

  /** Replaces the settings; the answer. */
  public JsonPath settings(Map<String, Object> settings) {
    return staff().body(settings).put("/ill/settings").then().statusCode(200).extract().jsonPath();
  }

  /** One value from the tenant's schema; {s} stands for the schema. */
  public Object value(String sql, Object... params) {
    var rows = module.sql(sql.replace("{s}", tenant + "_mod_access_services"), params);
    return rows.size() == 0 ? null : rows.iterator().next().getValue(0);
  }
}
