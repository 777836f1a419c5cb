package org.folio.access.eholdings.kbart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ManagedValuesTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  private static JsonObject range(String begin, String end) {
    return new JsonObject().put("beginCoverage", begin).put("endCoverage", end);
  }

  private static JsonObject window(String unit, int value) {
    return new JsonObject().put("unit", unit).put("value", value);
  }

  @Test
  void withoutARollingWindowTheStoredCoverageShows() {
    JsonArray stored = new JsonArray().add(range("1990-01-01", ""));
    assertEquals(stored, ManagedValues.coverages(new JsonObject().put("managedCoverages", stored), TODAY));
    assertEquals(new JsonArray(), ManagedValues.coverages(new JsonObject(), TODAY));
  }

  @Test
  void aRollingWindowStartsTheCoverageThatFarBackFromToday() {
    JsonObject onlyWindow = new JsonObject().put("managedRollingWindow", window("Years", 3));
    assertEquals(new JsonArray().add(range("2023-12-02", "")), ManagedValues.coverages(onlyWindow, TODAY));
    assertEquals(new JsonArray().add(range("2026-11-02", "")),
        ManagedValues.coverages(new JsonObject().put("managedRollingWindow", window("Months", 1)), TODAY.minusDays(0)));
    assertEquals(new JsonArray().add(range("2026-11-22", "")),
        ManagedValues.coverages(new JsonObject().put("managedRollingWindow", window("Days", 10)), TODAY));
    assertEquals(new JsonArray().add(range("2024-12-02", "")),
        ManagedValues.coverages(onlyWindow, TODAY.plusYears(1)), "the window moves with time");
  }

  @Test
  void aRollingWindowClipsTheStoredRangesAndDropsThoseThatEndedBeforeIt() {
    JsonObject resource = new JsonObject().put("managedRollingWindow", window("Years", 5))
        .put("managedCoverages", new JsonArray().add(range("2024-06-01", "")).add(range("2015-01-01", "2022-12-31"))
            .add(range("1990-01-01", "2000-12-31")));
    assertEquals(new JsonArray().add(range("2024-06-01", "")).add(range("2021-12-02", "2022-12-31")),
        ManagedValues.coverages(resource, TODAY));
  }

  @Test
  void theStatementIsTheLibrarysElseTheManagedValuesInWords() {
    JsonObject resource = new JsonObject().put("managedCoverageDepth", "selected articles")
        .put("managedRollingWindow", window("Years", 1)).put("managedNotes", "Supplements not included");
    assertEquals("Selected articles; only the most recent year; Supplements not included", ManagedValues.statement(resource));
    assertEquals("Ebook", ManagedValues.statement(new JsonObject().put("managedCoverageDepth", "ebook")));
    assertEquals("Held in print", ManagedValues.statement(resource.copy().put("coverageStatement", "Held in print")));
    assertNull(ManagedValues.statement(new JsonObject()));
    String statement = ManagedValues.statement(new JsonObject().put("managedNotes", "n".repeat(400)));
    assertEquals(250, statement.length());
  }
}
