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
  void uuidNotEqualMatchesOnlyRecordsWithTheField() throws CqlException {
    assertSql("id <> " + ID, "(id)::uuid <> $1", UUID.fromString(ID));
  }

  @ParameterizedTest
  @ValueSource(strings = {"<", ">", "<=", ">="})
  void uuidsCompare(String relation) throws CqlException {
    assertSql("id " + relation + " " + ID, "(id)::uuid " + relation + " $1", UUID.fromString(ID));
  }

  @ParameterizedTest
  @ValueSource(strings = {"adj", "all", "any"})
  void uuidRejectsWordRelations(String relation) {
    assertEquals("The relation '" + relation + "' is not supported for field 'id' of type UUID;"
        + " supported: =, ==, <>, <, >, <=, >=", error("id " + relation + " " + ID));
  }

  @Test
  void uuidPrefixIsARangeOnTheColumn() throws CqlException {
    assertSql("id == 1E3B2F4A-5*", "(id)::uuid BETWEEN $1 AND $2",
        UUID.fromString("1e3b2f4a-5000-0000-0000-000000000000"),
        UUID.fromString("1e3b2f4a-5fff-ffff-ffff-ffffffffffff"));
    assertSql("id <> 1e3b*", "(id)::uuid NOT BETWEEN $1 AND $2",
        UUID.fromString("1e3b0000-0000-0000-0000-000000000000"),
        UUID.fromString("1e3bffff-ffff-ffff-ffff-ffffffffffff"));
  }

  @Test
  void uuidWildcardAloneMeansPresent() throws CqlException {
    assertSql("id = *", "id IS NOT NULL");
    assertSql("patronId == *", "jsonb->>'patronId' IS NOT NULL");
  }

  @Test
  void uuidPrefixThatCannotStartAUuidMatchesNothing() throws CqlException {
    assertSql("id = xyz*", "FALSE");
    assertSql("id <> 1e3b2f4a5*", "TRUE");
  }

  @Test
  void uuidWildcardElsewhereIsRefusedWithAReason() {
    assertEquals("UUID field 'id' accepts a wildcard only as a trailing * after a prefix (such"
        + " as 1234abcd*) with =, == or <>: '*abc'", error("id = *abc"));
    assertEquals("UUID field 'id' accepts a wildcard only as a trailing * after a prefix (such"
        + " as 1234abcd*) with =, == or <>: '1e?b*'", error("id = 1e?b*"));
    assertEquals("UUID field 'id' accepts a wildcard only as a trailing * after a prefix (such"
        + " as 1234abcd*) with =, == or <>: '1e*'", error("id > 1e*"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "1-1-1-1-1", "1e3b2f4a5c6d4e7f8a9b0c1d2e3f4a5b"})
  void invalidUuidMatchesNothingAndItsNegationEverything(String term) throws CqlException {
    assertSql("patronId = " + term, "FALSE");
    assertSql("patronId == " + term, "FALSE");
    assertSql("patronId <> " + term, "TRUE");
  }

  @ParameterizedTest
  @CsvSource({"=,=", "==,=", "<>,<>", "<,<", ">,>", "<=,<=", ">=,>="})
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
  void dateTimeWithOffsetWithoutColon() throws CqlException {
    assertSql("dueDate < 2024-01-31T12:00:00.000+0000", "(jsonb->>'dueDate')::timestamptz < $1",
        OffsetDateTime.parse("2024-01-31T12:00:00Z"));
    assertSql("dueDate < 2024-01-31T12:00:00-0530", "(jsonb->>'dueDate')::timestamptz < $1",
        OffsetDateTime.parse("2024-01-31T12:00:00-05:30"));
    assertSql("dueDate < 2024-01-31T12:00:00+02", "(jsonb->>'dueDate')::timestamptz < $1",
        OffsetDateTime.parse("2024-01-31T12:00:00+02:00"));
  }

  @Test
  void dateTimeNotEqual() throws CqlException {
    assertSql("dueDate <> 2024-01-31", "(jsonb->>'dueDate')::timestamptz <> $1",
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
  void booleanNotEqual() throws CqlException {
    assertSql("active <> true", "(jsonb->>'active')::boolean <> $1", true);
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
  }

  @Test
  void escapedWildcardOnNonTextFieldIsJustAnInvalidValue() {
    assertEquals("Invalid number '1*' for field 'count'", error("count = \"1\\*\""));
  }

  @Test
  void emptyTermWithEqualsMeansTypedFieldIsPresent() throws CqlException {
    assertSql("dueDate = \"\"", "jsonb->>'dueDate' IS NOT NULL");
    assertSql("count <> \"\"", "jsonb->>'count' IS NOT NULL");
    assertSql("count == \"\"", "FALSE");
  }

  @Test
  void emptyUuidMatchesNothing() throws CqlException {
    assertSql("patronId = \"\"", "FALSE");
    assertSql("patronId <> \"\"", "TRUE");
  }

  @Test
  void stringModifierComparesTheTextOfATypedField() throws CqlException {
    assertSql("count ==/string 5", "lower(public.unaccent((jsonb->>'count')::text))"
        + " = (SELECT lower(public.unaccent($1)))", "5");
    assertSql("count ==/number 5", "(jsonb->>'count')::numeric = $1", new BigDecimal("5"));
  }

  @Test
  void numberModifierIsRefusedForDates() {
    assertEquals("The modifier /number of '=' cannot be used with field 'dueDate' of type"
        + " date-time", error("dueDate =/number 5"));
  }

  @Test
  void sortKeysTakeASecondModifierAndASpaceBeforeTheSlash() throws CqlException {
    SqlFilter filter = CqlToSql.translate("cql.allRecords=1 sortBy count/sort.ascending/string"
        + " dueDate /sort.descending /sort.missingLow active/number", CqlFields.of(
            CqlField.number("count", "c"), CqlField.dateTime("dueDate", "d"),
            CqlField.text("active", "a")), 1);
    assertEquals("lower(public.unaccent((c)::text)) ASC, (d)::timestamptz DESC NULLS LAST,"
        + " (CASE WHEN a ~ '^[[:space:]]*[-+]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][-+]?[0-9]+)?"
        + "[[:space:]]*$' THEN (a)::numeric END)::numeric ASC", filter.orderBy());
  }

  @Test
  void sortOnTypedFieldsUsesTheComparisonCast() throws CqlException {
    SqlFilter filter = CqlToSql.translate(
        "cql.allRecords=1 sortBy dueDate/sort.descending count active patronId", FIELDS, 1);
    assertEquals("(jsonb->>'dueDate')::timestamptz DESC, (jsonb->>'count')::numeric ASC,"
        + " (jsonb->>'active')::boolean ASC, (jsonb->>'patronId')::uuid ASC", filter.orderBy());
  }
}
