package org.folio.access.circulation.hosted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Files of a tenant stay in the tenant's folder; a tenant id that is not a plain name reaches no file. */
class DirectoryContentStoreTest {
  private static Vertx vertx;
  private static Path root;
  private static DirectoryContentStore store;

  @BeforeAll
  static void start() throws Exception {
    vertx = Vertx.vertx();
    root = Files.createTempDirectory("content-store");
    store = new DirectoryContentStore(vertx, root.toString());
  }

  @AfterAll
  static void stop() {
    vertx.close().await();
  }

  @Test
  void eachTenantHasItsOwnFolder() {
    UUID id = UUID.randomUUID();
    assertEquals(root.resolve("diku").resolve(id.toString()), store.located("diku", id).await());
    assertEquals(root.resolve("college").resolve(id.toString()), store.located("college", id).await());
  }

  @Test
  void tenantIdsThatAreNotPlainNamesAreRefused() {
    UUID id = UUID.randomUUID();
    for (String tenant : new String[] {"../diku", "diku/..", "", "Diku", "a/b", "..", null}) {
      assertTrue(store.located(tenant, id).failed(), String.valueOf(tenant));
      assertTrue(store.delete(tenant, id).failed(), String.valueOf(tenant));
    }
  }
}
