package org.folio.access.eholdings;

import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.List;
import java.util.UUID;
import org.folio.access.support.TestModule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Title search (name, ISSN/ISBN, subject, publisher; filters; relevance; facets), one title, custom titles. */
class TitlesIT {
  private static final String TENANT = "ehtitles";
  private static KnowledgeBase kb;
  private static long press;
  private static long journals;
  private static long archive;
  private static long journalOfEcology;
  private static long ecology;
  private static UUID trial;

  @BeforeAll
  static void seed() {
    kb = KnowledgeBase.enable(TENANT);
    press = kb.provider("Title Press");
    journals = kb.managedPackage(press, "Ecology Journals", "E-Journal");
    archive = kb.managedPackage(press, "Ecology Archive", "Print");
    journalOfEcology = kb.title("Journal of Ecology", "Journal", "Ecology Press", "0022-0477");
    ecology = kb.title("Ecology", "Journal", "Ecological Society", "0012-9658");
    long letters = kb.title("Ecology Letters", "Journal", "Wiley", "1461-023X");
    long paleo = kb.title("Paleoecology Review", "Journal", "Elsevier");
    long applied = kb.title("Applied Ecology Methods", "Book", "Springer", "978-3-16-148410-0");
    long marine = kb.title("Marine Biology", "Journal", "Springer");
    kb.resource(press, journals, journalOfEcology, true);
    kb.resource(press, journals, ecology, false);
    kb.resource(press, journals, letters, true);
    kb.resource(press, journals, paleo, false);
    kb.resource(press, archive, journalOfEcology, false);
    kb.resource(press, archive, applied, false);
    kb.resource(press, archive, marine, true);
    trial = kb.accessType("Trial");
    kb.run("UPDATE {schema}.resources SET access_type_id = $1 WHERE title_id = $2", trial, marine);
  }

  private static RequestSpecification api() {
    return TestModule.as(TENANT);
  }

  private static ValidatableResponse search(String query) {
    return api().get("/eholdings/titles?" + query).then();
  }

  @Test
  void aNameSearchRanksExactThenPrefixThenWholeWordThenSubstring() {
    search("filter[name]=ecology").statusCode(200)
        .body("data.attributes.name", contains("Ecology", "Ecology Letters", "Applied Ecology Methods", "Journal of Ecology",
            "Paleoecology Review"))
        .body("meta.totalResults", equalTo(5))
        .body("facets.packages.name", contains("Ecology Journals", "Ecology Archive"))
        .body("facets.packages.count", contains(4, 2))
        .body("facets.packages[0].id", equalTo((int) journals));
    search("filter[name]=ecology&sort=name").statusCode(200)
        .body("data.attributes.name", contains("Applied Ecology Methods", "Ecology", "Ecology Letters", "Journal of Ecology",
            "Paleoecology Review"));
    search("filter[name]=ECOLOGY journal").statusCode(200).body("data.attributes.name", contains("Journal of Ecology"));
    search("filter[name]=ecology&count=2&page=3").statusCode(200)
        .body("data.attributes.name", contains("Paleoecology Review")).body("meta.totalResults", equalTo(5));
  }

  @Test
  void aListedTitleCarriesWhatTheSearchScreenReads() {
    search("filter[name]=journal of ecology").statusCode(200)
        .body("data[0].id", equalTo(String.valueOf(journalOfEcology)))
        .body("data[0].type", equalTo("titles"))
        .body("data[0].attributes.publicationType", equalTo("Journal"))
        .body("data[0].attributes.publisherName", equalTo("Ecology Press"))
        .body("data[0].attributes.isTitleCustom", equalTo(false))
        .body("data[0].attributes.hasSelectedResource", equalTo(true))
        .body("data[0].attributes.identifiers[0].id", equalTo("0022-0477"))
        .body("data[0].attributes.subjects[0].subject", equalTo("Ecology"))
        .body("data[0].relationships.resources.meta.included", equalTo(false));
  }

  @Test
  void issnAndIsbnAreFoundWithOrWithoutHyphens() {
    search("filter[isxn]=0022-0477").statusCode(200).body("data.attributes.name", contains("Journal of Ecology"));
    search("filter[isxn]=00220477").statusCode(200).body("data.attributes.name", contains("Journal of Ecology"));
    search("filter[isxn]=1461-023x").statusCode(200).body("data.attributes.name", contains("Ecology Letters"));
    search("filter[isxn]=9783161484100").statusCode(200).body("data.attributes.name", contains("Applied Ecology Methods"));
    search("filter[isxn]=0022-047").statusCode(200).body("data", empty());
  }

  @Test
  void subjectsAndPublishersAreSearched() {
    search("filter[subject]=ecology&filter[type]=book").statusCode(200).body("data.attributes.name", contains("Applied Ecology Methods"));
    search("filter[publisher]=springer").statusCode(200).body("data.attributes.name", contains("Applied Ecology Methods", "Marine Biology"));
    search("filter[publisher]=ecolog").statusCode(200).body("data.attributes.name", contains("Ecology", "Journal of Ecology"));
  }

  @Test
  void exactlyOneNameFilterIsNeededUnlessTagsOrAccessTypesFilter() {
    api().get("/eholdings/titles").then().statusCode(400)
        .body("errors[0].title", equalTo("All of filter[name], filter[isxn], filter[subject] and filter[publisher] cannot be missing."));
    search("filter[selected]=true").statusCode(400);
    search("filter[name]=ecology&filter[isxn]=0022-0477").statusCode(400).body("errors[0].title", equalTo("Conflicting filter parameters"));
    search("filter[access-type]=Trial").statusCode(200).body("data.attributes.name", contains("Marine Biology"));
  }

