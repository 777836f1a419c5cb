package org.folio.access.platform.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
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
  void aTenantsLongJobsDoNotHoldUpAnotherTenantsJob() throws Exception {
    String busy = "busy" + UUID.randomUUID().toString().substring(0, 8);
    String other = "other" + UUID.randomUUID().toString().substring(0, 8);
    Promise<JsonObject> release = Promise.promise();
    List<String> started = new java.util.concurrent.CopyOnWriteArrayList<>();
    JobHandler handler = handler("fair-" + UUID.randomUUID(), job -> {
      started.add(job.tenant() + ":" + job.payload().getInteger("n"));
      return job.tenant().equals(busy) ? release.future() : Future.succeededFuture(new JsonObject());
    });
    Db db = Db.connect(module.vertx(), module.config());
    List<UUID> busyJobs = new ArrayList<>();
    busyJobs.add(JobQueue.enqueue(db.pool(), busy, handler.type(), new JsonObject().put("n", 0), new JsonObject()).await());
    JobWorker worker = new JobWorker(module.vertx(), Db.connect(module.vertx(), module.config()).pool(), List.of(handler), 20, 2);
    worker.start();
    waitUntil(() -> started.size() == 1);
    // The busy tenant's two further jobs and the other tenant's one appear at once, the busy ones older.
    UUID otherJob = db.pool().withTransaction(conn -> enqueueOlder(conn, busy, handler.type(), 1)
        .compose(id -> enqueueOlder(conn, busy, handler.type(), 2).map(id2 -> busyJobs.addAll(List.of(id, id2))))
        .compose(x -> JobQueue.enqueue(conn, other, handler.type(), new JsonObject().put("n", 0), new JsonObject())))
        .await();
    waitUntil(() -> JobQueue.find(db.pool(), other, handler.type(), otherJob).await().state().equals("completed"));
    assertEquals(List.of(busy + ":0", other + ":0"), started.subList(0, 2),
        "the free slot serves the tenant with no job running before the busy tenant's older jobs");
    assertEquals("running", JobQueue.find(db.pool(), busy, handler.type(), busyJobs.get(0)).await().state());
    module.vertx().runOnContext(x -> release.complete(new JsonObject()));
    waitUntil(() -> busyJobs.stream().allMatch(id -> JobQueue.find(db.pool(), busy, handler.type(), id).await().state()
        .equals("completed")));
    worker.stop().await();
    assertEquals(4, started.size());
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
    return new JobWorker(module.vertx(), own.pool(), List.of(handler), 20, 1);
  }

  /** A job queued a minute ago, as if it had been waiting. */
  private static Future<UUID> enqueueOlder(SqlConnection conn, String tenant, String type, int n) {
    return JobQueue.enqueue(conn, tenant, type, new JsonObject().put("n", n), new JsonObject())
        .compose(id -> conn.preparedQuery("UPDATE " + JobQueue.TABLE + " SET run_after = run_after - interval '1 minute'"
            + " WHERE id = $1").execute(Tuple.of(id)).map(id));
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
