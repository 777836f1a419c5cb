package org.folio.access.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
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
          .setServerConfig("fsync", "on");
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