  @Test
  void searchTextIsMatchedLiterallyAndOddCharactersNeverBreakIt() {
    api().queryParam("filter[name]", "100%_(x").get("/eholdings/titles").then().statusCode(200).body("data", empty());
    api().queryParam("filter[name]", "ecology\\").get("/eholdings/titles").then().statusCode(200).body("data", empty());
    api().queryParam("filter[name]", "[eco").get("/eholdings/titles").then().statusCode(200).body("data", empty());
    api().queryParam("filter[name]", "eco\u0000logy").get("/eholdings/titles").then().statusCode(400);
  }

  @Test
  void selectionTypeAndPackageFiltersNarrowTheSearch() {
    search("filter[name]=ecology&filter[selected]=true").statusCode(200)
        .body("data.attributes.name", contains("Ecology Letters", "Journal of Ecology"));
    search("filter[name]=ecology&filter[selected]=false").statusCode(200)
        .body("data.attributes.name", contains("Ecology", "Applied Ecology Methods", "Paleoecology Review"));
    search("filter[name]=ecology&filter[selected]=ebsco").statusCode(200).body("data", hasSize(2));
    search("filter[name]=ecology&filter[type]=book").statusCode(200).body("data.attributes.name", contains("Applied Ecology Methods"));
    search("filter[name]=ecology&filter[packageIds]=" + archive).statusCode(200)
        .body("data.attributes.name", contains("Applied Ecology Methods", "Journal of Ecology"));
    search("filter[name]=ecology&filter[packageIds]=" + press + "-" + archive + "&filter[selected]=false").statusCode(200)
        .body("data.attributes.name", contains("Applied Ecology Methods", "Journal of Ecology"));
    search("filter[name]=ecology&filter[packageIds]=" + archive + "&filter[packageIds]=" + journals).statusCode(200)
        .body("data", hasSize(5));
  }

  @Test
  void badFilterValuesAreBadRequests() {
    search("filter[name]=ecology&filter[packageIds]=abc").statusCode(400)
        .body("errors[0].title", equalTo("Invalid Query Parameter for filter[packageIds]"));
    search("filter[name]=ecology&filter[selected]=some").statusCode(400)
        .body("errors[0].title", equalTo("Invalid Query Parameter for filter[selected]"));
    search("filter[name]=ecology&filter[type]=poster").statusCode(400)
        .body("errors[0].title", equalTo("Invalid Query Parameter for filter[type]"));
    search("filter[name]=ecology&sort=year").statusCode(400).body("errors[0].title", equalTo("Invalid Query Parameter for sort"));
    search("filter[name]=ecology&count=0").statusCode(400);
  }

  @Test
  void tagsOfTitlesAndOfTheirResourcesFindThem() {
    long tagged = kb.title("Tagged Almanac", "Book", "Tagger");
    kb.resource(press, archive, tagged, false);
    kb.run("INSERT INTO {schema}.record_tags (record_type, record_id, tag) VALUES ('resource', $1, 'almanac')",
        press + "-" + archive + "-" + tagged);
    search("filter[tags]=almanac").statusCode(200).body("data.attributes.name", contains("Tagged Almanac"));
    search("filter[tags]=almanac&filter[name]=tagged").statusCode(200).body("data", hasSize(1));
  }

  @Test
  void includeResourcesAddsEveryResourceOfTheListedTitles() {
    search("filter[name]=journal of ecology&include=resources").statusCode(200)
        .body("data[0].relationships.resources.data.id", contains(press + "-" + archive + "-" + journalOfEcology,
            press + "-" + journals + "-" + journalOfEcology))
        .body("included.type", contains("resources", "resources"));
  }

  @Test
  void aTitleIsReadWithItsResources() {
    api().get("/eholdings/titles/" + ecology).then().statusCode(200)
        .body("data.attributes.name", equalTo("Ecology"))
        .body("data.attributes.hasSelectedResource", equalTo(false))
        .body("included", empty());
    api().get("/eholdings/titles/" + journalOfEcology + "?include=resources").then().statusCode(200)
        .body("data.relationships.resources.data", hasSize(2))
        .body("included.attributes.packageName", contains("Ecology Archive", "Ecology Journals"));
    api().get("/eholdings/titles/999999").then().statusCode(404).body("errors[0].title", equalTo("Title not found"));
    api().get("/eholdings/titles/7x").then().statusCode(400).body("errors[0].title", equalTo("Title id is invalid - 7x"));
  }

  /** A new custom package of the library, answered as providerId-packageId. */
  private static String customPackage(String name) {
    return api().body("{\"data\":{\"type\":\"packages\",\"attributes\":{\"name\":\"" + name + "\",\"contentType\":\"E-Book\"}}}")
        .post("/eholdings/packages").then().statusCode(200).extract().path("data.id");
  }

  static String riverSurvey(String packageId) {
    return "{\"data\":{\"type\":\"titles\",\"attributes\":{\"name\":\"Field notes of the river survey\",\"publicationType\":\"Report\","
        + "\"publisherName\":\"University Press\",\"edition\":\"2\",\"description\":\"Yearly survey\",\"isPeerReviewed\":true,"
        + "\"contributors\":[{\"type\":\"Author\",\"contributor\":\"Brook, Sam\"}],"
        + "\"identifiers\":[{\"id\":\"978-0-12-345678-9\",\"type\":\"ISBN\",\"subtype\":\"Online\"}],\"userDefinedField1\":\"archive\"}},"
        + "\"included\":[{\"type\":\"resource\",\"attributes\":{\"packageId\":\"" + packageId + "\"}}]}";
  }

  private static ValidatableResponse create(String body) {
    return api().contentType("application/vnd.api+json").body(body).post("/eholdings/titles").then();
  }

