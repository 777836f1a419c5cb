package org.folio.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.util.concurrent.EventExecutor;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.internal.VertxInternal;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The module's Vert.x: as many event loops as HTTP verticles, so that database connections share their threads; the
 * native transport where it loads.
 */
class MainTest {

  private static Set<Thread> loopThreads(Vertx vertx, int contexts) {
    Set<Thread> threads = new HashSet<>();
    for (int i = 0; i < contexts; i++) {
      // a context per piece of work, as start-up, timers, jobs and each HTTP verticle get one
      Promise<Thread> thread = Promise.promise();
      ((VertxInternal) vertx).createEventLoopContext().runOnContext(x -> thread.complete(Thread.currentThread()));
      threads.add(thread.future().await());
    }
    return threads;
  }

  @Test
  void everyContextRunsOnOneOfTheHttpInstancesLoops() {
    for (int instances : new int[] {1, 3}) {
      Vertx vertx = Main.createVertx(instances, true);
      try {
        int loops = 0;
        for (EventExecutor ignored : ((VertxInternal) vertx).nettyEventLoopGroup()) {
          loops++;
        }
        assertEquals(instances, loops, "event loops for HTTP_INSTANCES=" + instances);
        assertEquals(instances, loopThreads(vertx, 12).size(), "threads of 12 contexts, HTTP_INSTANCES=" + instances);
      } finally {
        vertx.close().await();
      }
    }
  }

  @Test
  @EnabledOnOs(value = OS.LINUX, architectures = "amd64") // the one native library the jar bundles
  void nativeTransportIsEpollOnLinuxAndNioWhenTurnedOff() {
    Vertx epoll = Main.createVertx(1, true);
    Vertx nio = Main.createVertx(1, false);
    try {
      assertEquals("epoll", Main.transport(epoll, true));
      assertTrue(epoll.isNativeTransportEnabled());
      assertEquals("nio", Main.transport(nio, false));
      assertFalse(nio.isNativeTransportEnabled());
    } finally {
      epoll.close().await();
      nio.close().await();
    }
  }
}
