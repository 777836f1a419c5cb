package org.folio.access.platform.cql;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.folio.access.circulation.Caller;
import org.folio.access.circulation.Econtent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CQL as FOLIO clients speak it (issue 17), over HTTP on every CQL collection: each row is a
 * query written by hand after the rules (word matching, exact matching with case and accent
 * folding, modifiers, missing fields, UUIDs, id lists, cql.allRecords, sorting) and the fixture
 * records it must return. Fixtures are written straight into the tables so that every value
 * (empty, missing, accented) is exactly as the row expects.
 */
class CqlQueriesIT {

  private static final String GROUPS = "/econtent/groups";
  private static final String LENDABLES = "/econtent/lendables";
  private static final String LOANS = "/econtent/loans";
  private static final String HOLDS = "/econtent/holds";
  private static final String GROUP_LOANS = "/econtent/group-loans";

  /** Fixture labels and their ids (resource ids for lendables). */
  private static final Map<String, String> IDS = Map.ofEntries(
      Map.entry("lea", "aaaa0001-0000-4000-8000-000000000001"),
      Map.entry("longfellow", "aaaa0002-0000-4000-8000-000000000002"),
      Map.entry("bob", "bbbb0003-0000-4000-8000-000000000003"),
      Map.entry("ana", "aaaa0004-0000-4000-8000-000000000004"),
      Map.entry("star", "cccc0005-0000-4000-8000-000000000005"),
      Map.entry("island", "aaaa0006-0000-4000-8000-000000000006"),
      Map.entry("ebook", "7-10-100"),
      Map.entry("audio", "7-10-101"),
      Map.entry("magazine", "8-20-200"),
      Map.entry("L1", "dddd0001-0000-4000-8000-000000000001"),
      Map.entry("L2", "dddd0002-0000-4000-8000-000000000002"),
      Map.entry("L3", "dddd0003-0000-4000-8000-000000000003"),
      Map.entry("H1", "eeee0001-0000-4000-8000-000000000001"),
      Map.entry("H2", "eeee0002-0000-4000-8000-000000000002"),
      Map.entry("H3", "eeee0003-0000-4000-8000-000000000003"),
      Map.entry("GL1", "ffff0001-0000-4000-8000-000000000001"),
      Map.entry("GL2", "ffff0002-0000-4000-8000-000000000002"),
      Map.entry("P1", "11110000-0000-4000-8000-000000000001"),
      Map.entry("P2", "22220000-0000-4000-8000-000000000002"));

  private static Econtent library;

  @BeforeAll
  static void fixtures() {
    library = Econtent.library("cqlrules");
    groups();
    lendables();
    loans();
    holds();
    groupLoans();
  }

  private static void groups() {
    group("lea", "Lea Long", "Søvang");
    group("longfellow", "Longfellow Society", null);
    group("bob", "Bob Lo-Fi", "");
    group("ana", "Ana Sofía Pérez", "sovang reading club");
    group("star", "Star*Gazers?", "50% off \"quoted\" \\ back");
    group("island", "LONG island", "North Shore");
  }

  private static void group(String label, String name, String description) {
    sql("INSERT INTO {s}.econtent_groups (id, name, description) VALUES ($1, $2, $3)",
        uuid(label), name, description);
  }

  private static void lendables() {
    lendable("ebook", "one-copy-one-user", 2, "2030-01-01T00:00:00Z", "ebook", null);
    lendable("audio", "unlimited", 0, null, "eaudio", null);
    lendable("magazine", "metered", 10, "2025-06-30T12:00:00Z", "emagazine", 5);
  }

  private static void lendable(String label, String model, int copies, String expires,
      String media, Integer checkouts) {
    sql("INSERT INTO {s}.econtent_lendables (resource_id, provider_id, package_id, title_id,"
        + " license_model, copies, checkouts_remaining, license_expires, media_type, formats,"
        + " source) VALUES ($1, 1, 1, 1, $2, $3, $4, $5, $6, '[]', '{\"type\":\"local\"}')",
        IDS.get(label), model, copies, checkouts, time(expires), media);
  }