  @Test
  void aCustomTitleIsCreatedWithItsResourceInACustomPackage() {
    String pkg = customPackage("River package");
    ValidatableResponse created = create(riverSurvey(pkg)).statusCode(200)
        .body("data.attributes.name", equalTo("Field notes of the river survey"))
        .body("data.attributes.isTitleCustom", equalTo(true))
        .body("data.attributes.publicationType", equalTo("Report"))
        .body("data.attributes.edition", equalTo("2"))
        .body("data.attributes.contributors[0].contributor", equalTo("Brook, Sam"))
        .body("data.attributes.hasSelectedResource", equalTo(true))
        .body("included[0].attributes.packageId", equalTo(pkg))
        .body("included[0].attributes.userDefinedField1", equalTo("archive"));
    String id = created.extract().path("data.id");
    search("filter[isxn]=9780123456789").statusCode(200).body("data.id", contains(id));
    api().get("/eholdings/packages/" + pkg).then().body("data.attributes.titleCount", equalTo(1));
    assertEquals(1, kb.one("SELECT count(*) AS n FROM {schema}.titles WHERE is_custom AND id = $1", Long.parseLong(id)).getLong("n"));
  }

  @Test
  void theFieldsOfACustomTitleAreChecked() {
    String pkg = customPackage("Checked titles");
    invalid(riverSurvey(pkg).replace("\"name\":\"Field notes of the river survey\",", ""), "Invalid name", "name must not be empty");
    invalid(riverSurvey(pkg).replace("Field notes of the river survey", "n".repeat(401)), "Invalid name",
        "name is too long (maximum is 400 characters)");
    invalid(riverSurvey(pkg).replace("\"Report\"", "\"\""), "Invalid publicationType", "publicationType must not be empty");
    invalid(riverSurvey(pkg).replace("\"Report\"", "\"Poster\""), "Invalid publicationType", "publicationType has an invalid value");
    invalid(riverSurvey(pkg).replace("University Press", "p".repeat(251)), "Invalid publisherName",
        "publisherName is too long (maximum is 250 characters)");
    invalid(riverSurvey(pkg).replace("\"edition\":\"2\"", "\"edition\":\"" + "e".repeat(251) + "\""), "Invalid edition",
        "edition is too long (maximum is 250 characters)");
    invalid(riverSurvey(pkg).replace("Yearly survey", "d".repeat(401)), "Invalid description",
        "description is too long (maximum is 400 characters)");
    create(riverSurvey(pkg).replace("978-0-12-345678-9", "1".repeat(21))).statusCode(422)
        .body("errors[0].title", equalTo("Invalid Identifier id"));
    invalid(riverSurvey(pkg).replace("\"archive\"", "\"" + "u".repeat(501) + "\""), "Invalid userDefinedField1",
        "userDefinedField1 is too long (maximum is 500 characters)");
    invalid(riverSurvey(pkg).replace(",\"included\":[{\"type\":\"resource\",\"attributes\":{\"packageId\":\"" + pkg + "\"}}]", ""),
        "Invalid packageId", "packageId must not be empty");
    create(riverSurvey(press + "-" + journals)).statusCode(422).body("errors[0].title", equalTo("Invalid PackageId"));
    create(riverSurvey(press + "-999999")).statusCode(404).body("errors[0].title", equalTo("Package not found"));
    create(riverSurvey("nonsense")).statusCode(400).body("errors[0].title", equalTo("Package and provider id are required"));
    assertEquals(0, kb.one("SELECT title_count FROM {schema}.packages WHERE id = $1", Long.parseLong(pkg.split("-")[1]))
        .getInteger("title_count"));
  }

  @Test
  void aCustomTitleChangesAndAManagedOneDoesNot() {
    String pkg = customPackage("Changing titles");
    String id = create(riverSurvey(pkg)).statusCode(200).extract().path("data.id");
    api().body(riverSurvey(pkg).replace("Field notes of the river survey", "River survey, second series")
            .replace("978-0-12-345678-9", "1234-5679").replace("\"ISBN\"", "\"ISSN\"").replace("\"archive\"", "\"vault\""))
        .put("/eholdings/titles/" + id).then().statusCode(200)
        .body("data.attributes.name", equalTo("River survey, second series"))
        .body("data.attributes.identifiers[0].id", equalTo("1234-5679"))
        .body("included[0].attributes.userDefinedField1", equalTo("vault"));
    search("filter[isxn]=12345679").statusCode(200).body("data.id", contains(id));
    Map<String, Object> data = api().get("/eholdings/titles/" + id).then().extract().path("data");
    api().body(Map.of("data", data)).put("/eholdings/titles/" + id).then().statusCode(200);
    api().body(riverSurvey(pkg)).put("/eholdings/titles/" + journalOfEcology).then().statusCode(422)
        .body("errors[0].title", equalTo("Title cannot be updated"));
    api().body(riverSurvey(pkg)).put("/eholdings/titles/999999").then().statusCode(404);
  }

