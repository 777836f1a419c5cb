package org.folio.access.stacks.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportLineParserTest {
  @Test
  void aBibBecomesAWorkWithItsLocationCodes() {
    ImportLine line = ImportLineParser.parse(1, "{\"id\":\"1234567\",\"title\":\"Atlas\",\"locations\":[{\"code\":\"stax \"},{\"code\":\"digi\"}]}");
    assertEquals(new ImportLine.Bib(1, "b1234567", "Atlas", List.of("stax", "digi")), line);
  }

  @Test
  void anItemTakesStatusAndOpacMessageFromItsFixedFields() {
    ImportLine.Item item = (ImportLine.Item) ImportLineParser.parse(2, "{\"id\":\"i7654321\",\"bibIds\":[\"1234567\"],"
        + "\"location\":{\"code\":\"sicon\",\"name\":\"Iconographic\"},\"status\":{\"code\":\"-\",\"duedate\":\"2026-12-20T08:00:00Z\"},"
        + "\"fixedFields\":{\"88\":{\"value\":\"o\",\"display\":\"Library use only\"},\"108\":{\"value\":\"f\"},\"58\":{\"value\":2}},"
        + "\"callNumber\":\"MS.1\"}");
    assertEquals("i7654321", item.itemId());
    assertEquals("7654321", item.recordNumber());
    assertEquals("b1234567", item.workId());
    assertEquals("o", item.statusCode());
    assertEquals("Library use only", item.statusLabel());
    assertEquals("f", item.opacMessage());
    assertEquals("2", item.copy());
    assertEquals(OffsetDateTime.parse("2026-12-20T08:00:00Z"), item.dueDate());
  }

  @Test
  void badLinesSayWhy() {
    assertEquals("not a JSON object", reason(ImportLineParser.parse(3, "[1,2]")));
    assertEquals("id must be a record number", reason(ImportLineParser.parse(4, "{\"id\":\"abc\"}")));
    assertEquals("an item record needs bibIds", reason(ImportLineParser.parse(5, "{\"id\":\"1\",\"bibIds\":[]}")));
    assertEquals("status.duedate is not a date-time",
        reason(ImportLineParser.parse(6, "{\"id\":\"1\",\"bibIds\":[\"2\"],\"status\":{\"duedate\":\"soon\"}}")));
    assertEquals("a field has the wrong type", reason(ImportLineParser.parse(7, "{\"id\":\"1\",\"bibIds\":\"2\"}")));
    assertEquals("line longer than the limit", reason(ImportLineParser.parse(8, null)));
    assertInstanceOf(ImportLine.Blank.class, ImportLineParser.parse(9, "  "));
  }

  private static String reason(ImportLine line) {
    return ((ImportLine.Rejected) line).reason();
  }
}
