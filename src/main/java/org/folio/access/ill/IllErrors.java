package org.folio.access.ill;

import org.folio.access.platform.errors.ApiError;

/** The ILL area's refusals, each with its stable code. */
public final class IllErrors {
  private IllErrors() {}

  public static ApiError transactionNotFound(String id) {
    return ApiError.notFound("No ILL transaction " + id);
  }

  public static ApiError routingInProgress() {
    return ApiError.conflict("ROUTING_IN_PROGRESS", "The transaction is being routed now; try again shortly");
  }
}