  @Test
  void aWordOfTensOfThousandsOfTitlesRanksAndPagesLikeARareOneAndItsTotalIsAnEstimate() {
    kb.title("Zeta", "Journal", "Zeta Press");
    kb.title("Zeta Atlas", "Book", "Zeta Press");
    kb.title("Protozetan Review", "Journal", "Zeta Press");
    // The module keeps the word index's statistics between searches (read here, before "zeta" is common) and reads
    // them again once ANALYZE below has changed them: else the total further down would be 1,001, not an estimate.
    search("filter[name]=zeta").statusCode(200);
    kb.run("INSERT INTO {schema}.titles (name, publication_type, is_custom, jsonb) SELECT 'Studies of Zeta ' || lpad(n::text, 5, '0'),"
        + " 'Journal', false, jsonb_build_object('name', 'Studies of Zeta ' || lpad(n::text, 5, '0'), 'publicationType', 'Journal')"
        + " FROM generate_series(1, $1::int) n", 21_000);
    // The statistics of the word index now call "zeta" common (over 20,000 titles): the search reads names in name
    // order, counts up to 1,000 and estimates the total from the statistics (21,003 titles hold it).
    kb.run("ANALYZE {schema}.title_word_names");
    long zetas = kb.managedPackage(press, "Zeta Series", "E-Journal");
    kb.run("INSERT INTO {schema}.resources (package_id, title_id, provider_id, is_selected, jsonb) SELECT $1, t.id, $2, false, '{}'"
        + " FROM {schema}.titles t WHERE t.name LIKE 'Studies of Zeta %'", zetas, press);
    // Beyond the cap the facets count the packages of a sample, the first 200 matches found (the three other titles
    // hold "zeta" too, and are in no package).
    search("filter[name]=zeta&count=4").statusCode(200)
        .body("data.attributes.name", contains("Zeta", "Zeta Atlas", "Studies of Zeta 00001", "Studies of Zeta 00002"))
        .body("meta.totalResults", both(greaterThan(20_000)).and(lessThan(22_100)))
        .body("facets.packages.name", contains("Zeta Series"))
        .body("facets.packages[0].count", both(greaterThanOrEqualTo(197)).and(lessThanOrEqualTo(200)));
    search("filter[name]=zeta&count=25&page=841").statusCode(200)
        .body("data.attributes.name", contains("Studies of Zeta 20999", "Studies of Zeta 21000", "Protozetan Review"));
    search("filter[name]=zeta&sort=name&count=2").statusCode(200)
        .body("data.attributes.name", contains("Protozetan Review", "Studies of Zeta 00001"));
    // Together with a rare word the word index finds the few titles holding both: exact again.
    search("filter[name]=zeta atlas").statusCode(200).body("data.attributes.name", contains("Zeta Atlas"))
        .body("meta.totalResults", equalTo(1));
  }

  @Test
  void countsAndFacetsAreExactUpToAThousandMatches() {
    long quasars = kb.managedPackage(press, "Quasar Collection", "E-Journal");
    long quasar = kb.title("Quasarine Digest", "Journal", "Quasar Press");
    kb.resource(press, quasars, quasar, false);
    kb.run("INSERT INTO {schema}.titles (name, publication_type, is_custom, jsonb) SELECT 'Quasar Notes ' || lpad(n::text, 4, '0'),"
        + " 'Book', false, jsonb_build_object('name', 'Quasar Notes ' || lpad(n::text, 4, '0'), 'publicationType', 'Book')"
        + " FROM generate_series(1, $1::int) n", 999);
    kb.run("INSERT INTO {schema}.resources (package_id, title_id, provider_id, is_selected, jsonb) SELECT $1, t.id, $2, false, '{}'"
        + " FROM {schema}.titles t WHERE t.name LIKE 'Quasar Notes %'", quasars, press);
    search("filter[name]=quasar&count=2&page=500").statusCode(200)
        .body("data.attributes.name", contains("Quasar Notes 0999", "Quasarine Digest"))
        .body("meta.totalResults", equalTo(1_000))
        .body("facets.packages.name", contains("Quasar Collection"))
        .body("facets.packages[0].count", equalTo(1_000));
    search("filter[name]=quasar notes 0500").statusCode(200).body("meta.totalResults", equalTo(1))
        .body("data[0].attributes.name", equalTo("Quasar Notes 0500"));
    search("filter[name]=quasar&filter[type]=journal").statusCode(200)
        .body("data.attributes.name", contains("Quasarine Digest")).body("meta.totalResults", equalTo(1))
        .body("facets.packages[0].count", equalTo(1));
    // Matches come from title_names (through the ids of the keys "quasar" and "quasarine", or the name index for
    // "quasarine ...") and from the rows of the word "notes" in the word index: all carry their titles' package ids,
    // which follow resources added, removed and moved, a title renamed, a package deleted.
    long notes = kb.managedPackage(press, "Quasar Notes Annex", "E-Journal");
    kb.run("INSERT INTO {schema}.resources (package_id, title_id, provider_id, is_selected, jsonb) SELECT $1, t.id, $2, false, '{}'"
        + " FROM {schema}.titles t WHERE t.name LIKE 'Quasar Notes 00%' OR t.id = $3", notes, press, quasar);
    kb.run("DELETE FROM {schema}.resources WHERE package_id = $1 AND title_id IN (SELECT id FROM {schema}.titles"
        + " WHERE name LIKE 'Quasar Notes 09%')", quasars);
    kb.run("UPDATE {schema}.resources SET package_id = $1 WHERE package_id = $2 AND title_id IN (SELECT id FROM {schema}.titles"
        + " WHERE name LIKE 'Quasar Notes 08%')", notes, quasars);
    kb.run("UPDATE {schema}.titles SET name = 'Quasarine Digest Renamed' WHERE id = $1", quasar);
    kb.run("UPDATE {schema}.titles SET name = 'Quasar Field Notes 0001' WHERE name = 'Quasar Notes 0001'");
    facetsOf("quasar", 1_000, List.of("Quasar Collection", "Quasar Notes Annex"), List.of(800, 200));
    search("filter[name]=quasarine").statusCode(200).body("data.attributes.name", contains("Quasarine Digest Renamed"))
        .body("facets.packages.name", contains("Quasar Collection", "Quasar Notes Annex"));
    facetsOf("notes", 999, List.of("Quasar Collection", "Quasar Notes Annex"), List.of(799, 199));
    kb.run("DELETE FROM {schema}.packages WHERE id = $1", notes);
    facetsOf("quasar", 1_000, List.of("Quasar Collection"), List.of(800));
    facetsOf("notes", 999, List.of("Quasar Collection"), List.of(799));
  }

