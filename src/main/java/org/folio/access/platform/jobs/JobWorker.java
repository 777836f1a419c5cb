package org.folio.access.platform.jobs;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.folio.access.platform.db.DbOutages;
import org.folio.access.platform.errors.ThrottledLog;

/**
 * Claims queued jobs of every tenant, of the types it has handlers for, and runs up to `slots` of them at once
 * (JOB_CONCURRENCY), each slot claiming its next job when its last one ends. Any number of module instances may run
 * workers on one database: SKIP LOCKED gives each job to one of them, and a lease hands the job of an instance that
 * died to another. The claim serves tenants with no job running first (see JobQueue.claim).
 */
public final class JobWorker {
  private static final Logger LOG = LogManager.getLogger(JobWorker.class);
  static final long LEASE_SECONDS = 120;
  private final Vertx vertx;
  private final Pool pool;
  private final Map<String, JobHandler> handlers;
  private final long idleMillis;
  private final int slots;
  private static final ThrottledLog OUTAGES = new ThrottledLog(LOG, 10_000);
  private volatile boolean running;
  private final Set<Job> current = ConcurrentHashMap.newKeySet();

  public JobWorker(Vertx vertx, Pool pool, List<JobHandler> handlers, long idleMillis, int slots) {
    this.vertx = vertx;
    this.pool = pool;
    this.handlers = handlers.stream().collect(Collectors.toMap(JobHandler::type, Function.identity()));
    this.idleMillis = idleMillis;
    this.slots = slots;
  }

  public void start() {
    running = true;
    for (int slot = 0; slot < slots; slot++) {
      vertx.runOnContext(x -> next());
    }
  }

  /** Takes no more jobs, and gives the leases of the jobs being run back, so that other instances take them at once. */
  public Future<Void> stop() {
    running = false;
    return Future.join(current.stream().map(job -> JobQueue.release(pool, job.id()).otherwiseEmpty()).toList()).mapEmpty();
  }

  private void next() {
    if (!running || handlers.isEmpty()) {
      return;
    }
    JobQueue.claim(pool, LEASE_SECONDS, handlers.keySet().toArray(String[]::new))
        .compose(job -> job == null ? Future.succeededFuture(false) : run(job).map(true))
        .onComplete(ar -> {
          if (ar.failed() && DbOutages.kind(ar.cause()) != null) {
            OUTAGES.error(DbOutages.kind(ar.cause()), "Job worker: the database is unavailable (" + DbOutages.kind(ar.cause()) + ")");
          } else if (ar.failed()) {
            LOG.error("Job worker could not claim a job", ar.cause());
          }
          boolean worked = ar.succeeded() && ar.result();
          vertx.setTimer(worked ? 1 : idleMillis, t -> next());
        });
  }

  private Future<Void> run(Job job) {
    JobHandler handler = handlers.get(job.type());
    current.add(job);
    JobProgress progress = doc -> JobQueue.report(pool, job.id(), doc, LEASE_SECONDS);
    Future<JsonObject> result;
    try {
      result = handler.run(job, progress);
    } catch (RuntimeException e) {
      result = Future.failedFuture(e);
    }
    return result.transform(ar -> ar.succeeded()
        ? JobQueue.complete(pool, job.id(), ar.result() == null ? new JsonObject() : ar.result())
        : failed(job, handler, ar.cause())).andThen(ar -> current.remove(job));
  }

  private Future<Void> failed(Job job, JobHandler handler, Throwable cause) {
    boolean again = job.attempts() < handler.maxAttempts();
    LOG.warn("Job {} of tenant {} ({}) failed on attempt {}{}", job.id(), job.tenant(), job.type(), job.attempts(),
        again ? ", will retry" : ", giving up", cause);
    long backoff = again ? (long) Math.pow(4, job.attempts()) : -1;
    return JobQueue.fail(pool, job.id(), String.valueOf(cause.getMessage()), backoff);
  }
}
