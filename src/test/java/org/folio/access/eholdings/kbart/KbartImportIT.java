package org.folio.access.eholdings.kbart;

import static org.folio.access.eholdings.kbart.KbartFiles.file;
import static org.folio.access.eholdings.kbart.KbartFiles.importAndWait;
import static org.folio.access.eholdings.kbart.KbartFiles.journal;
import static org.folio.access.eholdings.kbart.KbartFiles.packageId;
import static org.folio.access.eholdings.kbart.KbartFiles.upload;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.util.List;
import org.folio.access.support.TenantClient;
import org.folio.access.support.TestModule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** KBART imports through HTTP against the running module: rejected lines, deltas, customisations, counts. */
class KbartImportIT {
  private static final String TENANT = "kbart";
  private static final String SCHEMA = TENANT + "_mod_access_services";
  private static TestModule module;

  @BeforeAll
  static void enable() {
    module = TestModule.get();
    TenantClient.enable(TENANT, "mod-access-services-1.0.0", true, false);
  }

  static String coastalEcology() {
    return journal("Journal of Coastal Ecology", Isxn.issnOf(100), Isxn.issnOf(101), "1998", "2019-06", "https://j.example.org/jce");
  }

  static String estuaryReview() {
    return journal("Estuary Review", Isxn.issnOf(200), "", "2005", "", "https://j.example.org/er");
  }

  static String saltMarshLetters() {
    return journal("Salt Marsh Letters", "", Isxn.issnOf(300), "2010", "", "");
  }

  static String tidalStudies(String first, String last) {
    return journal("Tidal Studies", "", Isxn.issnOf(400), first, last, "https://j.example.org/ts");
  }

  @Test
  void aFileWithMalformedLinesImportsTheGoodOnesAndReportsTheBadOnesByNumber() {
    // titles of its own: with issue 15 a title that another package holds keeps its data (the delta test renames
    // Journal of Coastal Ecology in its package)
    String body = file(journal("Journal of Coastal Ecology", Isxn.issnOf(110), Isxn.issnOf(111), "1998", "2019-06", "https://j.example.org/jce"),
        journal("Marine Letters", "", "1476-4688", "2001", "", ""),
        estuaryReview(),
        journal("Dune Research", "", Isxn.issnOf(600), "2001-02-30", "", ""),
        "only\ttwo",
        journal("", "", Isxn.issnOf(700), "", "", ""));
    Response posted = upload(TENANT, "Northbridge Scholarly", "Coastal Journals", body);
    posted.then().statusCode(202)
        .header("Location", startsWith("/eholdings/kbart-imports/"))
        .contentType(startsWith("application/vnd.api+json"))
        .body("data.type", equalTo("kbartImports"))
        .body("data.attributes.state", in(List.of("queued", "running")))
        .body("data.attributes.linesRead", equalTo(6))
        .body("data.attributes.linesRejected", equalTo(4))
        .body("data.attributes.packageName", equalTo("Coastal Journals"));
    assertEquals(posted.header("Location"), "/eholdings/kbart-imports/" + posted.jsonPath().getString("data.id"));

    JsonPath done = KbartFiles.waitFor(TENANT, posted.header("Location"));
    assertEquals("completed", done.getString("state"));
    assertEquals(List.of(3, 5, 6, 7), done.getList("rejectedLines.line"));
    assertEquals("online_identifier '1476-4688' is not a valid ISSN", done.getString("rejectedLines[0].reason"));
    assertTrue(done.getString("rejectedLines[1].reason").startsWith("date_first_issue_online '2001-02-30' is not a date"));
    assertEquals("expected 25 tab-separated columns as in the header, found 2", done.getString("rejectedLines[2].reason"));
    assertEquals("publication_title is empty", done.getString("rejectedLines[3].reason"));
    assertEquals(2, done.getInt("titlesAdded"));
    assertEquals(2, done.getInt("linesMerged"));
    assertEquals(100, done.getInt("percent"));

    Row pkg = module.sql("SELECT k.*, p.external_key AS provider_key, p.is_own FROM " + SCHEMA + ".packages k JOIN "
        + SCHEMA + ".providers p ON p.id = k.provider_id WHERE k.external_key = 'coastal journals'").iterator().next();
    assertEquals(false, pkg.getBoolean("is_custom"));
    assertEquals("northbridge scholarly", pkg.getString("provider_key"));
    assertEquals(false, pkg.getBoolean("is_own"));
    assertEquals("E-Journal", pkg.getString("content_type"));
    assertEquals(2, pkg.getInteger("title_count"));
    assertEquals(pkg.getLong("provider_id") + "-" + pkg.getLong("id"), done.getString("packageId"));

    Row title = module.sql("SELECT t.*, t.jsonb::text AS doc FROM " + SCHEMA + ".titles t WHERE external_key = $1",
        "issn:" + Isxn.compact(Isxn.issnOf(111))).iterator().next();
    JsonObject doc = new JsonObject(title.getString("doc"));
    assertEquals("Journal of Coastal Ecology", title.getString("name"));
    assertEquals("Journal", title.getString("publication_type"));
    assertEquals(false, title.getBoolean("is_custom"));
    assertEquals(List.of(Isxn.compact(Isxn.issnOf(110)), Isxn.compact(Isxn.issnOf(111))), List.of(title.getArrayOfStrings("isxn")));
    assertEquals("", title.getString("subjects"));
    assertEquals(new JsonObject().put("id", Isxn.issnOf(111)).put("type", "ISSN").put("subtype", "Online"),
        doc.getJsonArray("identifiers").getJsonObject(1));
    assertEquals(new JsonArray(), doc.getJsonArray("subjects"));
    assertEquals("Northbridge Scholarly", doc.getString("publisherName"));

    JsonObject resource = resourceDoc(pkg.getLong("id"), "issn:" + Isxn.compact(Isxn.issnOf(111)));
    assertEquals(new JsonArray().add(new JsonObject().put("beginCoverage", "1998-01-01").put("endCoverage", "2019-06-30")),
        resource.getJsonArray("managedCoverages"));
    assertEquals("https://j.example.org/jce", resource.getString("url"));
    assertEquals(new JsonArray(), resource.getJsonArray("customCoverages"));
    assertEquals(0, module.sql("SELECT 1 FROM " + SCHEMA + ".kbart_staged_lines").size(), "staged lines are dropped");
  }

