package org.folio.access.connectors.common;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The one way the module calls outside systems: each attempt within a deadline, transient failures tried
 * again with backoff, and a circuit breaker per outside account (for example tenant + vendor account id) so
 * that a system that is down is not called at all for a while and callers get an answer at once.
 */
public final class OutboundCalls {
  private final Vertx vertx;
  private final CircuitBreakerRegistry breakers;

  public OutboundCalls(Vertx vertx, CircuitBreakerConfig breakerConfig) {
    this.vertx = vertx;
    this.breakers = CircuitBreakerRegistry.of(breakerConfig);
  }

  /** Opens after half of at least 10 recent calls failed transiently; lets one probe through after 30 s. */
  public static OutboundCalls withDefaults(Vertx vertx) {
    return new OutboundCalls(vertx, CircuitBreakerConfig.custom()
        .slidingWindowSize(20).minimumNumberOfCalls(10).failureRateThreshold(50)
        .waitDurationInOpenState(Duration.ofSeconds(30)).permittedNumberOfCallsInHalfOpenState(1)
        .build());
  }

  /** Runs attempt under policy, guarded by the breaker named breakerKey. Fails with UpstreamFailure only. */
  public <T> Future<T> call(String breakerKey, CallPolicy policy, Supplier<Future<T>> attempt) {
    return tryAttempt(breakers.circuitBreaker(breakerKey), policy, attempt, 1);
  }

  /** The breaker of one outside account, for status pages and tests. */
  public CircuitBreaker.State state(String breakerKey) {
    return breakers.circuitBreaker(breakerKey).getState();
  }

  private <T> Future<T> tryAttempt(CircuitBreaker breaker, CallPolicy policy, Supplier<Future<T>> attempt, int number) {
    return guarded(breaker, policy, attempt).recover(failure -> {
      UpstreamFailure upstream = UpstreamFailure.fromThrowable(failure);
      if (!upstream.isTransient() || number >= policy.attempts()) {
        return Future.failedFuture(upstream);
      }
      Promise<T> later = Promise.promise();
      vertx.setTimer(Math.max(1, policy.backoffMillisBefore(number + 1)),
          id -> tryAttempt(breaker, policy, attempt, number + 1).onComplete(later));
      return later.future();
    });
  }

  private <T> Future<T> guarded(CircuitBreaker breaker, CallPolicy policy, Supplier<Future<T>> attempt) {
    if (!breaker.tryAcquirePermission()) {
      return Future.failedFuture(new UpstreamFailure(UpstreamFailure.Kind.CIRCUIT_OPEN, 0, null,
          "outside system is failing; calls paused"));
    }
    long start = System.nanoTime();
    Promise<T> result = Promise.promise();
    long timer = vertx.setTimer(policy.deadline().toMillis(), id -> result.tryFail(
        new UpstreamFailure(UpstreamFailure.Kind.TIMEOUT, 0, null, "outside system did not answer in time")));
    Future<T> started;
    try {
      started = attempt.get();
    } catch (RuntimeException e) {
      started = Future.failedFuture(e);
    }
    started.onComplete(done -> {
      vertx.cancelTimer(timer);
      if (done.succeeded()) {
        result.tryComplete(done.result());
      } else {
        result.tryFail(UpstreamFailure.fromThrowable(done.cause()));
      }
    });
    return result.future().andThen(done -> record(breaker, start, done.failed() ? done.cause() : null));
  }

  private static void record(CircuitBreaker breaker, long start, Throwable failure) {
    long took = System.nanoTime() - start;
    if (failure instanceof UpstreamFailure upstream && upstream.isTransient()) {
      breaker.onError(took, TimeUnit.NANOSECONDS, upstream);
    } else {
      breaker.onSuccess(took, TimeUnit.NANOSECONDS);
    }
  }
}