  /** A name search's total and package facets (names and counts, in order). */
  private static void facetsOf(String text, int total, List<String> names, List<Integer> counts) {
    search("filter[name]=" + text + "&count=1").statusCode(200).body("meta.totalResults", equalTo(total))
        .body("facets.packages.name", equalTo(names)).body("facets.packages.count", equalTo(counts));
  }

  @Test
  void aTextThousandsOfNamesStartWithIsCountedFromThemAndTheRestFollowsOnce() {
    long nebulae = kb.managedPackage(press, "Nebula Series", "E-Journal");
    kb.run("INSERT INTO {schema}.titles (name, publication_type, is_custom, jsonb) SELECT 'Nebula Survey ' || lpad(n::text, 4, '0'),"
        + " 'Journal', false, jsonb_build_object('name', 'Nebula Survey ' || lpad(n::text, 4, '0'), 'publicationType', 'Journal')"
        + " FROM generate_series($1::int, 1, -1) n", 1_003);
    kb.run("INSERT INTO {schema}.resources (package_id, title_id, provider_id, is_selected, jsonb) SELECT $1, t.id, $2, false, '{}'"
        + " FROM {schema}.titles t WHERE t.name LIKE 'Nebula Survey %'", nebulae, press);
    long early = kb.managedPackage(press, "Early Nebulae", "E-Journal");
    long late = kb.managedPackage(press, "Late Nebulae", "E-Journal");
    kb.run("INSERT INTO {schema}.resources (package_id, title_id, provider_id, is_selected, jsonb) SELECT"
        + " CASE WHEN t.name <= 'Nebula Survey 0050' THEN $1 ELSE $2 END, t.id, $3, false, '{}' FROM {schema}.titles t"
        + " WHERE t.name LIKE 'Nebula Survey %' AND (t.name <= 'Nebula Survey 0050' OR t.name > 'Nebula Survey 0953')",
        early, late, press);
    long deep = kb.title("Deep Nebula Survey", "Book", "Nebula Press");
    // 1,003 names start with the text: the matching set is full (cut at the cap) before any other match is read; the
    // total is then the estimate (never below 1,001) and the facets count the first 200 matches in name order (the
    // titles were stored last name first: read in the table's order, the last 200 would be counted).
    search("filter[name]=nebula survey&count=2").statusCode(200)
        .body("data.attributes.name", contains("Nebula Survey 0001", "Nebula Survey 0002"))
        .body("meta.totalResults", greaterThanOrEqualTo(1_001))
        .body("facets.packages.name", contains("Nebula Series", "Early Nebulae"))
        .body("facets.packages.count", contains(200, 50));
    search("filter[name]=nebula survey&count=25&page=41").statusCode(200)
        .body("data.attributes.name", contains("Nebula Survey 1001", "Nebula Survey 1002", "Nebula Survey 1003",
            "Deep Nebula Survey"));
    // Under the cap the names that start with the text and the others are counted once each.
    kb.run("DELETE FROM {schema}.resources WHERE package_id IN ($2, $3) OR package_id = $1 AND title_id IN (SELECT id"
        + " FROM {schema}.titles WHERE name > 'Nebula Survey 0010')", nebulae, early, late);
    kb.run("DELETE FROM {schema}.titles WHERE name > 'Nebula Survey 0010' AND name LIKE 'Nebula Survey %'");
    search("filter[name]=nebula survey").statusCode(200).body("meta.totalResults", equalTo(11))
        .body("data.attributes.name", hasItem("Deep Nebula Survey")).body("facets.packages[0].count", equalTo(10));
    kb.run("DELETE FROM {schema}.resources WHERE package_id = $1", nebulae);
    kb.run("DELETE FROM {schema}.titles WHERE name LIKE 'Nebula Survey %' OR id = $1", deep);
  }

  @Test
  void aListedTitleCarriesItsTagsAndSelectionFromTheSearchItselfAndKeptPlansAnswerEveryText() {
    long tagged = kb.title("Tagged Ecology Digest", "Journal", "Tagger");
    kb.resource(press, archive, tagged, true);
    kb.run("INSERT INTO {schema}.record_tags (record_type, record_id, tag) VALUES ('title', $1, 'zoology'),"
        + " ('title', $1, 'birds')", String.valueOf(tagged));
    // The same statement text answers each text on a plan kept by the connection: run it more often than PostgreSQL
    // plans a statement anew before keeping a plan, with texts of different kinds.
    for (int i = 0; i < 8; i++) {
      search("filter[name]=tagged ecology").statusCode(200).body("data.attributes.name", contains("Tagged Ecology Digest"))
          .body("data[0].attributes.tags.tagList", contains("birds", "zoology"))
          .body("data[0].attributes.hasSelectedResource", equalTo(true));
      search("filter[name]=ecology journal").statusCode(200).body("data.attributes.name", contains("Journal of Ecology"))
          .body("data[0].attributes.tags.tagList", empty());
      search("filter[name]=ecology").statusCode(200).body("meta.totalResults", equalTo(6))
          .body("data.attributes.name", contains("Ecology", "Ecology Letters", "Applied Ecology Methods", "Journal of Ecology",
              "Tagged Ecology Digest", "Paleoecology Review"));
    }
    kb.run("DELETE FROM {schema}.record_tags WHERE record_id = $1", String.valueOf(tagged));
    kb.run("DELETE FROM {schema}.resources WHERE title_id = $1", tagged);
    kb.run("DELETE FROM {schema}.titles WHERE id = $1", tagged);
  }