  @Test
  void aSecondFileIsADeltaThatKeepsTheLibrarysCustomisations() {
    String pkgName = "Delta Collection";
    JsonPath first = importAndWait(TENANT, "Estuarine Press", pkgName,
        file(coastalEcology(), estuaryReview(), saltMarshLetters(), tidalStudies("2001", "2004"), tidalStudies("2008", "")));
    assertEquals(4, first.getInt("titlesAdded"));
    assertEquals(5, first.getInt("linesMerged"));
    long pkg = packageId(module, TENANT, pkgName);
    customiseCoastalEcologyAndSelectSaltMarsh(pkg);

    String changed = journal("Journal of Coastal Ecology and Management", Isxn.issnOf(100), Isxn.issnOf(101), "1998", "2021",
        "https://j.example.org/jcem");
    String marshFlats = journal("Marsh Flats", "", Isxn.issnOf(500), "2020", "", "");
    JsonPath second = importAndWait(TENANT, "estuarine press", "DELTA collection",
        file(tidalStudies("2008", ""), changed, estuaryReview(), marshFlats, tidalStudies("2001", "2004")));

    assertEquals("completed", second.getString("state"));
    assertEquals(1, second.getInt("titlesAdded"));
    assertEquals(1, second.getInt("titlesUpdated"));
    assertEquals(2, second.getInt("titlesUnchanged"));
    assertEquals(1, second.getInt("titlesRemoved"));
    assertEquals(packageId(module, TENANT, pkgName) + "", second.getString("packageId").split("-")[1]);

    Row r = module.sql("SELECT r.*, r.jsonb::text AS doc FROM " + SCHEMA + ".resources r JOIN " + SCHEMA
        + ".titles t ON t.id = r.title_id WHERE r.package_id = $1 AND t.external_key = $2",
        pkg, "issn:" + Isxn.compact(Isxn.issnOf(101))).iterator().next();
    JsonObject doc = new JsonObject(r.getString("doc"));
    assertEquals("https://j.example.org/jcem", doc.getString("url"), "managed url updated");
    assertEquals("2021-12-31", doc.getJsonArray("managedCoverages").getJsonObject(0).getString("endCoverage"));
    assertEquals(customCoverages(), doc.getJsonArray("customCoverages"), "custom coverage kept");
    assertEquals(new JsonObject().put("embargoUnit", "Months").put("embargoValue", 3), doc.getJsonObject("customEmbargoPeriod"));
    assertEquals("Local statement", doc.getString("coverageStatement"));
    assertEquals("fund 42", doc.getString("userDefinedField1"));
    assertEquals("budget", doc.getString("visibilityReason"));
    assertEquals(true, r.getBoolean("is_selected"));
    assertEquals(true, r.getBoolean("is_hidden"));
    assertEquals("EZProxy", r.getString("proxy_id"));
    assertEquals("Journal of Coastal Ecology and Management", module.sql("SELECT name FROM " + SCHEMA
        + ".titles WHERE external_key = $1", "issn:" + Isxn.compact(Isxn.issnOf(101))).iterator().next().getString("name"));

    assertEquals(0, module.sql("SELECT 1 FROM " + SCHEMA + ".titles WHERE external_key = $1",
        "issn:" + Isxn.compact(Isxn.issnOf(300))).size(), "the removed title is in no package any more");
    assertEquals(0, module.sql("SELECT 1 FROM " + SCHEMA + ".record_tags WHERE record_type = 'resource'"
        + " AND record_id LIKE $1", "%-" + pkg + "-%").size(), "the removed resource's tag is gone");
    JsonArray tidal = resourceDoc(pkg, "issn:" + Isxn.compact(Isxn.issnOf(400))).getJsonArray("managedCoverages");
    assertEquals(List.of("2008-01-01", "2001-01-01"), List.of(tidal.getJsonObject(0).getString("beginCoverage"),
        tidal.getJsonObject(1).getString("beginCoverage")), "a title's coverage lines add up, newest first");

    Row counts = module.sql("SELECT title_count, selected_count FROM " + SCHEMA + ".packages WHERE id = $1", pkg).iterator().next();
    assertEquals(4, counts.getInteger("title_count"));
    assertEquals(2, counts.getInteger("selected_count"), "coastal ecology stays selected and the new title is selected too");
    assertEquals(true, module.sql("SELECT r.is_selected FROM " + SCHEMA + ".resources r JOIN " + SCHEMA
        + ".titles t ON t.id = r.title_id WHERE r.package_id = $1 AND t.external_key = $2",
        pkg, "issn:" + Isxn.compact(Isxn.issnOf(500))).iterator().next().getBoolean("is_selected"));

    JsonPath again = importAndWait(TENANT, "Estuarine Press", pkgName,
        file(changed, estuaryReview(), marshFlats, tidalStudies("2001", "2004"), tidalStudies("2008", "")));
    assertEquals(List.of(0, 0, 4, 0), List.of(again.getInt("titlesAdded"), again.getInt("titlesUpdated"),
        again.getInt("titlesUnchanged"), again.getInt("titlesRemoved")), "the same file again changes nothing");
  }

