package org.folio.access.platform.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.folio.access.platform.db.Db;
import org.folio.access.support.TestModule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The job table against a real PostgreSQL, with two workers on separate pools as two instances would be. */
class JobQueueIT {
  private static TestModule module;

  @BeforeAll
  static void start() {
    module = TestModule.get();
  }

  @Test
  void twoInstancesRunEveryJobExactlyOnce() throws Exception {
    Map<UUID, AtomicInteger> runs = new ConcurrentHashMap<>();
    JobHandler counting = handler("count-" + UUID.randomUUID(), job -> {
      runs.computeIfAbsent(job.id(), k -> new AtomicInteger()).incrementAndGet();
      return Future.succeededFuture(new JsonObject().put("done", true));
    });
    List<UUID> ids = new ArrayList<>();
    Db db = Db.connect(module.vertx(), module.config());
    for (int i = 0; i < 40; i++) {
      ids.add(JobQueue.enqueue(db.pool(), "diku", counting.type(), new JsonObject().put("n", i), new JsonObject()).await());
    }
    List<JobWorker> workers = List.of(worker(counting), worker(counting));
    workers.forEach(JobWorker::start);
    waitUntil(() -> ids.stream().allMatch(id -> state(db, counting.type(), id).equals("completed")));
    workers.forEach(JobWorker::stop);
    assertEquals(40, runs.size());
    runs.values().forEach(n -> assertEquals(1, n.get()));
    assertEquals(true, JobQueue.find(db.pool(), "diku", counting.type(), ids.get(0)).await().progress().getBoolean("done"));
  }

  @Test
  void aFailingJobIsRetriedThenFailedWithItsError() throws Exception {
    AtomicInteger attempts = new AtomicInteger();
    JobHandler failing = new JobHandler() {
      private final String type = "fail-" + UUID.randomUUID();

      public String type() {
        return type;
      }

      public Future<JsonObject> run(Job job, JobProgress progress) {
        attempts.incrementAndGet();
        return Future.failedFuture(new IllegalStateException("vendor feed unreachable"));
      }

      public int maxAttempts() {
        return 1;
      }
    };
    Db db = Db.connect(module.vertx(), module.config());
    UUID id = JobQueue.enqueue(db.pool(), "diku", failing.type(), new JsonObject(), new JsonObject()).await();
    JobWorker worker = worker(failing);
    worker.start();
    waitUntil(() -> state(db, failing.type(), id).equals("failed"));
    worker.stop();
    JobStatus status = JobQueue.find(db.pool(), "diku", failing.type(), id).await();
    assertEquals("vendor feed unreachable", status.error());
    assertEquals(1, attempts.get());
  }

  @Test
  void anotherTenantCannotReadTheJob() {
    Db db = Db.connect(module.vertx(), module.config());
    UUID id = JobQueue.enqueue(db.pool(), "diku", "private", new JsonObject(), new JsonObject()).await();
    assertEquals(null, JobQueue.find(db.pool(), "other", "private", id).await());
    assertTrue(JobQueue.find(db.pool(), "diku", "private", id).await() != null);
  }

  private static JobWorker worker(JobHandler handler) {
    Db own = Db.connect(module.vertx(), module.config());
    return new JobWorker(module.vertx(), own.pool(), List.of(handler), 20);
  }

  private static String state(Db db, String type, UUID id) {
    return JobQueue.find(db.pool(), "diku", type, id).await().state();
  }

  private static JobHandler handler(String type, java.util.function.Function<Job, Future<JsonObject>> work) {
    return new JobHandler() {
      public String type() {
        return type;
      }

      public Future<JsonObject> run(Job job, JobProgress progress) {
        return work.apply(job);
      }
    };
  }

  private static void waitUntil(java.util.function.BooleanSupplier done) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 30_000;
    while (!done.getAsBoolean()) {
      assertTrue(System.currentTimeMillis() < deadline, "timed out");
      Thread.sleep(50);
    }
  }
}
