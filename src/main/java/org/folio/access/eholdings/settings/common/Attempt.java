package org.folio.access.eholdings.settings.common;

import io.vertx.core.Future;
import java.util.function.Supplier;

/** Runs work whose first checks may throw an ApiError, so that every failure leaves as a failed Future. */
public final class Attempt {
  private Attempt() {}

  public static <T> Future<T> of(Supplier<Future<T>> work) {
    try {
      return work.get();
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
  }
}
