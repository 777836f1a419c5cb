package org.folio.access.eholdings.kbart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.folio.access.eholdings.kbart.StoredDocuments.Contributor;
import org.folio.access.eholdings.kbart.StoredDocuments.Coverage;
import org.folio.access.eholdings.kbart.StoredDocuments.Embargo;
import org.folio.access.eholdings.kbart.StoredDocuments.Identifier;
import org.folio.access.eholdings.kbart.StoredDocuments.Period;
import org.folio.access.eholdings.kbart.StoredDocuments.Resource;
import org.folio.access.platform.errors.JsonApiError;
import org.junit.jupiter.api.Test;

class KbartLineParserTest {
  private static final KbartHeader STANDARD = KbartHeader.parse(String.join("\t", KbartHeader.COLUMNS));
  private final KbartLineParser parser = new KbartLineParser(STANDARD, "northbridge scholarly", "E-Journal");

  static Map<String, String> journalOfCoastalEcology() {
    Map<String, String> m = new HashMap<>();
    m.put("publication_title", "Journal of Coastal Ecology");
    m.put("print_identifier", "0028-0836");
    m.put("online_identifier", "14764687");
    m.put("date_first_issue_online", "1998");
    m.put("date_last_issue_online", "2019-06");
    m.put("title_url", "https://journals.example.org/jce");
    m.put("first_author", "");
    m.put("title_id", "jce");
    m.put("embargo_info", "P1Y");
    m.put("publisher_name", "Northbridge Scholarly");
    m.put("publication_type", "serial");
    return m;
  }

  static Map<String, String> handbookOfTidalFlats() {
    Map<String, String> m = new HashMap<>();
    m.put("publication_title", "Handbook of Tidal Flats");
    m.put("print_identifier", "0-306-40615-2");
    m.put("online_identifier", "");
    m.put("first_author", "Ada Marsh");
    m.put("first_editor", "Ben Reed");
    m.put("monograph_edition", "2");
    m.put("title_id", "htf");
    m.put("publication_type", "monograph");
    return m;
  }

  @Test
  void aSerialBecomesAJournalWithBothIssnsCoverageEmbargoAndUrl() {
    KbartLine.Accepted line = accepted(journalOfCoastalEcology());
    assertEquals("issn:14764687", line.titleKey());
    assertEquals("Journal", line.title().publicationType());
    assertEquals(List.of(new Identifier("0028-0836", "ISSN", "Print"), new Identifier("1476-4687", "ISSN", "Online")),
        line.title().identifiers());
    assertEquals(List.of("00280836", "14764687"), line.isxn());
    assertEquals(new Coverage("1998-01-01", "2019-06-30"), line.coverage());
    assertEquals(new Embargo("Years", 1), line.resource().managedEmbargoPeriod());
    assertEquals(List.of(), line.warnings());
    assertEquals("https://journals.example.org/jce", line.resource().url());
    assertEquals("Northbridge Scholarly", line.title().publisherName());
    assertEquals(List.of(), line.title().contributors());
  }

  @Test
  void aMonographBecomesABookKeyedByItsIsbn13WithAuthorEditorAndEdition() {
    KbartLine.Accepted line = accepted(handbookOfTidalFlats());
    assertEquals("isbn:9780306406157", line.titleKey());
    assertEquals("Book", line.title().publicationType());
    assertEquals(List.of(new Identifier("0-306-40615-2", "ISBN", "Print")), line.title().identifiers());
    assertEquals(List.of("0306406152"), line.isxn());
    assertEquals(List.of(new Contributor("Author", "Ada Marsh"), new Contributor("Editor", "Ben Reed")),
        line.title().contributors());
    assertEquals("2", line.title().edition());
    assertNull(line.coverage());
    assertNull(line.resource().managedEmbargoPeriod());
  }

  @Test
  void anOpenEndedCoverageEndsEmptyAndADayIsKeptAsIs() {
    Map<String, String> m = journalOfCoastalEcology();
    m.put("date_first_issue_online", "2001-02-03");
    m.put("date_last_issue_online", "");
    assertEquals(new Coverage("2001-02-03", ""), accepted(m).coverage());
  }

  @Test
  void pIsTheMovingWallAndRTheRollingWindowKeptAsSuch() {
    Map<String, String> m = journalOfCoastalEcology();
    m.put("embargo_info", "P12M");
    Resource wall = accepted(m).resource();
    assertEquals(new Embargo("Months", 12), wall.managedEmbargoPeriod(), "P12M: all but the most recent 12 months");
    assertNull(wall.managedRollingWindow());
    m.put("embargo_info", "R3Y");
    Resource window = accepted(m).resource();
    assertNull(window.managedEmbargoPeriod(), "R3Y is no embargo");
    assertEquals(new Period("Years", 3), window.managedRollingWindow(), "R3Y: only the most recent 3 years");
    m.put("embargo_info", "r10y;P30d");
    Resource both = accepted(m).resource();
    assertEquals(new Embargo("Days", 30), both.managedEmbargoPeriod());
    assertEquals(new Period("Years", 10), both.managedRollingWindow());
    m.put("embargo_info", "P0D");
    assertNull(accepted(m).resource().managedEmbargoPeriod(), "a wall of 0 is none");
  }

