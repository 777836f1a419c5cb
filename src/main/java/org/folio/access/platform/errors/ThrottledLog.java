package org.folio.access.platform.errors;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.logging.log4j.Logger;

/**
 * One log line per kind of failure and interval, with the count of the ones not logged, instead of a stack trace
 * per request: an outage under load gives a few lines, not tens of thousands.
 */
public final class ThrottledLog {
  private final Logger log;
  private final long intervalNanos;
  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  private static final class Window {
    final AtomicLong next = new AtomicLong(Long.MIN_VALUE);
    final AtomicLong suppressed = new AtomicLong();
  }

  public ThrottledLog(Logger log, long intervalMillis) {
    this.log = log;
    this.intervalNanos = intervalMillis * 1_000_000;
  }

  /** Logs "message (and n more since the last line)" at error level, at most once per interval for the kind. */
  public void error(String kind, String message) {
    Window w = windows.computeIfAbsent(kind, k -> new Window());
    long now = System.nanoTime();
    long next = w.next.get();
    if ((next == Long.MIN_VALUE || now - next >= 0) && w.next.compareAndSet(next, now + intervalNanos)) {
      long more = w.suppressed.getAndSet(0);
      log.error("{}{}", message, more == 0 ? "" : " (and " + more + " more since the last such line)");
    } else {
      w.suppressed.incrementAndGet();
    }
  }
}