  private static void loans() {
    loan("L1", "ebook", "P1", "2024-01-10T10:00:00Z", "2024-01-31T10:00:00Z", null, 0, null);
    loan("L2", "ebook", "P2", "2024-02-01T10:00:00Z", "2024-02-22T10:00:00Z",
        "2024-02-05T08:00:00Z", 1, null);
    loan("L3", "magazine", "P1", "2024-03-01T10:00:00Z", "2024-03-08T10:00:00Z", null, 2,
        uuid("H2"));
  }

  private static void loan(String label, String resource, String patron, String loanDate,
      String dueDate, String returnDate, int renewals, UUID holdId) {
    sql("INSERT INTO {s}.econtent_loans (id, resource_id, patron_id, loan_date, due_date, status,"
        + " renewal_count, return_date, close_reason, hold_id) VALUES ($1, $2, $3, $4, $5, $6, $7,"
        + " $8, $9, $10)", uuid(label), IDS.get(resource), uuid(patron), time(loanDate),
        time(dueDate), returnDate == null ? "open" : "closed", renewals, time(returnDate),
        returnDate == null ? null : "returned", holdId);
  }

  private static void holds() {
    sql("INSERT INTO {s}.econtent_holds (id, resource_id, patron_id, status, request_date)"
        + " VALUES ($1, $2, $3, 'waiting', $4)", uuid("H1"), IDS.get("ebook"), uuid("P2"),
        time("2024-01-15T09:00:00Z"));
    sql("INSERT INTO {s}.econtent_holds (id, resource_id, patron_id, status, request_date,"
        + " ready_date, reservation_expires) VALUES ($1, $2, $3, 'ready', $4, $4, $5)",
        uuid("H2"), IDS.get("magazine"), uuid("P1"), time("2024-02-20T09:00:00Z"),
        time("2024-03-05T00:00:00Z"));
    sql("INSERT INTO {s}.econtent_holds (id, resource_id, patron_id, status, request_date,"
        + " closed_date, cancellation_reason) VALUES ($1, $2, $3, 'cancelled', $4, $4, 'patron')",
        uuid("H3"), IDS.get("ebook"), uuid("P1"), time("2024-01-20T09:00:00Z"));
  }

  private static void groupLoans() {
    sql("INSERT INTO {s}.econtent_group_loans (id, resource_id, group_id, expires_at)"
        + " VALUES ($1, $2, $3, $4)", uuid("GL1"), IDS.get("ebook"), uuid("lea"),
        time("2099-01-01T00:00:00Z"));
    sql("INSERT INTO {s}.econtent_group_loans (id, resource_id, patron_id, expires_at)"
        + " VALUES ($1, $2, $3, $4)", uuid("GL2"), IDS.get("magazine"), uuid("P1"),
        time("2020-01-01T00:00:00Z"));
  }

  private static void sql(String sql, Object... params) {
    library.module.sql(sql.replace("{s}", library.schema()), params);
  }

  private static UUID uuid(String label) {
    return UUID.fromString(IDS.get(label));
  }

  private static OffsetDateTime time(String iso) {
    return iso == null ? null : OffsetDateTime.parse(iso);
  }

  /** A query on a collection and the fixture labels it returns (in this order if sorted). */
  private static Arguments row(String path, String query, String... labels) {
    return Arguments.of(path, query, List.of(labels), query.contains("sortBy"));
  }

