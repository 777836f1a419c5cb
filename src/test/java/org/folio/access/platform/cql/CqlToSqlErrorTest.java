package org.folio.access.platform.cql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Queries that parse but use fields, values or placeholders that are not allowed. */
class CqlToSqlErrorTest {

  private static final CqlFields FIELDS = CqlFields.of(
      CqlField.text("name", "jsonb->>'name'"),
      CqlField.text("status", "jsonb->>'status'"),
      CqlField.uuid("id", "id"));

  private static String error(String cql) {
    return error(cql, FIELDS);
  }

  private static String error(String cql, CqlFields fields) {
    return assertThrows(CqlException.class, () -> CqlToSql.translate(cql, fields, 1))
        .getMessage();
  }

  @Test
  void unknownFieldIsNamedWithTheSupportedOnes() {
    assertEquals("Unsupported query field 'title'; supported: name, status, id",
        error("title = x"));
  }

  @Test
  void unknownFieldInsideBooleansIsReported() {
    assertEquals("Unsupported query field 'Name'; supported: name, status, id",
        error("name = x OR (status = y AND Name = z)"));
  }

  @Test
  void unknownSortFieldIsReported() {
    assertEquals("Unsupported query field 'title'; supported: name, status, id",
        error("name = x sortBy title/sort.descending"));
  }

  @Test
  void fieldsWithoutAnyEntryReportNone() {
    assertEquals("Unsupported query field 'name'; supported: (none)",
        error("name = x", CqlFields.of()));
  }

  @Test
  void bareTermWithoutDefaultFieldIsRejected() {
    assertEquals("The search term 'smith' at position 1 has no field name and this search has no"
        + " default field; write it as field=value", error("smith"));
  }

  @Test
  void serverChoiceWithoutDefaultFieldIsRejected() {
    assertEquals("The index 'cql.serverChoice' cannot be used because this search has no default"
        + " field", error("cql.serverChoice = smith"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"cql.allRecords=2", "cql.allRecords<>1", "cql.allRecords=\"\""})
  void allRecordsOnlyAcceptsEqualsOneOrZero(String query) {
    assertEquals("The index 'cql.allRecords' at position 1 can only be used as cql.allRecords=1"
        + " (every record) or cql.allRecords=0 (none)", error(query));
  }

  @Test
  void textOrderingWithWildcardIsRejected() {
    assertEquals("Wildcards (* and ?) cannot be used with the relation '>' for field 'name'",
        error("name > a*"));
  }

  @Test
  void firstPlaceholderBelowOneIsAProgrammingError() {
    assertThrows(IllegalArgumentException.class, () -> CqlToSql.translate("name = x", FIELDS, 0));
  }
}
