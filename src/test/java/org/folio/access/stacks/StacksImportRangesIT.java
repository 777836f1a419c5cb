package org.folio.access.stacks;

import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Imports of several merge ranges (5,000 lines each, two merged at once): ranges that share a work, rejected lines
 * of several ranges, an unchanged re-import that writes nothing, and a failed range that rolls back with the range
 * merged beside it while the job goes on from its checkpoint.
 */
class StacksImportRangesIT {
  private static final int WORKS = 1000;
  private static final int PER_WORK = 10;
  private static Stacks library;

  @BeforeAll
  static void start() {
    library = Stacks.library("stacksimportranges");
  }

  /** 1,000 works of 10 items (11,000 lines): bib ids base+n, item ids 2*base + (n-1)*10 + k. */
  private static List<String> file(long base, String status) {
    return file(base, WORKS, status);
  }

  private static List<String> file(long base, int works, String status) {
    List<String> lines = new ArrayList<>();
    for (int n = 1; n <= works; n++) {
      lines.add(StacksImportIT.bib(base + n, "Work " + n, "stax"));
      for (int k = 1; k <= PER_WORK; k++) {
        lines.add(StacksImportIT.item(2 * base + (n - 1) * PER_WORK + k, base + n, "sicon", status, "f", null));
      }
    }
    return lines;
  }

  private static String post(List<String> lines) {
    return library.anonymous().contentType("application/x-ndjson")
        .body((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)).post("/stacks/imports").then()
        .statusCode(202).extract().header("Location");
  }

