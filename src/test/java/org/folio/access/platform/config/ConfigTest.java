package org.folio.access.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
  void theContentStoreIsChosenByConfigurationAndItsKeysAreNeverShown() {
    assertEquals("postgres", Config.from(Map.of()).contentStore().kind());
    Config directory = Config.from(Map.of("CONTENT_STORE", "directory", "DATA_DIR", "/var/mas"));
    assertEquals("/var/mas/content", directory.contentStore().directory());
    assertTrue(directory.summary().contains("CONTENT_STORE=directory CONTENT_DIR=/var/mas/content"), directory.summary());
    Config s3 = Config.from(Map.of("CONTENT_STORE", "s3", "S3_BUCKET", "books", "S3_REGION", "eu-west-1",
        "S3_ACCESS_KEY_ID", "AKIDSECRETISH", "S3_SECRET_ACCESS_KEY", "very-s3cret-key"));
    assertEquals("https://s3.eu-west-1.amazonaws.com", s3.contentStore().s3Endpoint().toString());
    assertEquals(8, s3.contentStore().s3PartMb());
    for (String shown : List.of(s3.summary(), s3.toString(), s3.contentStore().toString())) {
      assertFalse(shown.contains("very-s3cret-key") || shown.contains("AKIDSECRETISH"), shown);
      assertTrue(shown.contains("S3_SECRET_ACCESS_KEY=********"), shown);
    }
    ConfigException missing = assertThrows(ConfigException.class, () -> Config.from(Map.of("CONTENT_STORE", "s3", "S3_BUCKET", "b")));
    assertTrue(missing.getMessage().contains("S3_ACCESS_KEY_ID"), missing.getMessage());
    assertThrows(ConfigException.class, () -> Config.from(Map.of("CONTENT_STORE", "tape")));
    assertThrows(ConfigException.class, () -> Config.from(Map.of("CONTENT_STORE", "s3", "S3_BUCKET", "b", "S3_ACCESS_KEY_ID", "k",
        "S3_SECRET_ACCESS_KEY", "s", "S3_ENDPOINT", "ftp://x")));
    assertThrows(ConfigException.class, () -> Config.from(Map.of("S3_PART_MB", "4")));
  }

  @Test
  void theSummaryMasksThePasswordAndNamesEverySetting() {
    Config config = Config.from(Map.of("DB_HOST", "db", "DB_USERNAME", "mas", "DB_PASSWORD", "s3cret-pw"));
    String summary = config.summary();
    assertFalse(summary.contains("s3cret-pw"), summary);
    assertFalse(config.toString().contains("s3cret-pw"), config.toString());
    assertTrue(summary.contains("DB_PASSWORD=********"), summary);
    for (String name : new String[] {"HTTP_PORT=", "DB_HOST=db", "DB_PORT=5432", "DB_DATABASE=", "DB_USERNAME=mas",
        "DB_MAXPOOLSIZE=8", "DB_QUERYTIMEOUT=60000", "DATA_DIR=", "HTTP_INSTANCES=", "NATIVE_TRANSPORT=true", "TIMERS_ENABLED=true",
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

  @Test
  void jobConcurrencyLeavesConnectionsForRequests() {
    assertEquals(2, Config.from(Map.of()).jobConcurrency());
    assertEquals(1, Config.from(Map.of("DB_MAXPOOLSIZE", "4")).jobConcurrency());
    assertEquals(5, Config.from(Map.of("DB_MAXPOOLSIZE", "16", "JOB_CONCURRENCY", "5")).jobConcurrency());
    assertEquals("JOB_CONCURRENCY=3 needs DB_MAXPOOLSIZE of at least 10, not 8 (a running job uses up to 3 connections;"
        + " one is left for requests)",
        assertThrows(ConfigException.class, () -> Config.from(Map.of("JOB_CONCURRENCY", "3"))).getMessage());
  }
}
