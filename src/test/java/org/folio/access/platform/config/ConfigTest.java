package org.folio.access.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.folio.access.platform.Config;
import org.folio.access.platform.Config.ConfigException;
import org.junit.jupiter.api.Test;

/** The credentials policy and the masked summary. */
class ConfigTest {

  @Test
  void withDbHostBothCredentialsAreRequired() {
    ConfigException neither = assertThrows(ConfigException.class, () -> Config.from(Map.of("DB_HOST", "db")));
    assertEquals("DB_USERNAME and DB_PASSWORD are required with DB_HOST (missing: DB_USERNAME, DB_PASSWORD);"
        + " there are no default credentials", neither.getMessage());
    assertTrue(assertThrows(ConfigException.class, () -> Config.from(Map.of("DB_HOST", "db", "DB_USERNAME", "mas")))
        .getMessage().contains("(missing: DB_PASSWORD)"));
    assertTrue(assertThrows(ConfigException.class, () -> Config.from(Map.of("DB_HOST", "db", "DB_PASSWORD", "pw")))
        .getMessage().contains("(missing: DB_USERNAME)"));
    assertTrue(assertThrows(ConfigException.class,
        () -> Config.from(Map.of("DB_HOST", "db", "DB_USERNAME", "mas", "DB_PASSWORD", ""))).getMessage().contains("DB_PASSWORD"));
  }

  @Test
  void theCredentialsGivenAreUsedAndThePortDefaultsTo5432() {
    Config config = Config.from(Map.of("DB_HOST", "db", "DB_USERNAME", "mas", "DB_PASSWORD", "s3cret-pw"));
    assertEquals("mas", config.dbUser());
    assertEquals("s3cret-pw", config.dbPassword());
    assertEquals(5432, config.dbPort());
    assertFalse(config.embeddedDatabase());
  }

  @Test
  void theSummaryMasksThePasswordAndNamesEverySetting() {
    Config config = Config.from(Map.of("DB_HOST", "db", "DB_USERNAME", "mas", "DB_PASSWORD", "s3cret-pw"));
    String summary = config.summary();
    assertFalse(summary.contains("s3cret-pw"), summary);
    assertFalse(config.toString().contains("s3cret-pw"), config.toString());
    assertTrue(summary.contains("DB_PASSWORD=********"), summary);
    for (String name : new String[] {"HTTP_PORT=", "DB_HOST=db", "DB_PORT=5432", "DB_DATABASE=", "DB_USERNAME=mas",
        "DB_MAXPOOLSIZE=8", "DB_QUERYTIMEOUT=60000", "DATA_DIR=", "HTTP_INSTANCES=", "TIMERS_ENABLED=true",
        "BODY_LIMIT_MB=10", "UPLOAD_LIMIT_MB=2048", "OUTBOX_RETENTION_DAYS=30"}) {
      assertTrue(summary.contains(name), name + " in " + summary);
    }
  }

  @Test
  void withoutDbHostTheEmbeddedDatabaseIsUsedUnlessForbidden() {
    Config embedded = Config.from(Map.of());
    assertTrue(embedded.embeddedDatabase());
    assertEquals("postgres", embedded.dbUser());
    assertTrue(embedded.summary().contains("DB_HOST=(embedded PostgreSQL)"), embedded.summary());
    assertEquals("DB_HOST is required: DB_EMBEDDED=false forbids the embedded PostgreSQL",
        assertThrows(ConfigException.class, () -> Config.from(Map.of("DB_EMBEDDED", "false"))).getMessage());
  }

  @Test
  void malformedNumbersAndFlagsNameTheVariable() {
    assertEquals("DB_MAXPOOLSIZE must be a whole number from 1 to 1000, not 'many'",
        assertThrows(ConfigException.class, () -> Config.from(Map.of("DB_MAXPOOLSIZE", "many"))).getMessage());
    assertEquals("DB_PORT must be a whole number from 0 to 65535, not '70000'",
        assertThrows(ConfigException.class, () -> Config.from(Map.of("DB_PORT", "70000"))).getMessage());
    assertEquals("TIMERS_ENABLED must be true or false, not 'yes'",
        assertThrows(ConfigException.class, () -> Config.from(Map.of("TIMERS_ENABLED", "yes"))).getMessage());
  }
}
