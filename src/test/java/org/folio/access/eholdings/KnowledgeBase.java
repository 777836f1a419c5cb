package org.folio.access.eholdings;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.folio.access.support.TenantClient;
import org.folio.access.support.TestModule;

/**
 * Managed content of one test tenant, written straight into the tables the way an importer does (columns
 * and documents in step, package counts kept true). Custom content is made through the API instead.
 */
public final class KnowledgeBase {
  private final TestModule module;
  private final String tenant;

  private KnowledgeBase(TestModule module, String tenant) {
    this.module = module;
    this.tenant = tenant;
  }

  /** Enables the tenant (with reference data) and answers its knowledge base. */
  public static KnowledgeBase enable(String tenant) {
    TestModule module = TestModule.get();
    TenantClient.enable(tenant, "mod-access-services-1.0.0", true, false);
    return new KnowledgeBase(module, tenant);
  }

  public String tenant() {
    return tenant;
  }

  public String table(String name) {
    return "\"" + tenant + "_mod_access_services\"." + name;
  }

  public Row one(String sql, Object... params) {
    return module.sql(sql.replace("{schema}", "\"" + tenant + "_mod_access_services\""), params).iterator().next();
  }

  public void run(String sql, Object... params) {
    module.sql(sql.replace("{schema}", "\"" + tenant + "_mod_access_services\""), params);
  }

  public long provider(String name) {
    JsonObject doc = new JsonObject().put("supportsCustomPackages", false)
        .put("providerToken", new JsonObject().put("factName", "[[siteid]]").put("prompt", "/site/").put("helpText", "Site id"));
    return one("INSERT INTO {schema}.providers (name, jsonb) VALUES ($1, $2::text::jsonb) RETURNING id", name, doc.encode())
        .getLong("id");
  }

  public long ownProvider() {
    return one("SELECT id FROM {schema}.providers WHERE is_own").getLong("id");
  }

  public long managedPackage(long providerId, String name, String contentType) {
    JsonObject doc = new JsonObject().put("packageType", "Complete").put("allowKbToAddTitles", false);
    return one("INSERT INTO {schema}.packages (provider_id, name, content_type, is_custom, jsonb)"
        + " VALUES ($1, $2, $3, false, $4::text::jsonb) RETURNING id", providerId, name, contentType, doc.encode()).getLong("id");
  }

  /** A managed title; identifiers are ISSNs and ISBNs as printed (with hyphens). */
  public long title(String name, String publicationType, String publisher, String... identifiers) {
    JsonArray ids = new JsonArray();
    Arrays.stream(identifiers).forEach(i -> ids.add(new JsonObject().put("id", i).put("type", i.length() > 10 ? "ISBN" : "ISSN")
        .put("subtype", "Print")));
    String[] isxn = Arrays.stream(identifiers).map(i -> i.replace("-", "").toUpperCase(Locale.ROOT)).toArray(String[]::new);
    JsonObject doc = new JsonObject().put("name", name).put("publicationType", publicationType).put("publisherName", publisher)
        .put("identifiers", ids).put("subjects", new JsonArray().add(new JsonObject().put("type", "TLI").put("subject", "Ecology")))
        .put("contributors", new JsonArray());
    return one("INSERT INTO {schema}.titles (name, publication_type, publisher_name, is_custom, isxn, subjects, jsonb)"
        + " VALUES ($1, $2, $3, false, $4, 'Ecology', $5::text::jsonb) RETURNING id",
        name, publicationType, publisher, isxn, doc.encode()).getLong("id");
  }

  /** A managed resource with managed coverage; the package's counts follow. */
  public void resource(long providerId, long packageId, long titleId, boolean selected) {
    JsonObject doc = new JsonObject().put("url", "https://content.example.org/" + titleId)
        .put("managedCoverages", new JsonArray().add(new JsonObject().put("beginCoverage", "1990-01-01").put("endCoverage", "")))
        .put("managedEmbargoPeriod", new JsonObject().put("embargoUnit", "Months").put("embargoValue", 12));
    run("INSERT INTO {schema}.resources (package_id, title_id, provider_id, is_selected, jsonb)"
        + " VALUES ($1, $2, $3, $4, $5::text::jsonb)", packageId, titleId, providerId, selected, doc.encode());
    run("UPDATE {schema}.packages SET title_count = title_count + 1, selected_count = selected_count + $2,"
        + " is_selected = is_selected OR $3 WHERE id = $1", packageId, selected ? 1 : 0, selected);
  }

  public UUID accessType(String name) {
    UUID id = UUID.randomUUID();
    JsonObject doc = new JsonObject().put("name", name).put("description", name + " content");
    run("INSERT INTO {schema}.access_types (id, credentials_id, name, jsonb) VALUES ($1, $2, $3, $4::text::jsonb)",
        id, EholdingsTenantData.DEFAULT_CREDENTIALS_ID, name, doc.encode());
    return id;
  }

  public void rootProxy(String proxyId) {
    run("UPDATE {schema}.kb_credentials SET jsonb = jsonb_set(jsonb, '{rootProxyId}', to_jsonb($1::text))", proxyId);
  }
}