  @Test
  void wordsThatSeldomMeetAreFoundPastTheRowsOfTheWalkWordThroughTheGinIndex() {
    kb.run("INSERT INTO {schema}.titles (name, publication_type, is_custom, jsonb) SELECT 'Orbitology Notes ' || lpad(n::text, 4, '0'),"
        + " 'Book', false, jsonb_build_object('name', 'Orbitology Notes ' || lpad(n::text, 4, '0'), 'publicationType', 'Book')"
        + " FROM generate_series(1, $1::int) n", 2_100);
    long early = kb.title("Aa Orbitology Quill", "Book", "Quill Press");
    long late = kb.title("Zed Orbitology Quill", "Book", "Quill Press");
    // "orbitology" is read in name order (2,100 rows, none with "quill" after the first); past the first 2,000 the GIN
    // index intersects both words for the names after the last row read: each title is found once, in tier order.
    search("filter[name]=orbitology quill").statusCode(200)
        .body("data.attributes.name", contains("Aa Orbitology Quill", "Zed Orbitology Quill"))
        .body("meta.totalResults", equalTo(2));
    search("filter[name]=orbitology notes 2099").statusCode(200)
        .body("data.attributes.name", contains("Orbitology Notes 2099")).body("meta.totalResults", equalTo(1));
    search("filter[name]=notes orbitology").statusCode(200).body("meta.totalResults", equalTo(1_000 + 1));
    kb.run("DELETE FROM {schema}.titles WHERE name LIKE 'Orbitology Notes %' OR id IN ($1, $2)", early, late);
  }

  @Test
  void wordsThatSeldomMeetInTheFirstNamesOfTheWalkWordAreCountedOnceAndPagedInTierOrder() {
    kb.run("INSERT INTO {schema}.titles (name, publication_type, is_custom, jsonb) SELECT n, 'Book', false,"
        + " jsonb_build_object('name', n, 'publicationType', 'Book') FROM (SELECT 'Aa Ledger Roll ' || lpad(i::text, 4, '0') AS n"
        + " FROM generate_series(1, 250) i UNION ALL SELECT 'Aa Puffins Roll ' || lpad(i::text, 4, '0') FROM generate_series(1, 250) i"
        + " UNION ALL SELECT 'Ledger of Puffins ' || i FROM generate_series(1, 3) i"
        + " UNION ALL SELECT 'Ledger of Arctic Puffins ' || lpad(i::text, 4, '0') FROM generate_series(1, 600) i"
        + " UNION ALL SELECT 'Ledger of Auks ' || lpad(i::text, 4, '0') FROM generate_series(1, 2100) i"
        + " UNION ALL SELECT 'Ledger of Zebra Puffins 1' UNION ALL SELECT 'Old Ledger of Puffins ' || i FROM generate_series(1, 5) i) x");
    long ledgers = kb.managedPackage(press, "Puffin Ledgers", "E-Journal");
    kb.run("INSERT INTO {schema}.resources (package_id, title_id, provider_id, is_selected, jsonb) SELECT $1, t.id, $2, false, '{}'"
        + " FROM {schema}.titles t WHERE t.name LIKE '%Puffins%' AND t.name LIKE '%Ledger%'", ledgers, press);
    // The first 200 names of the walk word ("aa ledger roll ...") hold no "puffins": the other matches are found past
    // them (600 beginning with "ledger of ", then 2,100 names without "puffins", then "ledger of zebra puffins", and
    // "old ledger of ..."), each counted once, and paged in tier order.
    search("filter[name]=ledger of puffins&count=10").statusCode(200)
        .body("data.attributes.name", contains("Ledger of Puffins 1", "Ledger of Puffins 2", "Ledger of Puffins 3",
            "Old Ledger of Puffins 1", "Old Ledger of Puffins 2", "Old Ledger of Puffins 3", "Old Ledger of Puffins 4",
            "Old Ledger of Puffins 5", "Ledger of Arctic Puffins 0001", "Ledger of Arctic Puffins 0002"))
        .body("meta.totalResults", equalTo(609))
        .body("facets.packages.name", contains("Puffin Ledgers")).body("facets.packages[0].count", equalTo(609));
    // All of them are counted from the package ids kept beside their names and words: the ids follow resources added
    // to a stored title, removed, moved, and taken out with their package.
    long arctic = kb.managedPackage(press, "Arctic Ledgers", "E-Journal");
    kb.run("INSERT INTO {schema}.resources (package_id, title_id, provider_id, is_selected, jsonb) SELECT $1, t.id, $2, false,"
        + " '{}' FROM {schema}.titles t WHERE t.name IN ('Ledger of Arctic Puffins 0001', 'Ledger of Arctic Puffins 0002',"
        + " 'Ledger of Zebra Puffins 1', 'Ledger of Puffins 1')", arctic, press);
    kb.run("DELETE FROM {schema}.resources WHERE package_id = $1 AND title_id IN (SELECT id FROM {schema}.titles"
        + " WHERE name = 'Ledger of Zebra Puffins 1')", ledgers);
    kb.run("UPDATE {schema}.resources SET package_id = $1 WHERE package_id = $2 AND title_id IN (SELECT id FROM {schema}.titles"
        + " WHERE name = 'Ledger of Arctic Puffins 0003')", arctic, ledgers);
    facetsOf("ledger of puffins", 609, List.of("Puffin Ledgers", "Arctic Ledgers"), List.of(607, 5));
    kb.run("DELETE FROM {schema}.packages WHERE id = $1", arctic);
    facetsOf("ledger of puffins", 609, List.of("Puffin Ledgers"), List.of(607));
    search("filter[name]=ledger of puffins&count=25&page=25").statusCode(200)
        .body("data.attributes.name", contains("Ledger of Arctic Puffins 0593", "Ledger of Arctic Puffins 0594",
            "Ledger of Arctic Puffins 0595", "Ledger of Arctic Puffins 0596", "Ledger of Arctic Puffins 0597",
            "Ledger of Arctic Puffins 0598", "Ledger of Arctic Puffins 0599", "Ledger of Arctic Puffins 0600",
            "Ledger of Zebra Puffins 1"));
    search("filter[name]=ledger of puffins&sort=name&count=2&page=305").statusCode(200)
        .body("data.attributes.name", contains("Old Ledger of Puffins 5"));
    // Beyond the cap: the names that start with the text first, the total an estimate.
    kb.run("INSERT INTO {schema}.titles (name, publication_type, is_custom, jsonb) SELECT n, 'Book', false,"
        + " jsonb_build_object('name', n, 'publicationType', 'Book') FROM (SELECT 'Ledger of Arctic Puffins ' || lpad(i::text, 4, '0')"
        + " AS n FROM generate_series(601, 1100) i) x");
    search("filter[name]=ledger of puffins&count=4").statusCode(200)
        .body("data.attributes.name", contains("Ledger of Puffins 1", "Ledger of Puffins 2", "Ledger of Puffins 3",
            "Old Ledger of Puffins 1"))
        .body("meta.totalResults", greaterThanOrEqualTo(1_001));
    kb.run("DELETE FROM {schema}.resources WHERE package_id = $1", ledgers);
    kb.run("DELETE FROM {schema}.titles WHERE name LIKE 'Aa Ledger Roll %' OR name LIKE 'Aa Puffins Roll %' OR name LIKE '%Ledger of %'");
  }

