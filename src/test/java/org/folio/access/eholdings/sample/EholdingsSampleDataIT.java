package org.folio.access.eholdings.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.sqlclient.Row;
import java.util.List;
import org.folio.access.support.TenantClient;
import org.folio.access.support.TestModule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Enabling a tenant with loadSample writes the generated sample once, however often the tenant is enabled. */
class EholdingsSampleDataIT {
  private static final String TENANT = "ehsample";
  private static final String SCHEMA = TENANT + "_mod_access_services";
  private static final SampleKnowledgeBase SAMPLE = SampleGenerator.generate(SampleGenerator.SEED);
  private static TestModule module;
  private static long firstEnableMillis;

  @BeforeAll
  static void enableWithSample() {
    module = TestModule.get();
    long start = System.currentTimeMillis();
    TenantClient.enable(TENANT, "mod-access-services-1.0.0", true, true);
    firstEnableMillis = System.currentTimeMillis() - start;
  }

  @Test
  void enablingWithLoadSampleGivesTheSampleAndEnablingAgainAddsNothing() {
    List<Long> first = counts();
    assertEquals(List.of(7L, 226L, 10L, (long) SAMPLE.titles().size(), (long) SAMPLE.resources().size(),
        (long) SAMPLE.tags().size()), first.subList(0, 6));
    System.out.printf("enable with loadSample: %d ms for %s%n", firstEnableMillis, first);
    assertTrue(firstEnableMillis < 30_000, "enable took " + firstEnableMillis + " ms");

    TenantClient.enable(TENANT, "mod-access-services-1.0.0", true, true);
    assertEquals(first, counts());
  }

  @Test
  void packageCountsMatchTheirResourcesAndSelectedPackagesHaveAllSelected() {
    assertEquals(0, module.sql("SELECT 1 FROM " + SCHEMA + ".packages k WHERE title_count <> (SELECT count(*) FROM "
        + SCHEMA + ".resources r WHERE r.package_id = k.id) OR selected_count <> (SELECT count(*) FROM " + SCHEMA
        + ".resources r WHERE r.package_id = k.id AND r.is_selected)").size());
    Row selected = module.sql("SELECT count(*) AS n, count(*) FILTER (WHERE selected_count = title_count) AS full"
        + " FROM " + SCHEMA + ".packages WHERE is_selected").iterator().next();
    assertTrue(selected.getLong("n") > 20);
    assertEquals(selected.getLong("n"), selected.getLong("full"));
  }

  @Test
  void customPackagesBelongToTheOwnProviderAndHoldCustomTitles() {
    Row row = module.sql("SELECT count(*) AS n, bool_and(p.is_own) AS own, bool_and(t.is_custom) AS custom,"
        + " bool_and(t.external_key IS NULL) AS unkeyed FROM " + SCHEMA + ".packages k JOIN " + SCHEMA + ".providers p"
        + " ON p.id = k.provider_id JOIN " + SCHEMA + ".resources r ON r.package_id = k.id JOIN " + SCHEMA
        + ".titles t ON t.id = r.title_id WHERE k.is_custom").iterator().next();
    assertTrue(row.getLong("n") > 50);
    assertEquals(true, row.getBoolean("own"));
    assertEquals(true, row.getBoolean("custom"));
    assertEquals(true, row.getBoolean("unkeyed"));
  }

  @Test
  void titlesFollowTheStorageContract() {
    Row journal = module.sql("SELECT t.*, jsonb->'identifiers'->1->>'id' AS online, jsonb->>'name' AS doc_name,"
        + " jsonb->'subjects'->0->>'subject' AS subject FROM " + SCHEMA + ".titles t"
        + " WHERE publication_type = 'Journal' ORDER BY external_key LIMIT 1").iterator().next();
    assertEquals(journal.getString("name"), journal.getString("doc_name"));
    assertEquals("issn:" + journal.getString("online").replace("-", ""), journal.getString("external_key"));
    assertTrue(List.of(journal.getArrayOfStrings("isxn")).contains(journal.getString("online").replace("-", "")));
    assertTrue(journal.getString("subjects").startsWith(journal.getString("subject")));
  }

  private List<Long> counts() {
    Row row = module.sql("SELECT (SELECT count(*) FROM " + SCHEMA + ".providers) AS providers,"
        + " (SELECT count(*) FROM " + SCHEMA + ".packages) AS packages,"
        + " (SELECT count(*) FROM " + SCHEMA + ".packages WHERE is_custom) AS custom,"
        + " (SELECT count(*) FROM " + SCHEMA + ".titles) AS titles,"
        + " (SELECT count(*) FROM " + SCHEMA + ".resources) AS resources,"
        + " (SELECT count(*) FROM " + SCHEMA + ".record_tags) AS tags,"
        + " (SELECT sum(title_count) FROM " + SCHEMA + ".packages) AS title_counts,"
        + " (SELECT sum(selected_count) FROM " + SCHEMA + ".packages) AS selected_counts").iterator().next();
    return List.of(row.getLong("providers"), row.getLong("packages"), row.getLong("custom"), row.getLong("titles"),
        row.getLong("resources"), row.getLong("tags"), row.getLong("title_counts"), row.getLong("selected_counts"));
  }
}
