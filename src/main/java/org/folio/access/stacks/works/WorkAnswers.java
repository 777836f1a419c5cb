package org.folio.access.stacks.works;

import io.vertx.core.buffer.Buffer;
import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The answers of GET /stacks/works/{id} this module instance built, each with what it was built from: the work's
 * version in the database (read in the same statement as its items) and the pickup calendar's key (the tenant's
 * rules and the moment of the day). An answer is served again only while the database still holds that version:
 * the database, not this instance, knows about writes, so any number of instances stay exact. Bounded by bytes:
 * past the bound, arbitrary answers are dropped until a quarter is free (a dropped answer is built again).
 */
final class WorkAnswers {
  /** A built answer: the work's version, the calendar key its pickup dates came from, the JSON bytes. */
  record Answer(long version, Object calendarKey, Buffer body) {}

  private final ConcurrentHashMap<String, Answer> answers = new ConcurrentHashMap<>();
  private final AtomicLong bytes = new AtomicLong();
  private final long maxBytes;

  WorkAnswers(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  Answer get(String tenant, String workId) {
    return answers.get(key(tenant, workId));
  }

  void put(String tenant, String workId, Answer answer) {
    if (answer.body().length() > maxBytes / 4) {
      return; // too big to keep: built each time
    }
    Answer replaced = answers.put(key(tenant, workId), answer);
    if (bytes.addAndGet(answer.body().length() - (replaced == null ? 0 : replaced.body().length())) > maxBytes) {
      shrink();
    }
  }

  void remove(String tenant, String workId) {
    Answer removed = answers.remove(key(tenant, workId));
    if (removed != null) {
      bytes.addAndGet(-removed.body().length());
    }
  }

  long bytes() {
    return bytes.get();
  }

  private void shrink() {
    Iterator<String> keys = answers.keySet().iterator();
    while (bytes.get() > maxBytes - maxBytes / 4 && keys.hasNext()) {
      Answer removed = answers.remove(keys.next());
      if (removed != null) {
        bytes.addAndGet(-removed.body().length());
      }
    }
  }

  private static String key(String tenant, String workId) {
    return tenant + '/' + workId;
  }
}
