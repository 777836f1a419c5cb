package org.folio.access.connectors.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class OutboundCallsTest {
  private static final Vertx VERTX = Vertx.vertx();
  private static final CallPolicy THREE_TRIES = new CallPolicy(Duration.ofMillis(200), 3, Duration.ofMillis(5));

  @AfterAll
  static void close() {
    VERTX.close();
  }

  private static OutboundCalls calls() {
    return new OutboundCalls(VERTX, CircuitBreakerConfig.custom().slidingWindowSize(4).minimumNumberOfCalls(4)
        .failureRateThreshold(50).waitDurationInOpenState(Duration.ofMinutes(1)).build());
  }

  private static <T> T await(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
  }

  private static UpstreamFailure failureOf(Future<?> future) throws Exception {
    try {
      await(future);
    } catch (java.util.concurrent.ExecutionException e) {
      return assertInstanceOf(UpstreamFailure.class, e.getCause());
    }
    throw new AssertionError("the call succeeded");
  }

  @Test
  void transientFailuresAreTriedAgainUntilOneSucceeds() throws Exception {
    AtomicInteger tries = new AtomicInteger();
    String answer = await(calls().call("vendor-a", THREE_TRIES, () -> tries.incrementAndGet() < 3
        ? Future.failedFuture(UpstreamFailure.fromStatus(503, "busy")) : Future.succeededFuture("ok")));
    assertEquals("ok", answer);
    assertEquals(3, tries.get());
  }

  @Test
  void refusalsAreNotTriedAgain() throws Exception {
    AtomicInteger tries = new AtomicInteger();
    UpstreamFailure failure = failureOf(calls().call("vendor-b", THREE_TRIES, () -> {
      tries.incrementAndGet();
      return Future.failedFuture(UpstreamFailure.fromStatus(401, "{\"message\":\"bad token\"}"));
    }));
    assertEquals(UpstreamFailure.Kind.AUTH, failure.kind());
    assertEquals(1, tries.get());
  }

  @Test
  void anAttemptPastItsDeadlineIsATimeout() throws Exception {
    UpstreamFailure failure = failureOf(calls().call("vendor-c", CallPolicy.once(Duration.ofMillis(50)),
        () -> Promise.<String>promise().future()));
    assertEquals(UpstreamFailure.Kind.TIMEOUT, failure.kind());
  }

  @Test
  void aFailingSystemIsNotCalledOnceItsBreakerOpens() throws Exception {
    OutboundCalls calls = calls();
    AtomicInteger tries = new AtomicInteger();
    for (int i = 0; i < 4; i++) {
      failureOf(calls.call("vendor-d", CallPolicy.once(Duration.ofMillis(100)), () -> {
        tries.incrementAndGet();
        return Future.failedFuture(UpstreamFailure.fromStatus(500, "down"));
      }));
    }
    assertEquals(CircuitBreaker.State.OPEN, calls.state("vendor-d"));
    UpstreamFailure failure = failureOf(calls.call("vendor-d", THREE_TRIES, () -> {
      tries.incrementAndGet();
      return Future.succeededFuture("never");
    }));
    assertEquals(UpstreamFailure.Kind.CIRCUIT_OPEN, failure.kind());
    assertEquals(4, tries.get());
    assertEquals(CircuitBreaker.State.CLOSED, calls.state("vendor-e"));
  }
}
