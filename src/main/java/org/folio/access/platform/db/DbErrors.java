package org.folio.access.platform.db;

import io.vertx.pgclient.PgException;
import java.util.List;
import org.folio.access.platform.errors.ApiError;

/** The one translation of PostgreSQL errors into answers; null when the error is not the caller's doing. */
public final class DbErrors {
  private DbErrors() {}

  public static ApiError translate(PgException e) {
    String state = e.getSqlState() == null ? "" : e.getSqlState();
    String constraint = e.getConstraint();
    return switch (state) {
      case "23505" -> new ApiError(409, "DUPLICATE", "Already exists: " + describe(e), params(constraint));
      case "23503" -> new ApiError(422, "REFERENCE_NOT_FOUND", "Refers to a record that does not exist: " + describe(e), params(constraint));
      case "23514", "23502" -> new ApiError(422, "CONSTRAINT_VIOLATED", "Breaks a rule of the data: " + describe(e), params(constraint));
      case "22P02", "22007", "22008", "22003", "22021", "22P05" -> new ApiError(400, "BAD_VALUE", "A value has the wrong form: " + e.getErrorMessage(), List.of());
      case "57014" -> ApiError.unavailable("QUERY_TIMEOUT", "The query took too long", DbOutages.RETRY_AFTER_SECONDS);
      case "3F000", "42P01" -> new ApiError(400, "TENANT_NOT_ENABLED", "The module is not enabled for this tenant", List.of());
      default -> null;
    };
  }

  private static String describe(PgException e) {
    return e.getConstraint() != null ? e.getConstraint() : e.getErrorMessage();
  }

  private static List<ApiError.ErrorParameter> params(String constraint) {
    return constraint == null ? List.of() : List.of(new ApiError.ErrorParameter("constraint", constraint));
  }
}
