package org.folio.access.eholdings.common.jsonapi;

import io.vertx.core.Future;
import java.util.function.Function;
import java.util.function.Supplier;
import org.folio.access.platform.http.Reply;

/** Runs a service call for a resource method: anything it throws becomes a failed Future, never an escape. */
public final class Answers {
  private Answers() {}

  public static <T> Future<Reply> answer(Supplier<Future<T>> call, Function<T, Reply> reply) {
    try {
      return call.get().map(reply);
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
  }
}