  static Stream<Arguments> queries() {
    String lea = IDS.get("lea");
    String ana = IDS.get("ana");
    String p1 = IDS.get("P1");
    String p2 = IDS.get("P2");
    return Stream.of(
        // 2. = is word matching; adj a phrase; all/any by words, not substrings
        row(GROUPS, "name=Long", "lea", "island"),
        row(GROUPS, "Long", "lea", "island"),
        row(GROUPS, "name=lo*", "lea", "longfellow", "bob", "island"),
        row(GROUPS, "name=l?ng", "lea", "island"),
        row(GROUPS, "name adj \"lea long\"", "lea"),
        row(GROUPS, "name adj \"long lea\""),
        row(GROUPS, "name all \"long lea\"", "lea"),
        row(GROUPS, "name all ong"),
        row(GROUPS, "name any \"bob ana nobody\"", "bob", "ana"),
        row(GROUPS, "name = \"lo fi\"", "bob"),
        row(GROUPS, "name all \"\"", "lea", "longfellow", "bob", "ana", "star", "island"),
        row(GROUPS, "description any \"\"", "lea", "bob", "ana", "star", "island"),
        // 3. == is the whole value, ignoring case and accents unless told otherwise
        row(GROUPS, "description==SØvang", "lea"),
        row(GROUPS, "description=Sovang", "lea", "ana"),
        row(GROUPS, "name=sofia", "ana"),
        row(GROUPS, "name==\"ana sofia perez\"", "ana"),
        row(GROUPS, "name==long*", "longfellow", "island"),
        row(GROUPS, "name==\"lea long\"", "lea"),
        row(GROUPS, "description==/respectAccents sovang"),
        row(GROUPS, "description==/respectAccents søvang", "lea"),
        row(GROUPS, "description==/respectCase Søvang", "lea"),
        row(GROUPS, "description==/respectCase søvang"),
        row(GROUPS, "name==/respectCase/respectAccents \"LONG island\"", "island"),
        row(GROUPS, "name =/respectCase Long", "lea"),
        row(GROUPS, "name = /respectCase /ignoreCase Long", "lea", "island"),
        row(GROUPS, "name==/masked/string Star*", "star"),
        row(GROUPS, "name==\"Star\\*Gazers\\?\"", "star"),
        row(GROUPS, "name==\"Star\\*\""),
        row(GROUPS, "name=\"star\\*gazers\"", "star"),
        row(GROUPS, "description==\"50%*\"", "star"),
        row(GROUPS, "description==\"*\\\"quoted\\\"*\"", "star"),
        row(GROUPS, "description==\"*\\\\ back\"", "star"),
        // 4. missing fields and empty values
        row(GROUPS, "cql.allRecords=1 NOT description=sovang",
            "longfellow", "bob", "star", "island"),
        row(GROUPS, "description<>sovang", "bob", "ana", "star", "island"),
        row(GROUPS, "description<>\"\"", "lea", "ana", "star", "island"),
        row(GROUPS, "description=\"\"", "lea", "bob", "ana", "star", "island"),
        row(GROUPS, "description==\"\"", "bob"),
        row(GROUPS, "cql.allRecords=1 NOT description=\"\"", "longfellow"),
        row(GROUPS, "description=\"\" NOT description==\"\"", "lea", "ana", "star", "island"),
        row(GROUPS, "name=long NOT description=shore", "lea"),
        // 1. and 5. id lists and UUIDs
        row(GROUPS, "id==(" + lea + " or " + ana + " or " + UUID.randomUUID() + ")",
            "lea", "ana"),
        row(GROUPS, "id=(" + lea + " OR \"not-a-uuid\")", "lea"),
        row(GROUPS, "id<>(" + lea + " or " + ana + ")", "longfellow", "bob", "star", "island"),
        row(GROUPS, "id==not-a-uuid"),
        row(GROUPS, "id==\"\""),
        row(GROUPS, "id<>not-a-uuid", "lea", "longfellow", "bob", "ana", "star", "island"),
        row(GROUPS, "id=*", "lea", "longfellow", "bob", "ana", "star", "island"),
        row(GROUPS, "id==AAAA*", "lea", "longfellow", "ana", "island"),
        row(GROUPS, "id<>aaaa*", "bob", "star"),
        // 6. cql.allRecords=0, sort modifiers
        row(GROUPS, "cql.allRecords=0"),
        row(GROUPS, "cql.allRecords=0 OR name=bob", "bob"),
        row(GROUPS, "name any \"lea bob longfellow\" sortBy name/sort.descending",
            "longfellow", "lea", "bob"),
        row(GROUPS, "name any \"lea bob longfellow\" sortBy name /sort.ascending/string",
            "bob", "lea", "longfellow"),
        // lendables: keyword fields, numbers, dates with +0000, a missing date
        row(LENDABLES, "resourceId==7-10-100", "ebook"),
        row(LENDABLES, "resourceId=7-10-100", "ebook"),
        row(LENDABLES, "resourceId==(7-10-100 or 8-20-200)", "ebook", "magazine"),
        row(LENDABLES, "resourceId=7-10*", "ebook", "audio"),
        row(LENDABLES, "resourceId==7-10*", "ebook", "audio"),
        row(LENDABLES, "mediaType==EBOOK", "ebook"),
        row(LENDABLES, "licenseModel=one", "ebook"),
        row(LENDABLES, "licenseModel==one"),
        row(LENDABLES, "copies>=2", "ebook", "magazine"),
        row(LENDABLES, "copies==/number 2.0", "ebook"),
        row(LENDABLES, "copies<>0", "ebook", "magazine"),
        row(LENDABLES, "licenseExpires<2026-01-01T00:00:00.000+0000", "magazine"),
        row(LENDABLES, "licenseExpires>2000-01-01", "ebook", "magazine"),
        row(LENDABLES, "cql.allRecords=1 NOT licenseExpires>2000-01-01", "audio"),
        row(LENDABLES, "licenseExpires=\"\"", "ebook", "magazine"),
        row(LENDABLES, "licenseExpires<>2030-01-01", "magazine"),
        row(LENDABLES, "cql.allRecords=1 sortBy copies/sort.descending/number",
            "magazine", "ebook", "audio"),
        row(LENDABLES, "cql.allRecords=1 sortBy resourceId /sort.descending",
            "magazine", "audio", "ebook"),
        // loans: UUID fields, keyword status, nullable dates and ids
        row(LOANS, "patronId==(" + p1 + " or " + p2 + ")", "L1", "L2", "L3"),
        row(LOANS, "patronId=" + p1, "L1", "L3"),
        row(LOANS, "status==OPEN", "L1", "L3"),
        row(LOANS, "status<>open", "L2"),
        row(LOANS, "returnDate>2000-01-01", "L2"),
        row(LOANS, "cql.allRecords=1 NOT returnDate=\"\"", "L1", "L3"),
        row(LOANS, "holdId=*", "L3"),
        row(LOANS, "holdId<>not-a-uuid", "L1", "L2", "L3"),
        row(LOANS, "dueDate<2024-02-01T00:00:00+0000", "L1"),
        row(LOANS, "loanDate>=2024-02-01 and loanDate<2024-03-01", "L2"),
        row(LOANS, "renewalCount>=1 sortBy renewalCount/sort.descending", "L3", "L2"),
        row(LOANS, "id==dddd0001*", "L1"),
        row(LOANS, "resourceId==7-10-100 NOT status==closed", "L1"),
        // holds
        row(HOLDS, "status==(waiting or ready)", "H1", "H2"),
        row(HOLDS, "reservationExpires=\"\"", "H2"),
        row(HOLDS, "cql.allRecords=1 NOT reservationExpires<2030-01-01", "H1", "H3"),
        row(HOLDS, "requestDate<2024-02-01", "H1", "H3"),
        row(HOLDS, "patronId==" + p1 + " sortBy requestDate/sort.descending", "H2", "H3"),
        // group loans: groupId and patronId are each missing on one record
        row(GROUP_LOANS, "groupId=*", "GL1"),
        row(GROUP_LOANS, "patronId=*", "GL2"),
        row(GROUP_LOANS, "status==active", "GL1"),
        row(GROUP_LOANS, "cql.allRecords=1 NOT groupId==" + lea, "GL2"),
        row(GROUP_LOANS, "groupId<>" + lea),
        row(GROUP_LOANS, "expiresAt>2050-01-01T00:00:00Z", "GL1"));
  }