  @Test
  void titlesAreSharedAcrossPackages() {
    importAndWait(TENANT, "Shared Press", "Shared One", file(journal("Shore Birds", "", Isxn.issnOf(900), "", "", "")));
    importAndWait(TENANT, "Other Press", "Shared Two", file(journal("Shore Birds", "", Isxn.issnOf(900), "2000", "", "")));
    String key = "issn:" + Isxn.compact(Isxn.issnOf(900));
    assertEquals(1, module.sql("SELECT 1 FROM " + SCHEMA + ".titles WHERE external_key = $1", key).size());
    assertEquals(2, module.sql("SELECT 1 FROM " + SCHEMA + ".resources r JOIN " + SCHEMA + ".titles t ON t.id = r.title_id"
        + " WHERE t.external_key = $1", key).size());
    // The name search counts a title's packages from the ids kept beside its name: the merge that created the title
    // wrote the first, the one that added its second resource the other.
    assertEquals(1, module.sql("SELECT 1 FROM " + SCHEMA + ".title_names n JOIN " + SCHEMA + ".titles t ON t.id = n.id"
        + " WHERE t.external_key = $1 AND n.package_ids = ARRAY(SELECT r.package_id FROM " + SCHEMA + ".resources r"
        + " WHERE r.title_id = t.id ORDER BY 1) AND cardinality(n.package_ids) = 2", key).size());
  }

  /** The word index is written with the titles: a name search right after an import finds what it added, renamed, removed. */
  @Test
  void importedRenamedAndRemovedTitlesAreFoundByNameAtOnce() {
    String okapi = "Okapi Field Notes";
    importAndWait(TENANT, "Okapi Press", "Okapi Journals", file(journal(okapi, "", Isxn.issnOf(950), "", "", ""),
        journal("Bongo Letters", "", Isxn.issnOf(951), "", "", "")));
    assertEquals(List.of(okapi), names("okapi"));
    assertEquals(List.of("Bongo Letters"), names("ongo lett"));
    importAndWait(TENANT, "Okapi Press", "Okapi Journals", file(journal("Sitatunga Field Notes", "", Isxn.issnOf(950), "", "", "")));
    assertEquals(List.of(), names("okapi"), "renamed: its old words no longer find it");
    assertEquals(List.of("Sitatunga Field Notes"), names("sitatunga"));
    assertEquals(List.of(), names("bongo"), "removed from its only package");
  }

  private static List<String> names(String text) {
    return TestModule.as(TENANT).queryParam("filter[name]", text)
        .get("/eholdings/titles").then().statusCode(200).extract().jsonPath().getList("data.attributes.name");
  }

