package org.folio.access.platform.db;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.TimeoutException;
import org.folio.access.platform.errors.ApiError;

/** Tells a database that is not there (refused, reset, closed, not answering) from a database that said no. */
public final class DbOutages {
  public static final String CODE = "DATABASE_UNAVAILABLE";
  public static final int RETRY_AFTER_SECONDS = 5;

  private DbOutages() {}

  /** The kind of outage a failure shows ("refused", "closed", "timeout", "shutting down"), or null if it is none. */
  public static String kind(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof PgException pg) {
        String state = pg.getSqlState() == null ? "" : pg.getSqlState();
        if (state.startsWith("08") || state.equals("53300")) {
          return "connection refused by the server";
        }
        return state.startsWith("57P") ? "server shutting down" : null;
      }
      if (t instanceof ConnectException) {
        return "connection refused";
      }
      if (t instanceof ClosedConnectionException || t instanceof ClosedChannelException
          || (t instanceof io.vertx.core.VertxException && String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("closed"))) {
        return "connection closed";
      }
      if (t instanceof io.vertx.core.http.ConnectionPoolTooBusyException) {
        return "all connections busy";
      }
      if (t instanceof TimeoutException) {
        return "not answering in time";
      }
      if (t instanceof IOException) {
        return "connection reset";
      }
    }
    return null;
  }

  public static ApiError unavailable(String kind) {
    return ApiError.unavailable(CODE, "The database is unavailable (" + kind + "); try again shortly", RETRY_AFTER_SECONDS);
  }
}
