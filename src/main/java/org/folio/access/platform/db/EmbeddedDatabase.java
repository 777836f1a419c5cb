package org.folio.access.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** A PostgreSQL server started by the module itself when no DB_HOST is set; its data stays in dataDir. */
public final class EmbeddedDatabase implements AutoCloseable {
  private static final Logger LOG = LogManager.getLogger(EmbeddedDatabase.class);
  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /** Starts (blocking: call it before the event loops serve requests). Port 0 picks a free port. */
  public static EmbeddedDatabase start(String dataDir, int port) {
    try {
      File dir = new File(dataDir, "postgres").getAbsoluteFile();
      dir.mkdirs();
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
          .setDataDirectory(dir)
          .setCleanDataDirectory(false)
          .setServerConfig("max_connections", "200")
          .setServerConfig("fsync", "on")
          .setServerConfig("shared_buffers", sharedBuffers(totalMemory()));
      if (port > 0) {
        builder.setPort(port);
      }
      EmbeddedPostgres pg = builder.start();
      LOG.warn("EMBEDDED PostgreSQL (no DB_HOST) on port {}: for trying the module out and for tests, NOT FOR PRODUCTION;"
          + " its data is in {}", pg.getPort(), dir);
      return new EmbeddedDatabase(pg);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
    }
  }

  /**
   * PostgreSQL's cache: a quarter of the machine's memory, at most 2 GB and at least PostgreSQL's default of 128 MB.
   * With the default, a knowledge base of a million titles (5 GB) was read through the operating system's cache: a
   * title search spent a quarter of its database time copying pages in and a resource GET waited on it too.
   */
  static String sharedBuffers(long totalMemoryBytes) {
    long megabytes = Math.max(128, Math.min(2048, totalMemoryBytes / 4 / (1024 * 1024)));
    return megabytes + "MB";
  }

  /** The machine's (or container's) memory; 0 where the JVM does not tell it (then the cache stays at 128 MB). */
  private static long totalMemory() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getTotalMemorySize() : 0;
  }

  public int port() {
    return postgres.getPort();
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
    }
  }
}