  @Test
  void wordsLookedUpInPairsFindExactlyTheNamesHoldingEveryWordHoweverTheNameSplitsThem() {
    List<Long> ids = new java.util.ArrayList<>();
    for (String name : List.of("Quagga Zebu Almanac", "Quaggazebu Almanac", "Almanac of Quaggas", "Almanac-Quagga",
        "Quagga Quagga Register", "Almanac Almanac", "Quagga Almanac Quagga", "Almanac of Zebus and Quaggas", "Almanacs Digest")) {
      ids.add(kb.title(name, "Book", "Veld Press"));
    }
    kb.resource(press, journals, ids.get(0), false);
    kb.resource(press, journals, ids.get(1), false);
    kb.resource(press, archive, ids.get(2), false);
    // No word of these texts is in one vocabulary word only (almanac: almanac, almanacs), so the GIN indexes find the
    // matches: "almanac" paired with each other word; a name holding two of the words in one word of its own
    // ("quaggazebu"), in another order, joined by a hyphen, inside longer words, or a word twice is found once; a name
    // with one word twice and not the other is not.
    search("filter[name]=quagga almanac").statusCode(200)
        .body("data.attributes.name", contains("Quagga Almanac Quagga", "Almanac of Quaggas", "Almanac of Zebus and Quaggas",
            "Almanac-Quagga", "Quagga Zebu Almanac", "Quaggazebu Almanac"))
        .body("meta.totalResults", equalTo(6));
    search("filter[name]=quagga almanac&count=2&page=2").statusCode(200)
        .body("data.attributes.name", contains("Almanac of Zebus and Quaggas", "Almanac-Quagga"));
    search("filter[name]=almanac quagga almanac").statusCode(200).body("meta.totalResults", equalTo(6));
    search("filter[name]=quagga zebu almanac").statusCode(200)
        .body("data.attributes.name", contains("Quagga Zebu Almanac", "Almanac of Zebus and Quaggas", "Quaggazebu Almanac"))
        .body("meta.totalResults", equalTo(3))
        .body("facets.packages.id", contains((int) journals))
        .body("facets.packages.count", contains(2));
    // "zebu" and "quagga" are both in "quaggazebu": not looked up as a pair (a pair is two words of the name).
    search("filter[name]=zebu quagga").statusCode(200)
        .body("data.attributes.name", contains("Almanac of Zebus and Quaggas", "Quagga Zebu Almanac", "Quaggazebu Almanac"))
        .body("meta.totalResults", equalTo(3));
    search("filter[name]=almanac almanac").statusCode(200).body("meta.totalResults", equalTo(8));
    kb.run("DELETE FROM {schema}.resources WHERE title_id IN (SELECT id FROM {schema}.titles WHERE publisher_name = 'Veld Press')");
    kb.run("DELETE FROM {schema}.titles WHERE publisher_name = 'Veld Press'");
  }

  @Test
  void aTextHeldButNotAsWholeWordsRanksAfterTheNamesHoldingItAsWholeWords() {
    long whole = kb.title("Deep Sea Bio Notes", "Book", "Tide Press");
    long inside = kb.title("Deep Sea Biology", "Book", "Tide Press");
    long joined = kb.title("Oversea Bio", "Book", "Tide Press");
    long hyphen = kb.title("Sea-Bio Digest", "Book", "Tide Press");
    // Whole words first (tier 2); then, in name order, names that hold the text inside a word (the regular expression
    // is tried on them: strpos finds the text) and one that holds its words only (strpos does not find the text).
    search("filter[name]=sea bio").statusCode(200)
        .body("data.attributes.name", contains("Deep Sea Bio Notes", "Deep Sea Biology", "Oversea Bio", "Sea-Bio Digest"))
        .body("meta.totalResults", equalTo(4));
    search("filter[name]=sea bio&count=2&page=2").statusCode(200)
        .body("data.attributes.name", contains("Oversea Bio", "Sea-Bio Digest"));
    kb.run("DELETE FROM {schema}.titles WHERE id IN ($1, $2, $3, $4)", whole, inside, joined, hyphen);
  }