  @ParameterizedTest(name = "{0}?query={1}")
  @MethodSource("queries")
  void queryReturnsTheseRecords(String path, String query, List<String> labels,
      boolean ordered) {
    JsonPath body = library.staff(UUID.randomUUID(), Caller.ALL)
        .queryParam("query", query).queryParam("limit", 100).get(path)
        .then().statusCode(200).extract().jsonPath();
    String items = path.equals(GROUPS) ? "groups" : path.equals(LENDABLES) ? "lendables"
        : path.equals(LOANS) ? "loans" : path.equals(HOLDS) ? "holds" : "groupLoans";
    String key = path.equals(LENDABLES) ? "resourceId" : "id";
    List<String> found = body.getList(items + "." + key);
    List<String> expected = new ArrayList<>();
    labels.forEach(label -> expected.add(IDS.get(label)));
    if (ordered) {
      assertEquals(expected, found, query);
    } else {
      assertEquals(new TreeSet<>(expected), new TreeSet<>(found), query);
      assertEquals(expected.size(), found.size(), query);
    }
    assertEquals(expected.size(), body.getInt("totalRecords"), query);
  }

  /**
   * == on an indexed column keeps its index: a keyword field compares the column itself with the
   * folded term, a UUID field binds a uuid; a TEXT field folds the column, which a plain index
   * cannot serve (20,000 rows, so the planner prefers an index whenever it can use one).
   */
  @Test
  void exactMatchOnAnIndexedColumnUsesTheIndex() throws CqlException {
    sql("CREATE TABLE {s}.cql_probe (code text PRIMARY KEY, id uuid NOT NULL)");
    sql("INSERT INTO {s}.cql_probe SELECT 'c-' || g, gen_random_uuid()"
        + " FROM generate_series(1, 20000) g");
    sql("CREATE INDEX cql_probe_id_idx ON {s}.cql_probe (id)");
    sql("ANALYZE {s}.cql_probe");
    String lea = IDS.get("lea");
    assertTrue(plan(CqlField.keyword("code", "code"), "code==C-42").contains("cql_probe_pkey"));
    assertTrue(plan(CqlField.keyword("code", "code"), "code==(c-1 or C-2)")
        .contains("cql_probe_pkey"));
    assertTrue(plan(CqlField.text("code", "code"), "code==C-42").contains("Seq Scan"));
    assertTrue(plan(CqlField.text("code", "code"), "id==" + lea).contains("cql_probe_id_idx"));
    assertTrue(plan(CqlField.text("code", "code"), "id==" + lea.substring(0, 6) + "*")
        .contains("cql_probe_id_idx"));
  }

