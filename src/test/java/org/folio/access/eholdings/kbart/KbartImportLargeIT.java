package org.folio.access.eholdings.kbart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicLong;
import org.folio.access.support.TenantClient;
import org.folio.access.support.TestModule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A file far larger than the heap the module may use for it: streamed in, merged in SQL, heap bounded. */
class KbartImportLargeIT {
  private static final String TENANT = "kbartlarge";
  private static final int LINES = 200_000;
  private static final java.util.Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
      .map(java.lang.management.MemoryPoolMXBean::getName).collect(java.util.stream.Collectors.toSet());
  private static TestModule module;

  @BeforeAll
  static void enable() {
    module = TestModule.get();
    TenantClient.enable(TENANT, "mod-access-services-1.0.0", true, false);
  }

  @Test
  void aLargeGeneratedFileImportsWithTheHeapBounded() throws Exception {
    long fileBytes = countBytes(new GeneratedKbartFile(LINES, 0));
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long baseline = liveHeap(memory);
    AtomicLong peak = new AtomicLong(baseline);
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        peak.accumulateAndGet(liveHeap(memory), Math::max);
        try {
          Thread.sleep(1000);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    sampler.start();
    HttpResponse<String> posted;
    JsonPath done;
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + module.port()
              + "/eholdings/kbart-imports?providerName=Generated%20Press&packageName=Everything&contentType=Mixed%20Content"))
          .header("X-Okapi-Tenant", TENANT).header("Content-Type", KbartFiles.TSV)
          .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new GeneratedKbartFile(LINES, 0))).build();
      posted = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      assertEquals(202, posted.statusCode(), posted.body());
      done = KbartFiles.waitFor(TENANT, posted.headers().firstValue("Location").orElseThrow());
    } finally {
      sampler.interrupt();
      sampler.join();
    }
    assertEquals("completed", done.getString("state"));
    assertEquals(LINES, done.getInt("linesRead"));
    assertEquals(0, done.getInt("linesRejected"));
    assertEquals(LINES, done.getInt("titlesAdded"));
    assertEquals(LINES, module.sql("SELECT title_count FROM " + TENANT + "_mod_access_services.packages"
        + " WHERE external_key = 'everything'").iterator().next().getInteger("title_count"));
    long grown = peak.get() - baseline;
    System.out.printf("KBART %d lines, %d MB: live heap grew by at most %d MB%n", LINES, fileBytes >> 20, grown >> 20);
    assertTrue(grown < fileBytes / 2, "live heap grew by " + (grown >> 20) + " MB for a file of " + (fileBytes >> 20) + " MB");
  }

  /**
   * The heap in use right after a full collection, as the collector measured it at its end (reading the heap
   * afterwards would count what other threads allocated since).
   */
  private static long liveHeap(MemoryMXBean memory) {
    memory.gc();
    long latest = -1;
    long used = 0;
    for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof com.sun.management.GarbageCollectorMXBean bean && bean.getLastGcInfo() != null
          && bean.getLastGcInfo().getEndTime() > latest) {
        latest = bean.getLastGcInfo().getEndTime();
        used = bean.getLastGcInfo().getMemoryUsageAfterGc().entrySet().stream()
            .filter(e -> HEAP_POOLS.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
      }
    }
    return used;
  }

  private static long countBytes(GeneratedKbartFile file) {
    byte[] buffer = new byte[65536];
    long total = 0;
    for (int n; (n = file.read(buffer, 0, buffer.length)) >= 0; ) {
      total += n;
    }
    return total;
  }
}
