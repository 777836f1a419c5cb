package org.folio.access.circulation;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.folio.access.support.TenantClient;
import org.folio.access.support.TestModule;

/**
 * A library of one tenant for circulation tests: eholdings resources written straight into the tables (as
 * the storage contract of V002__eholdings.sql says, since the eholdings API is built elsewhere), lendables
 * made over HTTP, and requests as a patron or as staff.
 */
public final class Econtent {
  private static final AtomicInteger NAMES = new AtomicInteger();
  public final String tenant;
  public final TestModule module;

  private Econtent(String tenant) {
    this.tenant = tenant;
    this.module = TestModule.get();
  }

  /** A tenant of its own, enabled as a gateway does. */
  public static Econtent library(String tenant) {
    Econtent library = new Econtent(tenant);
    TenantClient.enable(tenant, "mod-access-services-1.0.0", false, false);
    return library;
  }

  /** A request as the patron (X-Okapi-User-Id). */
  public RequestSpecification patron(UUID patron) {
    return base().header("X-Okapi-User-Id", patron.toString());
  }

  /** A request as staff holding the given permissions. */
  public RequestSpecification staff(UUID user, String... permissions) {
    return base().header("X-Okapi-User-Id", user.toString())
        .header("X-Okapi-Permissions", "[" + String.join(",", List.of(permissions).stream().map(p -> "\"" + p + "\"").toList()) + "]");
  }

  /** A request with no user at all. */
  public RequestSpecification anonymous() {
    return base();
  }

  private RequestSpecification base() {
    TestModule.get();
    return RestAssured.given().spec(new RequestSpecBuilder().addHeader("X-Okapi-Tenant", tenant)
        .addHeader("X-Okapi-Url", "http://localhost:9130").setContentType(ContentType.JSON).build());
  }

  /** An eholdings resource (provider, package, title, resource rows) with this access URL; its id. */
  public String resource(String title, String url) {
    int n = NAMES.incrementAndGet();
    long provider = module.sql("INSERT INTO " + schema() + ".providers (name, jsonb) VALUES ($1, '{}') RETURNING id",
        "Provider " + n).iterator().next().getLong("id");
    long pkg = module.sql("INSERT INTO " + schema() + ".packages (provider_id, name, content_type, is_custom, jsonb)"
        + " VALUES ($1, $2, 'E-Book', false, '{\"packageType\":\"Complete\"}') RETURNING id", provider, "Package " + n)
        .iterator().next().getLong("id");
    long titleId = module.sql("INSERT INTO " + schema() + ".titles (name, publication_type, is_custom, jsonb)"
        + " VALUES ($1, 'Book', false, jsonb_build_object('name', $1::text, 'publicationType', 'Book')) RETURNING id", title)
        .iterator().next().getLong("id");
    module.sql("INSERT INTO " + schema() + ".resources (package_id, title_id, provider_id, is_selected, jsonb)"
        + " VALUES ($1, $2, $3, true, jsonb_build_object('url', $4::text))", pkg, titleId, provider, url);
    return provider + "-" + pkg + "-" + titleId;
  }

  /** A one-copy-one-user e-book with this many copies; its resource id. */
  public String ebook(String title, int copies) {
    return lendable(resource(title, "https://books.example.com/" + title.toLowerCase().replace(' ', '-')),
        Map.of("licenseModel", "one-copy-one-user", "copies", copies));
  }

  /** Makes the resource lendable: an e-book in epub (Adobe DRM) from the local source, with the given licence fields. */
  public String lendable(String resourceId, Map<String, Object> licence) {
    Map<String, Object> body = new HashMap<>(Map.of("mediaType", "ebook",
        "formats", List.of(Map.of("type", "epub", "drm", "adobe-acs"), Map.of("type", "pdf", "drm", "none")),
        "source", Map.of("type", "local")));
    body.putAll(licence);
    base().body(body).put("/econtent/lendables/" + resourceId).then().statusCode(201);
    return resourceId;
  }

  /** Checks out as the patron; the loan id. */
  public String checkOut(UUID patron, String resourceId) {
    return patron(patron).body(Map.of("resourceId", resourceId)).post("/econtent/loans")
        .then().statusCode(201).extract().path("id");
  }

  /** Places a hold as the patron; the hold id. */
  public String hold(UUID patron, String resourceId) {
    return patron(patron).body(Map.of("resourceId", resourceId)).post("/econtent/holds")
        .then().statusCode(201).extract().path("id");
  }

  public void policy(Map<String, Object> changes) {
    Map<String, Object> policy = new HashMap<>(Map.of(
        "loanPeriodDays", Map.of("ebook", 21, "eaudio", 14, "emagazine", 7, "video", 3),
        "renewalLimit", 2, "maxOpenLoans", 10, "maxWaitingHolds", 10,
        "holdFulfillment", "auto-checkout", "reservationHours", 72));
    policy.putAll(changes);
    base().body(policy).put("/econtent/loan-policy").then().statusCode(200);
  }

  public String schema() {
    return "\"" + tenant + "_mod_access_services\"";
  }

  /** One value from the tenant's schema (SQL may name tables unqualified via {s}). */
  public Object value(String sql, Object... params) {
    var rows = module.sql(sql.replace("{s}", schema()), params);
    return rows.size() == 0 ? null : rows.iterator().next().getValue(0);
  }
}
