package org.folio.access.eholdings.settings.common;

import io.vertx.core.Future;
import io.vertx.pgclient.PgException;
import java.util.function.Function;

/** Turns a given PostgreSQL constraint violation into the interface's answer; other failures pass unchanged. */
public final class Violations {
  private Violations() {}

  /**
   * A recover function: a failure with the SQL state (and, when constraint is not null, that constraint)
   * becomes the given error.
   */
  public static <T> Function<Throwable, Future<T>> on(String sqlState, String constraint, RuntimeException answer) {
    return failure -> failure instanceof PgException pg && sqlState.equals(pg.getSqlState())
        && (constraint == null || constraint.equals(pg.getConstraint()))
        ? Future.failedFuture(answer) : Future.failedFuture(failure);
  }

  public static final String UNIQUE = "23505";
  public static final String FOREIGN_KEY = "23503";
}
