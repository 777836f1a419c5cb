package org.folio.access.platform.cql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CqlToSqlTypedTest {

  private static final CqlFields FIELDS = CqlFields.of(
      CqlField.uuid("id", "id"),
      CqlField.uuid("patronId", "jsonb->>'patronId'"),
      CqlField.number("count", "jsonb->>'count'"),
      CqlField.dateTime("dueDate", "jsonb->>'dueDate'"),
      CqlField.bool("active", "jsonb->>'active'"));
  private static final String ID = "1e3b2f4a-5c6d-4e7f-8a9b-0c1d2e3f4a5b";

  private static void assertSql(String cql, String where, Object... params) throws CqlException {
    SqlFilter filter = CqlToSql.translate(cql, FIELDS, 1);
    assertEquals(where, filter.where());
    assertEquals(List.of(params), filter.params());
  }

  private static String error(String cql) {
    return assertThrows(CqlException.class, () -> CqlToSql.translate(cql, FIELDS, 1)).getMessage();
  }

  @Test
  void uuidEqualsCastsJsonTextAndBindsUuid() throws CqlException {
    assertSql("patronId = " + ID, "(jsonb->>'patronId')::uuid = $1", UUID.fromString(ID));
  }

  @Test
  void uuidDoubleEqualsIsTheSameAsEquals() throws CqlException {
    assertSql("patronId == " + ID, "(jsonb->>'patronId')::uuid = $1", UUID.fromString(ID));
  }

  @Test
  void uuidColumnIsCastToo() throws CqlException {
    assertSql("id = \"" + ID.toUpperCase() + "\"", "(id)::uuid = $1", UUID.fromString(ID));
  }

  @Test
  void uuidNotEqualUsesIsDistinctFrom() throws CqlException {
    assertSql("id <> " + ID, "(id)::uuid IS DISTINCT FROM $1", UUID.fromString(ID));
  }

  @ParameterizedTest
  @ValueSource(strings = {"<", ">", "<=", ">=", "adj", "all", "any"})
  void uuidRejectsOtherRelations(String relation) {
    assertEquals("The relation '" + relation + "' is not supported for field 'id' of type UUID;"
        + " supported: =, ==, <>", error("id " + relation + " " + ID));
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "1-1-1-1-1", "1e3b2f4a5c6d4e7f8a9b0c1d2e3f4a5b"})
  void invalidUuidIsRejected(String term) {
    assertEquals("Invalid UUID '" + term + "' for field 'patronId'", error("patronId = " + term));
  }

  @ParameterizedTest
  @CsvSource({"=,=", "==,=", "<>,IS DISTINCT FROM", "<,<", ">,>", "<=,<=", ">=,>="})
  void numberSupportsEveryComparison(String relation, String sql) throws CqlException {
    assertSql("count " + relation + " 5", "(jsonb->>'count')::numeric " + sql + " $1",
        new BigDecimal("5"));
  }

  @Test
  void numberKeepsDecimalsAndSign() throws CqlException {
    assertSql("count >= -1.50", "(jsonb->>'count')::numeric >= $1", new BigDecimal("-1.50"));
  }

  @Test
  void nonNumberIsRejected() {
    assertEquals("Invalid number 'ten' for field 'count'", error("count = ten"));
  }

  @Test
  void numberWithHugeExponentIsRejected() {
    assertEquals("Invalid number '1e999999' for field 'count'; its exponent is out of range",
        error("count = 1e999999"));
  }

  @Test
  void numberRejectsWordRelations() {
    assertEquals("The relation 'adj' is not supported for field 'count' of type number;"
        + " supported: =, ==, <>, <, >, <=, >=", error("count adj 5"));
  }

  @Test
  void dateTimeWithOffsetIsBoundAsItIs() throws CqlException {
    assertSql("dueDate < 2024-01-31T12:00:00+02:00", "(jsonb->>'dueDate')::timestamptz < $1",
        OffsetDateTime.parse("2024-01-31T12:00:00+02:00"));
  }

  @Test
  void dateTimeWithZuluOffset() throws CqlException {
    assertSql("dueDate >= \"2024-01-31T12:00:00.123Z\"",
        "(jsonb->>'dueDate')::timestamptz >= $1", OffsetDateTime.parse("2024-01-31T12:00:00.123Z"));
  }

  @Test
  void dateTimeWithoutOffsetIsUtc() throws CqlException {
    assertSql("dueDate > 2024-01-31T12:00", "(jsonb->>'dueDate')::timestamptz > $1",
        OffsetDateTime.parse("2024-01-31T12:00:00Z"));
  }

  @Test
  void plainDateIsStartOfDayUtc() throws CqlException {
    assertSql("dueDate <= 2024-01-31", "(jsonb->>'dueDate')::timestamptz <= $1",
        OffsetDateTime.parse("2024-01-31T00:00:00Z"));
  }

  @Test
  void dateTimeNotEqualUsesIsDistinctFrom() throws CqlException {
    assertSql("dueDate <> 2024-01-31", "(jsonb->>'dueDate')::timestamptz IS DISTINCT FROM $1",
        OffsetDateTime.parse("2024-01-31T00:00:00Z"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-02-30", "yesterday", "2024-01-31 12:00", "31.01.2024"})
  void invalidDateIsRejected(String term) {
    assertEquals("Invalid date-time '" + term + "' for field 'dueDate'; expected an ISO-8601"
        + " date such as 2024-01-31 or date-time such as 2024-01-31T12:00:00Z",
        error("dueDate = \"" + term + "\""));
  }

  @Test
  void booleanIsCaseInsensitiveAndBoundAsBoolean() throws CqlException {
    assertSql("active = TRUE", "(jsonb->>'active')::boolean = $1", true);
    assertSql("active == false", "(jsonb->>'active')::boolean = $1", false);
  }

  @Test
  void booleanNotEqualUsesIsDistinctFrom() throws CqlException {
    assertSql("active <> true", "(jsonb->>'active')::boolean IS DISTINCT FROM $1", true);
  }

  @Test
  void invalidBooleanIsRejected() {
    assertEquals("Invalid boolean 'yes' for field 'active'; expected true or false",
        error("active = yes"));
  }

  @Test
  void booleanRejectsOrdering() {
    assertEquals("The relation '<' is not supported for field 'active' of type boolean;"
        + " supported: =, ==, <>", error("active < true"));
  }

  @Test
  void wildcardsAreRejectedOnNonTextFields() {
    assertEquals("Wildcards (* and ?) are not supported for field 'count' of type number: '1*'",
        error("count = 1*"));
    assertEquals("Wildcards (* and ?) are not supported for field 'patronId' of type UUID: '*'",
        error("patronId = *"));
  }

  @Test
  void escapedWildcardOnNonTextFieldIsJustAnInvalidValue() {
    assertEquals("Invalid number '1*' for field 'count'", error("count = \"1\\*\""));
  }

  @Test
  void emptyTermWithEqualsMeansTypedFieldIsPresent() throws CqlException {
    assertSql("patronId = \"\"", "jsonb->>'patronId' IS NOT NULL");
    assertSql("dueDate = \"\"", "jsonb->>'dueDate' IS NOT NULL");
  }

  @Test
  void sortOnTypedFieldsUsesTheComparisonCast() throws CqlException {
    SqlFilter filter = CqlToSql.translate(
        "cql.allRecords=1 sortBy dueDate/sort.descending count active patronId", FIELDS, 1);
    assertEquals("(jsonb->>'dueDate')::timestamptz DESC, (jsonb->>'count')::numeric ASC,"
        + " (jsonb->>'active')::boolean ASC, (jsonb->>'patronId')::uuid ASC", filter.orderBy());
  }
}
