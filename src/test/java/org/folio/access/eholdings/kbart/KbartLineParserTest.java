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
    m.put("embargo_info", "R1Y");
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
  void anAvailabilityPeriodIsNotAnEmbargoButAMovingWallIs() {
    Map<String, String> m = journalOfCoastalEcology();
    m.put("embargo_info", "P6M");
    assertNull(accepted(m).resource().managedEmbargoPeriod());
    m.put("embargo_info", "r30d;P10Y");
    assertEquals(new Embargo("Days", 30), accepted(m).resource().managedEmbargoPeriod());
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
    assertRejected("online_identifier", "1476-4688", "online_identifier '1476-4688' is not a valid ISSN");
    assertRejected("date_first_issue_online", "1998-13", "date_first_issue_online '1998-13' is not a date");
    assertRejected("date_last_issue_online", "1990", "date_first_issue_online 1998-01-01 is after date_last_issue_online 1990-12-31");
    assertRejected("embargo_info", "1 year", "embargo_info '1 year' is not a KBART embargo");
    assertRejected("title_url", "ftp://x", "title_url 'ftp://x' is not an http:// or https:// address");
    assertRejected("publication_type", "database", "publication_type 'database' is neither serial nor monograph");
    Map<String, String> book = handbookOfTidalFlats();
    book.put("print_identifier", "0028-0836");
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
    return assertInstanceOf(KbartLine.Accepted.class, parser.parse(2, line(values)));
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
