package org.folio.access.circulation.hosted;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.WriteStream;
import java.util.function.IntFunction;

/** A write stream that passes bytes on and reports progress (1-70 %) each time another 5 % has gone through. */
final class ProgressCounter implements WriteStream<Buffer> {
  private final WriteStream<Buffer> target;
  private final long total;
  private final IntFunction<Future<Void>> report;
  private long written;
  private int reported;

  ProgressCounter(WriteStream<Buffer> target, long total, IntFunction<Future<Void>> report) {
    this.target = target;
    this.total = Math.max(1, total);
    this.report = report;
  }

  @Override
  public Future<Void> write(Buffer data) {
    written += data.length();
    int percent = (int) (1 + 69 * written / total);
    Future<Void> done = target.write(data);
    if (percent >= reported + 5) {
      reported = percent;
      return done.compose(x -> report.apply(percent));
    }
    return done;
  }

  @Override
  public WriteStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
    target.exceptionHandler(handler);
    return this;
  }

  @Override
  public Future<Void> end() {
    return target.end();
  }

  @Override
  public WriteStream<Buffer> setWriteQueueMaxSize(int maxSize) {
    target.setWriteQueueMaxSize(maxSize);
    return this;
  }

  @Override
  public boolean writeQueueFull() {
    return target.writeQueueFull();
  }

  @Override
  public WriteStream<Buffer> drainHandler(Handler<Void> handler) {
    target.drainHandler(handler);
    return this;
  }
}