  @Test
  void trailingEmptyFieldsAreAcceptedAndContentBeyondTheHeaderRejectsOnlyThatLine() {
    String line = line(journalOfCoastalEcology());
    assertEquals("Journal of Coastal Ecology", accepted(line + "\t").title().name());
    assertEquals("Journal of Coastal Ecology", accepted(line + "\t \t\t").title().name());
    assertEquals("field 26 'local shelf 12' is beyond the header's 25 columns", rejected(line + "\tlocal shelf 12").reason());
    assertEquals("field 27 'x' is beyond the header's 25 columns", rejected(line + "\t\tx").reason());
  }

  @Test
  void placeholdersAreEmptyValues() {
    for (String placeholder : List.of("n/a", "N/A", "-", " N/a ", "")) {
      Map<String, String> m = journalOfCoastalEcology();
      m.put("print_identifier", placeholder);
      m.put("date_last_issue_online", placeholder);
      m.put("publisher_name", placeholder);
      KbartLine.Accepted line = accepted(m);
      assertEquals(List.of(new Identifier("1476-4687", "ISSN", "Online")), line.title().identifiers(), placeholder);
      assertEquals(new Coverage("1998-01-01", ""), line.coverage(), placeholder);
      assertNull(line.title().publisherName(), placeholder);
      assertEquals(List.of(), line.warnings(), placeholder);
    }
  }

  @Test
  void aSingleInvalidIdentifierIsDroppedWithAWarningWhenSomethingElseIdentifiesTheTitle() {
    Map<String, String> m = journalOfCoastalEcology();
    m.put("print_identifier", "0028-0837");
    KbartLine.Accepted typo = accepted(m);
    assertEquals("issn:14764687", typo.titleKey());
    assertEquals(List.of(new Identifier("1476-4687", "ISSN", "Online")), typo.title().identifiers());
    assertEquals(List.of("print_identifier '0028-0837' is not a valid ISSN: dropped"), typo.warnings());

    m.put("print_identifier", "");
    m.put("online_identifier", "1476-4688");
    KbartLine.Accepted byTitleId = accepted(m);
    assertEquals("kbart:northbridge scholarly:jce", byTitleId.titleKey());
    assertEquals(List.of("online_identifier '1476-4688' is not a valid ISSN: dropped"), byTitleId.warnings());

    m.put("title_id", "");
    assertEquals("online_identifier '1476-4688' is not a valid ISSN", rejected(line(m)).reason(), "nothing else identifies it");
  }

  @Test
  void aRelativeOrOtherwiseUnusableTitleUrlIsDroppedWithAWarning() {
    Map<String, String> m = journalOfCoastalEcology();
    m.put("title_url", "/journals/jce");
    KbartLine.Accepted line = accepted(m);
    assertNull(line.resource().url());
    assertEquals(List.of("title_url '/journals/jce' is not an absolute http:// or https:// address of at most 600 characters: dropped"),
        line.warnings());
    m.put("title_url", "ftp://x");
    assertNull(accepted(m).resource().url());
  }

  @Test
  void coverageDepthAndNotesAreKeptOnTheResource() {
    Map<String, String> m = journalOfCoastalEcology();
    m.put("coverage_depth", "Full Text");
    m.put("notes", "Volumes 3-5 missing");
    Resource r = accepted(m).resource();
    assertEquals("fulltext", r.managedCoverageDepth());
    assertEquals("Volumes 3-5 missing", r.managedNotes());
    m.put("coverage_depth", "selected  articles");
    m.put("notes", "n".repeat(600));
    KbartLine.Accepted line = accepted(m);
    assertEquals("selected articles", line.resource().managedCoverageDepth());
    assertEquals(500, line.resource().managedNotes().length());
    assertEquals(List.of("notes are longer than 500 characters: cut"), line.warnings());
  }