  @Test
  void theWholeWordTierOfACommonTextWalksTheRarerWordOfItsForm() {
    kb.run("INSERT INTO {schema}.titles (name, publication_type, is_custom, jsonb) SELECT n, 'Book', false,"
        + " jsonb_build_object('name', n, 'publicationType', 'Book') FROM (SELECT 'Kappa Omics ' || lpad(i::text, 4, '0') AS n"
        + " FROM generate_series(1, 1500) i UNION ALL SELECT 'Kappa Notes ' || lpad(i::text, 4, '0') FROM generate_series(1, 1000) i"
        + " UNION ALL SELECT 'Zeta Omic Kappa ' || i FROM generate_series(1, 5) i) x");
    kb.run("ANALYZE {schema}.title_word_names");
    // 1,505 titles hold both words (beyond the cap). The walk word is "kappa" (one key, 2,505 titles); the names holding
    // "omic kappa" as whole words are under "omic" (not "omics"): the whole-word tier walks those, then the substring
    // tier "kappa" in name order.
    search("filter[name]=omic kappa&count=7").statusCode(200)
        .body("data.attributes.name", contains("Zeta Omic Kappa 1", "Zeta Omic Kappa 2", "Zeta Omic Kappa 3", "Zeta Omic Kappa 4",
            "Zeta Omic Kappa 5", "Kappa Omics 0001", "Kappa Omics 0002"))
        .body("meta.totalResults", greaterThan(1_000));
    search("filter[name]=omic kappa&count=3&page=2").statusCode(200)
        .body("data.attributes.name", contains("Zeta Omic Kappa 4", "Zeta Omic Kappa 5", "Kappa Omics 0001"));
    kb.run("DELETE FROM {schema}.titles WHERE name LIKE 'Kappa Omics %' OR name LIKE 'Kappa Notes %' OR name LIKE 'Zeta Omic Kappa %'");
  }

  @Test
  void namesStartingWithTheTextAreTheRangeOfItsBytesWhateverCharactersFollowIt() {
    long[] ids = {kb.title("Caf\u00e9 Society", "Book", "Bean Press"), kb.title("Caf\u00e9s of Vienna", "Book", "Bean Press"),
        kb.title("Cafeteria Menus", "Book", "Bean Press"), kb.title("The Caf\u00e9 Review", "Book", "Bean Press"),
        kb.title("Old Cafe Culture", "Book", "Bean Press"), kb.title("Caf\u00eb and Caf\u00e9", "Book", "Bean Press"),
        kb.title("Zurich Caf Guide", "Book", "Bean Press")};
    // "caf\u00eb" sorts just past the names starting with "caf\u00e9" (below "caf\u00ea"), so that name ranks as whole
    // words, not as a prefix.
    search("filter[name]=CAF\u00c9").statusCode(200)
        .body("data.attributes.name", contains("Caf\u00e9 Society", "Caf\u00e9s of Vienna", "Caf\u00eb and Caf\u00e9",
            "The Caf\u00e9 Review"))
        .body("meta.totalResults", equalTo(4));
    // In byte order "cafe" < "caf\u00e9" < "caf\u00e9s" < "caf\u00eb"; the two names that hold "caf" further on follow.
    search("filter[name]=caf&count=4").statusCode(200)
        .body("data.attributes.name", contains("Cafeteria Menus", "Caf\u00e9 Society", "Caf\u00e9s of Vienna",
            "Caf\u00eb and Caf\u00e9"))
        .body("meta.totalResults", equalTo(7));
    // Then "caf" as whole words, then inside other words: "\u00e9" is a letter, so "The Caf\u00e9 Review" holds no
    // word "caf" (whole words are told under the collation word_letters, not the names' "C").
    search("filter[name]=caf&count=4&page=2").statusCode(200)
        .body("data.attributes.name", contains("Zurich Caf Guide", "Old Cafe Culture", "The Caf\u00e9 Review"));
    kb.run("DELETE FROM {schema}.titles WHERE id IN ($1, $2, $3, $4, $5, $6, $7)", ids[0], ids[1], ids[2], ids[3], ids[4],
        ids[5], ids[6]);
  }

  @Test
  void wordsInsideWordsShortWordsAndUnknownWordsFollowTheSameRules() {
    search("filter[name]=of ecol").statusCode(200).body("data.attributes.name", contains("Journal of Ecology"))
        .body("meta.totalResults", equalTo(1));
    search("filter[name]=cology").statusCode(200).body("meta.totalResults", equalTo(5))
        .body("data.attributes.name", contains("Applied Ecology Methods", "Ecology", "Ecology Letters", "Journal of Ecology",
            "Paleoecology Review"));
    search("filter[name]=ecology xylophone").statusCode(200).body("data", empty()).body("meta.totalResults", equalTo(0))
        .body("facets.packages", empty());
    search("filter[name]=y l").statusCode(200).body("data.attributes.name", hasItem("Ecology Letters"));
  }

  @Test
  void aNameSearchFollowsRenamedAndRemovedCustomTitles() {
    String pkg = customPackage("Renamed titles");
    String id = create(riverSurvey(pkg).replace("Field notes of the river survey", "Quokka Quarterly")
        .replace("978-0-12-345678-9", "978-0-306-40615-7")).statusCode(200).extract().path("data.id");
    search("filter[name]=quokka").statusCode(200).body("data.id", contains(id)).body("meta.totalResults", equalTo(1));
    api().body(riverSurvey(pkg).replace("Field notes of the river survey", "Wombat Weekly")
            .replace("978-0-12-345678-9", "978-0-306-40615-7").replace("\"Report\"", "\"Journal\""))
        .put("/eholdings/titles/" + id).then().statusCode(200);
    search("filter[name]=quokka").statusCode(200).body("data", empty()).body("meta.totalResults", equalTo(0));
    search("filter[name]=wombat weekly&filter[type]=journal").statusCode(200).body("data.id", contains(id));
    search("filter[name]=wombat&filter[type]=report").statusCode(200).body("data", empty());
    api().delete("/eholdings/resources/" + pkg + "-" + id).then().statusCode(204);
    search("filter[name]=wombat").statusCode(200).body("data", empty()).body("meta.totalResults", equalTo(0));
  }

  private static void invalid(String body, String title, String detail) {
    create(body).statusCode(422).body("errors[0].title", equalTo(title)).body("errors[0].detail", equalTo(detail));
  }
}
