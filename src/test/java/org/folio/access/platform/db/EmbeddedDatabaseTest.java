package org.folio.access.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EmbeddedDatabaseTest {
  private static final long GB = 1024L * 1024 * 1024;

  @Test
  void theCacheIsAQuarterOfTheMemoryBetweenPostgresDefaultAndTwoGigabytes() {
    assertEquals("1024MB", EmbeddedDatabase.sharedBuffers(4 * GB));
    assertEquals("2048MB", EmbeddedDatabase.sharedBuffers(24 * GB));
    assertEquals("128MB", EmbeddedDatabase.sharedBuffers(GB / 4));
    assertEquals("128MB", EmbeddedDatabase.sharedBuffers(0));
  }
}
