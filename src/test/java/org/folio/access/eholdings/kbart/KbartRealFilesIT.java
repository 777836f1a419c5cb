package org.folio.access.eholdings.kbart;

import static org.folio.access.eholdings.kbart.KbartFiles.importAndWait;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.folio.access.support.TenantClient;
import org.folio.access.support.TestModule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * KBART files written after real providers' files (src/test/resources/kbart): trailing tabs, placeholders, typo'd
 * check digits, relative URLs, P and R embargoes, coverage depth and notes, several lines of one title, two titles
 * sharing an ISSN, monographs with CR line ends, and two providers describing the same titles. Issue 15's numbered
 * behaviours: 1 P and R embargoes (pIsTheManagedEmbargo...), 2 trailing fields (trailingEmptyFields...), 3 placeholders,
 * bad identifiers and relative URLs (placeholdersAreEmpty...), 4 CR line ends (crLineEndsAreRead...), 5 coverage depth,
 * notes and monographs (coverageDepthAndNotes..., theShownManagedStatement..., crLineEnds...AndMonographs...), 6 several
 * lines of a title and shared ISSNs (severalLinesOfOneTitle..., twoTitlesSharingAnIssn...), 7 shared title data and
 * deltas per package (anotherProvidersFile...).
 */
class KbartRealFilesIT {
  private static final String TENANT = "kbartreal";
  private static final String SCHEMA = TENANT + "_mod_access_services";
  private static TestModule module;
  private static JsonPath journals;
  private static JsonPath books;

  @BeforeAll
  static void importFiles() {
    module = TestModule.get();
    TenantClient.enable(TENANT, "mod-access-services-1.0.0", true, false);
    journals = importAndWait(TENANT, "Meridian Press", "Meridian Journals", fixture("meridian-journals.tsv"));
    books = importAndWait(TENANT, "Halyard Books", "Halyard Ebooks", fixture("halyard-books-cr.tsv"));
  }