  @Test
  void aMonographIsCoveredFromItsPublicationDateOnlineElsePrint() {
    Map<String, String> m = handbookOfTidalFlats();
    m.put("date_monograph_published_print", "2009");
    assertEquals(new Coverage("2009-01-01", "2009-12-31"), accepted(m).coverage());
    m.put("date_monograph_published_online", "2010-03");
    assertEquals(new Coverage("2010-03-01", "2010-03-31"), accepted(m).coverage());
    m.put("date_first_issue_online", "2011");
    assertEquals(new Coverage("2011-01-01", ""), accepted(m).coverage(), "issue dates win when the line has them");
    m.put("date_first_issue_online", "");
    m.put("date_monograph_published_online", "2010-13");
    KbartLine.Accepted badDate = accepted(m);
    assertNull(badDate.coverage());
    assertTrue(badDate.warnings().get(0).startsWith("date_monograph_published_online '2010-13' is not a date"), badDate.warnings().toString());
  }

  @Test
  void withoutIdentifiersTheKeyIsTheProvidersTitleId() {
    Map<String, String> m = journalOfCoastalEcology();
    m.put("print_identifier", "");
    m.put("online_identifier", "");
    assertEquals("kbart:northbridge scholarly:jce", accepted(m).titleKey());
  }

  @Test
  void anEmptyPublicationTypeIsReadFromTheIdentifier() {
    Map<String, String> m = handbookOfTidalFlats();
    m.put("publication_type", "");
    assertEquals("Book", accepted(m).title().publicationType());
    Map<String, String> j = journalOfCoastalEcology();
    j.put("publication_type", "");
    assertEquals("Journal", accepted(j).title().publicationType());
  }

  @Test
  void badLinesAreRejectedWithAReasonThatNamesTheColumn() {
    assertRejected("publication_title", "", "publication_title is empty");
    assertRejected("date_first_issue_online", "1998-13", "date_first_issue_online '1998-13' is not a date");
    assertRejected("date_last_issue_online", "1990", "date_first_issue_online 1998-01-01 is after date_last_issue_online 1990-12-31");
    assertRejected("embargo_info", "1 year", "embargo_info '1 year' is not a KBART embargo");
    assertRejected("publication_type", "database", "publication_type 'database' is neither serial nor monograph");
    Map<String, String> book = handbookOfTidalFlats();
    book.put("print_identifier", "0028-0836");
    book.put("title_id", "");
    assertEquals("print_identifier '0028-0836' is not a valid ISBN", rejected(line(book)).reason());
  }

  @Test
  void aLineWithoutIdentifierOrTitleIdIsRejected() {
    Map<String, String> m = journalOfCoastalEcology();
    m.put("print_identifier", "");
    m.put("online_identifier", "");
    m.put("title_id", "");
    assertEquals("no print_identifier, online_identifier or title_id identifies the title", rejected(line(m)).reason());
  }

  @Test
  void aLineWithTheWrongNumberOfColumnsIsRejected() {
    assertEquals("expected 25 tab-separated columns as in the header, found 3", rejected("a\tb\tc").reason());
  }

  @Test
  void columnsMayComeInAnyOrderWithExtraColumnsAndOptionalOnesMissing() {
    KbartHeader header = KbartHeader.parse(" Online_Identifier \tlocal_notes\tpublication_title");
    KbartLineParser short3 = new KbartLineParser(header, "p", "E-Journal");
    KbartLine.Accepted line = assertInstanceOf(KbartLine.Accepted.class, short3.parse(2, "1476-4687\tours\tNature Letters"));
    assertEquals("Nature Letters", line.title().name());
    assertEquals("issn:14764687", line.titleKey());
  }

  @Test
  void aHeaderWithoutPublicationTitleIsNotKbart() {
    JsonApiError e = assertThrows(JsonApiError.class, () -> KbartHeader.parse("{\"not\": \"kbart\"}"));
    assertEquals(422, e.status());
    assertEquals("Not a KBART file", e.getMessage());
    assertTrue(e.detail().contains("no publication_title column"), e.detail());
    assertThrows(JsonApiError.class, () -> KbartHeader.parse("publication_title\tnotes"));
  }

  private void assertRejected(String column, String value, String reasonStart) {
    Map<String, String> m = journalOfCoastalEcology();
    m.put(column, value);
    String reason = rejected(line(m)).reason();
    assertTrue(reason.startsWith(reasonStart), reason);
  }

  private KbartLine.Accepted accepted(Map<String, String> values) {
    return accepted(line(values));
  }

  private KbartLine.Accepted accepted(String line) {
    return assertInstanceOf(KbartLine.Accepted.class, parser.parse(2, line));
  }

  private KbartLine.Rejected rejected(String line) {
    KbartLine.Rejected r = assertInstanceOf(KbartLine.Rejected.class, parser.parse(7, line));
    assertEquals(7, r.lineNo());
    return r;
  }

  static String line(Map<String, String> values) {
    return KbartHeader.COLUMNS.stream().map(c -> values.getOrDefault(c, "")).collect(Collectors.joining("\t"));
  }
}