  private static String plan(CqlField code, String cql) throws CqlException {
    SqlFilter filter = CqlToSql.translate(cql, CqlFields.of(code, CqlField.uuid("id", "id")), 1);
    StringBuilder plan = new StringBuilder();
    library.module.sql(("EXPLAIN SELECT * FROM {s}.cql_probe WHERE " + filter.where())
        .replace("{s}", library.schema()), filter.params().toArray())
        .forEach(row -> plan.append(row.getString(0)).append('\n'));
    return plan.toString();
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of(GROUPS, "name==/regexp x", "The relation modifier '/regexp' of '=='"),
        Arguments.of(GROUPS, "> dc = \"info:srw/cql\" name=x", "Prefix maps"),
        Arguments.of(GROUPS, "id==(a and b)", "must be joined by OR"),
        Arguments.of(GROUPS, "name=x sortBy name/sort.fancy", "Unsupported sort modifier"),
        Arguments.of(GROUPS, "id==1234*5678", "accepts a wildcard only as a trailing *"),
        Arguments.of(GROUPS, "colour=blue", "Unsupported query field 'colour'"),
        Arguments.of(LENDABLES, "copies>=ten", "Invalid number 'ten' for field 'copies'"),
        Arguments.of(LENDABLES, "licenseExpires==2024*", "Wildcards (* and ?) are not supported"),
        Arguments.of(LOANS, "dueDate=/number 5", "The modifier /number"),
        Arguments.of(LOANS, "cql.allRecords=2", "cql.allRecords=0 (none)"));
  }

  @ParameterizedTest(name = "{0}?query={1}")
  @MethodSource("invalid")
  void invalidQueryIsAClean400NamingTheProblem(String path, String query, String message) {
    library.staff(UUID.randomUUID(), Caller.ALL).queryParam("query", query).get(path)
        .then().statusCode(400).body("errors[0].code", equalTo("INVALID_QUERY"))
        .body("errors[0].message", containsString(message))
        .body("errors[0].parameters[0].key", equalTo("query"));
  }
}