  static String fixture(String name) {
    try (InputStream in = KbartRealFilesIT.class.getResourceAsStream("/kbart/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void pIsTheManagedEmbargoAndRARollingWindowShownAsCoverageMovingWithTime() {
    resource("Meridian Journals", "issn:00051012").body("data.attributes.managedEmbargoPeriod.embargoUnit", equalTo("Months"))
        .body("data.attributes.managedEmbargoPeriod.embargoValue", equalTo(12))
        .body("data.attributes.managedCoverages", equalTo(List.of(Map.of("beginCoverage", "1995-01-01", "endCoverage", ""))));
    String threeYearsAgo = LocalDate.now(ZoneOffset.UTC).minusYears(3).toString();
    resource("Meridian Journals", "issn:00051039").body("data.attributes.managedEmbargoPeriod.embargoValue", equalTo(0))
        .body("data.attributes.managedEmbargoPeriod.embargoUnit", nullValue())
        .body("data.attributes.managedCoverages", equalTo(List.of(Map.of("beginCoverage", threeYearsAgo, "endCoverage", ""))))
        .body("data.attributes.coverageStatement", equalTo("Abstracts; only the most recent 3 years"));
    JsonObject stored = storedResource("Meridian Journals", "issn:00051039");
    assertEquals(new JsonObject().put("unit", "Years").put("value", 3), stored.getJsonObject("managedRollingWindow"));
    assertEquals(new JsonArray().add(new JsonObject().put("beginCoverage", "1990-01-01").put("endCoverage", "")),
        stored.getJsonArray("managedCoverages"), "the file's coverage is kept as it is; the window applies when shown");
  }

  @Test
  void trailingEmptyFieldsAreAcceptedAndRealExtraContentRejectsOnlyItsLine() {
    assertEquals("completed", journals.getString("state"));
    assertEquals(11, journals.getInt("linesRead"));
    assertEquals(2, journals.getInt("linesRejected"));
    assertEquals(9, journals.getInt("linesMerged"));
    assertEquals(6, journals.getInt("titlesAdded"));
    assertEquals(List.of(11, 12), journals.getList("rejectedLines.line"));
    assertEquals("field 26 'shelf 12' is beyond the header's 25 columns", journals.getString("rejectedLines[0].reason"));
  }

  @Test
  void placeholdersAreEmptyAndABadIdentifierOrRelativeUrlIsDroppedWithAWarningOnItsLine() {
    assertEquals(2, journals.getInt("linesWithWarnings"));
    assertEquals(List.of(3, 4), journals.getList("warnings.line"));
    assertEquals("print_identifier '0005-1021' is not a valid ISSN: dropped", journals.getString("warnings[0].reason"));
    assertEquals("title_url '/journals/olj' is not an absolute http:// or https:// address of at most 600 characters: dropped",
        journals.getString("warnings[1].reason"));
    assertEquals("print_identifier '0005-1070' is not a valid ISSN", journals.getString("rejectedLines[1].reason"),
        "nothing else identifies Sandbar Quarterly: its online_identifier is N/A and it has no title_id");
    Row estuary = title("issn:00051039");
    assertEquals(List.of("00051039"), List.of(estuary.getArrayOfStrings("isxn")));
    Row tidal = title("issn:00051012");
    assertEquals(new JsonArray().add(new JsonObject().put("id", "0005-1012").put("type", "ISSN").put("subtype", "Online")),
        new JsonObject(tidal.getString("doc")).getJsonArray("identifiers"), "print_identifier n/a is no identifier");
    resource("Meridian Journals", "issn:00051047").body("data.attributes.url", nullValue());
    resource("Halyard Ebooks", "kbart:halyard books:stb").body("data.attributes.name", equalTo("Sediment Transport Basics"));
    assertEquals(List.of(4), books.getList("warnings.line"));
  }

  @Test
  void crLineEndsAreReadAndMonographsAreCoveredFromTheirPublicationDates() {
    assertEquals("completed", books.getString("state"));
    assertEquals(List.of(3, 0, 3), List.of(books.getInt("linesRead"), books.getInt("linesRejected"), books.getInt("titlesAdded")));
    resource("Halyard Ebooks", "isbn:9780000031020")
        .body("data.attributes.managedCoverages", equalTo(List.of(Map.of("beginCoverage", "2010-03-15", "endCoverage", "2010-03-15"))))
        .body("data.attributes.publicationType", equalTo("Book"))
        .body("data.attributes.coverageStatement", equalTo("Full text"));
    resource("Halyard Ebooks", "isbn:9780000031037")
        .body("data.attributes.managedCoverages", equalTo(List.of(Map.of("beginCoverage", "2015-01-01", "endCoverage", "2015-12-31"))));
  }

  @Test
  void coverageDepthAndNotesAreKeptOnTheResourceAndShownAsItsCoverageStatementUntilTheLibraryWritesOne() {
    JsonObject lagoon = storedResource("Meridian Journals", "issn:00051047");
    assertEquals("fulltext", lagoon.getString("managedCoverageDepth"));
    assertEquals("Free to read", lagoon.getString("managedNotes"));
    resource("Meridian Journals", "issn:00051047").body("data.attributes.coverageStatement", equalTo("Full text; Free to read"));
  }

  @Test
  void theShownManagedStatementSentBackIsNoCustomisationButTheLibrarysOwnWins() {
    String id = resourceId("Meridian Journals", "issn:00051012");
    put(id, "{\"isSelected\": false, \"coverageStatement\": \"Full text\"}").statusCode(200);
    put(id, "{\"isSelected\": true, \"coverageStatement\": \"Full text\"}").statusCode(200)
        .body("data.attributes.coverageStatement", equalTo("Full text"));
    assertEquals(null, storedResource("Meridian Journals", "issn:00051012").getString("coverageStatement"));
    put(id, "{\"isSelected\": true, \"coverageStatement\": \"Bound volumes in the stacks\"}").statusCode(200)
        .body("data.attributes.coverageStatement", equalTo("Bound volumes in the stacks"));
    put(id, "{\"isSelected\": false}").statusCode(200).body("data.attributes.coverageStatement", equalTo("Full text"));
  }

  @Test
  void severalLinesOfOneTitleCombineTheirCoverageAndKeepLaterLinesUrlAndEmbargo() {
    JsonObject reef = storedResource("Meridian Journals", "issn:00051055");
    assertEquals(new JsonArray()
            .add(new JsonObject().put("beginCoverage", "2000-01-01").put("endCoverage", "2009-12-31"))
            .add(new JsonObject().put("beginCoverage", "1980-01-01").put("endCoverage", "1995-12-31")),
        reef.getJsonArray("managedCoverages"), "duplicates and overlaps combined, gaps kept, newest first");
    assertEquals("https://meridian.example.org/rs", reef.getString("url"), "the url of the second line");
    assertEquals(new JsonObject().put("embargoUnit", "Months").put("embargoValue", 6), reef.getJsonObject("managedEmbargoPeriod"));
    assertEquals("Supplements not included", reef.getString("managedNotes"));
  }

  @Test
  void twoTitlesSharingAnIssnStayTwoTitlesAndTheSameFileAgainChangesNothing() {
    assertEquals("Harbour Engineering", title("issn:00051063").getString("name"));
    assertEquals("Harbour Economics", title("issn:00051063|name:harboureconomics").getString("name"));
    assertEquals("https://meridian.example.org/hx", storedResource("Meridian Journals", "issn:00051063|name:harboureconomics")
        .getString("url"));
    JsonPath again = importAndWait(TENANT, "Meridian Press", "Meridian Journals", fixture("meridian-journals.tsv"));
    assertEquals(List.of(0, 0, 6, 0), List.of(again.getInt("titlesAdded"), again.getInt("titlesUpdated"),
        again.getInt("titlesUnchanged"), again.getInt("titlesRemoved")));
  }

  @Test
  void anotherProvidersFileNeitherErasesNorRenamesSharedTitlesAndADeltaCountsOnlyItsPackage() {
    JsonPath first = importAndWait(TENANT, "Meridian Press", "Meridian Coastal", fixture("meridian-shared.tsv"));
    assertEquals(4, first.getInt("titlesAdded"));
    JsonPath other = importAndWait(TENANT, "Tidewater Aggregator", "Tidewater Coastal", fixture("aggregator-shared.tsv"));
    assertEquals(List.of(3, 0, 0), List.of(other.getInt("titlesAdded"), other.getInt("titlesUpdated"), other.getInt("titlesUnchanged")));

    Row geomorphology = title("issn:00052019");
    assertEquals("Coastal Geomorphology", geomorphology.getString("name"), "the other file's name does not rename it");
    assertEquals("Meridian Press", geomorphology.getString("publisher_name"), "the other file's empty publisher erases nothing");
    assertEquals("Meridian Press", title("issn:00052035").getString("publisher_name"));

    JsonObject own = storedResource("Meridian Coastal", "issn:00052019");
    JsonObject theirs = storedResource("Tidewater Coastal", "issn:00052019");
    assertEquals(List.of("https://meridian.example.org/cg", "fulltext", "1990-01-01"), List.of(own.getString("url"),
        own.getString("managedCoverageDepth"), own.getJsonArray("managedCoverages").getJsonObject(0).getString("beginCoverage")));
    assertEquals(List.of("https://aggregator.example.net/cg", "abstracts", "2001-01-01"), List.of(theirs.getString("url"),
        theirs.getString("managedCoverageDepth"), theirs.getJsonArray("managedCoverages").getJsonObject(0).getString("beginCoverage")));

    JsonPath delta = importAndWait(TENANT, "Meridian Press", "Meridian Coastal", fixture("meridian-shared-delta.tsv"));
    assertEquals(List.of(0, 1, 3, 0), List.of(delta.getInt("titlesAdded"), delta.getInt("titlesUpdated"),
        delta.getInt("titlesUnchanged"), delta.getInt("titlesRemoved")), "one line changed: one title updated in this package");
    JsonPath otherAgain = importAndWait(TENANT, "Tidewater Aggregator", "Tidewater Coastal", fixture("aggregator-shared.tsv"));
    assertEquals(List.of(0, 0, 3), List.of(otherAgain.getInt("titlesAdded"), otherAgain.getInt("titlesUpdated"),
        otherAgain.getInt("titlesUnchanged")), "the two files do not undo each other");
    assertEquals(theirs, storedResource("Tidewater Coastal", "issn:00052019"));
  }

  private static io.restassured.response.ValidatableResponse put(String id, String attributes) {
    return TestModule.as(TENANT).body("{\"data\":{\"type\":\"resources\",\"attributes\":" + attributes + "}}")
        .put("/eholdings/resources/" + id).then();
  }

  private static io.restassured.response.ValidatableResponse resource(String packageName, String titleKey) {
    return TestModule.as(TENANT).get("/eholdings/resources/" + resourceId(packageName, titleKey)).then().statusCode(200);
  }

  private static String resourceId(String packageName, String titleKey) {
    Row r = module.sql("SELECT r.provider_id, r.package_id, r.title_id FROM " + SCHEMA + ".resources r JOIN " + SCHEMA
        + ".titles t ON t.id = r.title_id JOIN " + SCHEMA + ".packages k ON k.id = r.package_id"
        + " WHERE k.name = $1 AND t.external_key = $2", packageName, titleKey).iterator().next();
    return r.getLong("provider_id") + "-" + r.getLong("package_id") + "-" + r.getLong("title_id");
  }

  private static JsonObject storedResource(String packageName, String titleKey) {
    return new JsonObject(module.sql("SELECT r.jsonb::text AS doc FROM " + SCHEMA + ".resources r JOIN " + SCHEMA
        + ".titles t ON t.id = r.title_id JOIN " + SCHEMA + ".packages k ON k.id = r.package_id"
        + " WHERE k.name = $1 AND t.external_key = $2", packageName, titleKey).iterator().next().getString("doc"));
  }

  private static Row title(String key) {
    return module.sql("SELECT t.*, t.jsonb::text AS doc FROM " + SCHEMA + ".titles t WHERE external_key = $1", key)
        .iterator().next();
  }
}