  private static JsonPath await(String location, Predicate<JsonPath> done) {
    for (int i = 0; i < 1200; i++) {
      JsonPath status = library.anonymous().get(location).then().statusCode(200).extract().jsonPath();
      if (done.test(status)) {
        return status;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    throw new AssertionError("the import did not get there");
  }

  private static JsonPath importFile(List<String> lines) {
    return await(post(lines), s -> !List.of("queued", "running").contains(s.getString("status")));
  }

  /** The row versions of the items and works of the first test: they change when any row is written. */
  private static Object versions() {
    return library.value("SELECT md5(string_agg(id || ':' || xmin::text, ',' ORDER BY id)) FROM (SELECT id, xmin FROM"
        + " {s}.stacks_items WHERE id LIKE 'i100%' UNION ALL SELECT id, xmin FROM {s}.stacks_works WHERE id LIKE 'b500%') r");
  }

  private static long count(String sql) {
    return ((Number) library.value(sql)).longValue();
  }

  @Test
  void rangesMergedTwoAtATimeKeepWorksCountsAndRejectionsAndAnUnchangedReimportWritesNothing() {
    List<String> lines = file(5_000_000, "-");
    lines.add(0, "{not json");                                                        // line 1: rejected when read
    lines.add(7000, StacksImportIT.item(19_999_999, 5_999_999, "sicon", "-", "f", null)); // line 7001: unknown bib
    JsonPath done = importFile(lines);
    assertEquals("completed", done.getString("status"));
    assertEquals(WORKS * PER_WORK, done.getInt("itemsCreated"));
    assertEquals(WORKS, done.getInt("bibs"));
    assertEquals(List.of(1, 7001), done.getList("rejectedLines.line"));
    assertEquals("bib 5999999 is not known", done.getString("rejectedLines[1].reason"));
    assertEquals(2, done.getInt("linesRejected"));
    assertEquals(0, done.getInt("rangesRedone"));
    // every work refreshed with all its items, also the works whose items lie in two ranges merged at once
    assertEquals(WORKS, count("SELECT count(*) FROM {s}.stacks_works WHERE id LIKE 'b5%' AND item_count = 10"
        + " AND location_types = '{closed-stores}' AND descriptions = '{online-request}' AND access_statuses = '{open}'"));
    library.anonymous().get("/stacks/works/b5000455").then().statusCode(200).body("items", hasSize(10));

    Object before = versions();
    JsonPath again = importFile(lines);
    assertEquals(0, again.getInt("itemsCreated"));
    assertEquals(0, again.getInt("itemsUpdated"));
    assertEquals(WORKS * PER_WORK, again.getInt("itemsUnchanged"));
    assertEquals(List.of(1, 7001), again.getList("rejectedLines.line"));
    assertEquals(before, versions(), "an unchanged re-import wrote rows");

    // three items change status (ranges 1, 2 and 3) and one moves to another work: only those are written
    List<String> changed = new ArrayList<>(lines);
    for (int line : new int[] {3, 6000, 10_500}) {
      changed.set(line - 1, changed.get(line - 1).replace("\"value\":\"-\"", "\"value\":\"t\""));
    }
    changed.set(14 - 1, StacksImportIT.item(10_000_011, 5_000_003, "sicon", "-", "f", null)); // work 2's first item -> work 3
    JsonPath delta = importFile(changed);
    assertEquals(0, delta.getInt("itemsCreated"));
    assertEquals(4, delta.getInt("itemsUpdated"));
    assertEquals(WORKS * PER_WORK - 4, delta.getInt("itemsUnchanged"));
    assertEquals(9L, count("SELECT item_count FROM {s}.stacks_works WHERE id = 'b5000002'"));
    assertEquals(11L, count("SELECT item_count FROM {s}.stacks_works WHERE id = 'b5000003'"));
    assertEquals(3L, count("SELECT count(*) FROM {s}.stacks_items WHERE id LIKE 'i1%' AND status_id = 't'"));
  }

  @Test
  void aFailedRangeRollsBackWithTheRangeBesideItAndTheJobResumesFromTheCheckpoint() {
    // line 7000's item has the ILS record number of an item put by staff: its range fails on the unique index
    List<String> lines = file(7_000_000, "-");
    String taken = String.valueOf(14_000_000 + 6363);                // work 637 item 3: line 7000 of the file
    assertEquals(true, lines.get(6999).contains("\"id\":\"" + taken + "\""));
    library.requestableInIls("bstaff", "istaff", taken);
    String location = post(lines);
    String job = String.valueOf(library.value("SELECT job_id FROM {s}.stacks_imports WHERE id = $1::uuid",
        location.substring(location.lastIndexOf('/') + 1)));
    for (int i = 0; i < 600 && count("SELECT count(*) FROM mod_access_services_platform.job WHERE id = '" + job + "'"
        + " AND error IS NOT NULL") == 0; i++) {
      sleep();
    }
    JsonPath failedOnce = library.anonymous().get(location).then().extract().jsonPath();
    assertNotEquals("completed", failedOnce.getString("status"));
    // the first range committed with its checkpoint; the failed range and the one merged beside it left nothing
    assertEquals(5000L, count("SELECT merged_to_line FROM {s}.stacks_imports WHERE job_id = '" + job + "'"));
    assertEquals(4545L, count("SELECT count(*) FROM {s}.stacks_items WHERE id LIKE 'i14%'"));
    assertNull(library.value("SELECT id FROM {s}.stacks_items WHERE id = 'i" + taken + "'"));
    assertNull(library.value("SELECT id FROM {s}.stacks_items WHERE id = 'i14009999'"));
    assertEquals(454L, count("SELECT count(*) FROM {s}.stacks_works WHERE id LIKE 'b7%' AND item_count = 10"));

    library.anonymous().delete("/stacks/items/istaff").then().statusCode(204);
    JsonPath done = await(location, s -> !List.of("queued", "running").contains(s.getString("status")));
    assertEquals("completed", done.getString("status"));
    assertEquals(WORKS * PER_WORK, done.getInt("itemsCreated"));
    assertEquals(0, done.getInt("itemsUpdated"));
    assertEquals(WORKS, count("SELECT count(*) FROM {s}.stacks_works WHERE id LIKE 'b7%' AND item_count = 10"));
    assertTrue(done.getInt("rangesRedone") >= 1, "the failed round was not counted");
  }

  /**
   * Work 455's items lie on both sides of the first range's end (lines 4996-5005), and the second range (60 lines)
   * is merged long before the first (5,000): whatever the second range locks for that work, it locks first. Each
   * round that falls back to one range at a time costs a lock timeout (20 s) and is counted: none may be. Session
   * 5's version triggers on stacks_items made exactly this round wait and be redone, and every test stayed green.
   */
  @Test
  void worksStraddlingTheRangeEndMergeInOneRoundWithNoRangeRedone() {
    JsonPath done = importFile(file(3_000_000, 460, "-"));
    assertEquals("completed", done.getString("status"));
    assertEquals(0, done.getInt("rangesRedone"), "a round of two ranges fell back to one range at a time");
    assertEquals(4600, done.getInt("itemsCreated"));
    assertEquals(460L, count("SELECT count(*) FROM {s}.stacks_works WHERE id LIKE 'b30%' AND item_count = 10"));
    assertNotEquals(null, library.value("SELECT version FROM {s}.stacks_work_versions WHERE work_id = 'b3000455'"));
  }

  @Test
  void finishingAnImportKeepsWhatAnotherImportHasStaged() {
    UUID other = UUID.randomUUID();
    library.value("INSERT INTO {s}.stacks_import_items (import_id, line_no, item_id, record_number, work_id, status_code,"
        + " status_label) VALUES ($1, 1, 'i1', '1', 'b1', '-', 'Available') RETURNING line_no", other);
    JsonPath done = importFile(List.of(StacksImportIT.bib(9_000_001, "Alone", "stax"),
        StacksImportIT.item(9_100_001, 9_000_001, "sicon", "-", "f", null)));
    assertEquals(1, done.getInt("itemsCreated"));
    assertEquals(1L, count("SELECT count(*) FROM {s}.stacks_import_items"));
    assertEquals(0L, count("SELECT count(*) FROM {s}.stacks_import_bibs"));
    library.value("DELETE FROM {s}.stacks_import_items WHERE import_id = $1 RETURNING line_no", other);
  }

  /**
   * An upload cut off before its import was queued (a crash) leaves its staged lines behind: a week later the next
   * import's finish sweeps them, as KBART's; lines of an import still waiting for its merge, and of an upload under
   * way, stay.
   */
  @Test
  void linesOfAnUploadCutOffAWeekAgoAreSweptWhenAnImportFinishes() {
    UUID cutOff = UUID.randomUUID();
    UUID waiting = UUID.randomUUID();
    UUID underWay = UUID.randomUUID();
    stage(cutOff, "now() - interval '8 days'");
    stage(waiting, "now() - interval '8 days'");
    stage(underWay, "now() - interval '1 hour'");
    library.value("INSERT INTO {s}.stacks_imports (id, job_id, lines_read, lines_accepted, lines_rejected, last_line)"
        + " VALUES ($1, $2, 2, 2, 0, 2) RETURNING last_line", waiting, UUID.randomUUID());
    JsonPath done = importFile(List.of(StacksImportIT.bib(9_200_001, "Swept", "stax"),
        StacksImportIT.item(9_300_001, 9_200_001, "sicon", "-", "f", null)));
    assertEquals("completed", done.getString("status"));
    assertEquals(0L, staged(cutOff));
    assertEquals(2L, staged(waiting));
    assertEquals(2L, staged(underWay));
    library.value("DELETE FROM {s}.stacks_imports WHERE id = $1 RETURNING last_line", waiting);
    library.value("WITH i AS (DELETE FROM {s}.stacks_import_items RETURNING 1), b AS (DELETE FROM {s}.stacks_import_bibs"
        + " RETURNING 1) SELECT (SELECT count(*) FROM i) + (SELECT count(*) FROM b)");
  }

  /** A bib line and an item line of this upload, staged at that time. */
  private static void stage(UUID importId, String stagedAt) {
    library.value("INSERT INTO {s}.stacks_import_bibs (import_id, line_no, work_id, location_codes, staged_at)"
        + " VALUES ($1, 1, 'b1', '{}', " + stagedAt + ") RETURNING line_no", importId);
    library.value("INSERT INTO {s}.stacks_import_items (import_id, line_no, item_id, record_number, work_id, status_code,"
        + " status_label, staged_at) VALUES ($1, 2, 'i1', '1', 'b1', '-', 'Available', " + stagedAt + ") RETURNING line_no", importId);
  }

  private static long staged(UUID importId) {
    return count("SELECT (SELECT count(*) FROM {s}.stacks_import_items WHERE import_id = '" + importId + "')"
        + " + (SELECT count(*) FROM {s}.stacks_import_bibs WHERE import_id = '" + importId + "')");
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