  /** Four batches (three merged at once, then one), then a delta of as many: every title counted once, in order. */
  @Test
  void aDeltaOfSeveralBatchesMergedAtOnceCountsEveryTitleOnce() {
    String pkgName = "Parallel collection";
    int lines = 4 * KbartMerge.BATCH_LINES - 4_000;
    JsonPath first = importAndWait(TENANT, "Parallel Press", pkgName, generated(0, lines, n -> false));
    assertEquals(List.of(lines, lines, 0), List.of(first.getInt("linesMerged"), first.getInt("titlesAdded"), first.getInt("titlesUpdated")));

    JsonPath delta = importAndWait(TENANT, "Parallel Press", pkgName, generated(4_000, lines + 4_000, n -> n % 10 == 0));
    int kept = lines - 4_000;
    assertEquals(List.of(lines, 4_000, kept / 10, kept - kept / 10, 4_000), List.of(delta.getInt("linesMerged"),
        delta.getInt("titlesAdded"), delta.getInt("titlesUpdated"), delta.getInt("titlesUnchanged"), delta.getInt("titlesRemoved")));
    long pkg = packageId(module, TENANT, pkgName);
    Row counts = module.sql("SELECT title_count, (SELECT count(*) FROM " + SCHEMA + ".resources WHERE package_id = $1) AS resources,"
        + " (SELECT count(*) FROM " + SCHEMA + ".resources WHERE package_id = $1 AND jsonb->>'url' LIKE '%/moved/%') AS moved"
        + " FROM " + SCHEMA + ".packages WHERE id = $1", pkg).iterator().next();
    assertEquals(List.of((long) lines, (long) lines, (long) lines / 10),
        List.of(counts.getLong("title_count"), counts.getLong("resources"), counts.getLong("moved")));
  }

  /** Generated lines from..to (title numbers from 600,000); lines whose number `moves` get another url. */
  private static String generated(int from, int to, java.util.function.IntPredicate moves) {
    StringBuilder body = new StringBuilder(String.join("\t", KbartHeader.COLUMNS)).append('\n');
    for (int n = 600_000 + from; n < 600_000 + to; n++) {
      String line = GeneratedKbartFile.line(n);
      body.append(moves.test(n) ? line.replace("/titles/" + n, "/moved/" + n) : line).append('\n');
    }
    return body.toString();
  }

  /** What a librarian would have done through the resource API (being built in parallel): here with SQL. */
  private void customiseCoastalEcologyAndSelectSaltMarsh(long pkg) {
    JsonObject custom = new JsonObject().put("customCoverages", customCoverages())
        .put("customEmbargoPeriod", new JsonObject().put("embargoUnit", "Months").put("embargoValue", 3))
        .put("coverageStatement", "Local statement").put("userDefinedField1", "fund 42").put("visibilityReason", "budget");
    module.sql("UPDATE " + SCHEMA + ".resources r SET is_selected = true, is_hidden = true, proxy_id = 'EZProxy',"
        + " jsonb = r.jsonb || $3::text::jsonb FROM " + SCHEMA + ".titles t"
        + " WHERE t.id = r.title_id AND r.package_id = $1 AND t.external_key = $2",
        pkg, "issn:" + Isxn.compact(Isxn.issnOf(101)), custom.encode());
    Row marsh = module.sql("UPDATE " + SCHEMA + ".resources r SET is_selected = true FROM " + SCHEMA + ".titles t"
        + " WHERE t.id = r.title_id AND r.package_id = $1 AND t.external_key = $2 RETURNING r.provider_id, r.title_id",
        pkg, "issn:" + Isxn.compact(Isxn.issnOf(300))).iterator().next();
    module.sql("INSERT INTO " + SCHEMA + ".record_tags (record_type, record_id, tag) VALUES ('resource', $1, 'trial')",
        marsh.getLong("provider_id") + "-" + pkg + "-" + marsh.getLong("title_id"));
    module.sql("UPDATE " + SCHEMA + ".packages SET is_selected = true, selected_count = 2 WHERE id = $1", pkg);
  }

  private static JsonArray customCoverages() {
    return new JsonArray().add(new JsonObject().put("beginCoverage", "2000-01-01").put("endCoverage", "2010-12-31"));
  }

  private JsonObject resourceDoc(long pkg, String titleKey) {
    return new JsonObject(module.sql("SELECT r.jsonb::text AS doc FROM " + SCHEMA + ".resources r JOIN " + SCHEMA
        + ".titles t ON t.id = r.title_id WHERE r.package_id = $1 AND t.external_key = $2", pkg, titleKey)
        .iterator().next().getString("doc"));
  }
}
