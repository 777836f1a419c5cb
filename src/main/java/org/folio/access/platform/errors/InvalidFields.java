package org.folio.access.platform.errors;

import java.util.List;
import java.util.stream.Collectors;

/** A 422 naming every invalid field of a body at once, each with its own message (one error entry per field). */
public final class InvalidFields extends ApiError {
  private final List<Problem> problems;
  private final List<JsonApiError.Violation> violations;

  /** One invalid field: its name ("patron.id"), the offending value if it is a scalar, and what is wrong. */
  public record Problem(String field, String value, String message) {}

  /** problems for the FOLIO dialect; violations, the same problems in bean-validation words, for JSON:API. */
  public InvalidFields(List<Problem> problems, List<JsonApiError.Violation> violations) {
    super(422, "VALIDATION_ERROR", problems.stream().map(Problem::message).collect(Collectors.joining("; ")),
        problems.stream().map(p -> new ErrorParameter(p.field(), p.value())).toList());
    this.problems = List.copyOf(problems);
    this.violations = List.copyOf(violations);
  }

  public List<JsonApiError.Violation> violations() {
    return violations;
  }

  public List<Problem> problems() {
    return problems;
  }
}
