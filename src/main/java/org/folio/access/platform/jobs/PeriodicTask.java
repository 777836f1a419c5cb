package org.folio.access.platform.jobs;

import io.vertx.core.Future;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * Work that runs for every enabled tenant at a fixed interval (loan expiry, reservation hand-on), also
 * callable through a `_timer` endpoint. The work itself must be safe when several instances run it at
 * once: claim rows with FOR UPDATE SKIP LOCKED. due: which of the enabled tenants to run it for this time (all, unless
 * the task can tell cheaply which tenants have work).
 */
public record PeriodicTask(String name, Duration every, Function<String, Future<?>> forTenant,
    Function<List<String>, Future<List<String>>> due) {

  /** A task run for every enabled tenant. */
  public PeriodicTask(String name, Duration every, Function<String, Future<?>> forTenant) {
    this(name, every, forTenant, Future::succeededFuture);
  }
}
