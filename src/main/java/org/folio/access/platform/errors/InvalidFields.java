package org.folio.access.platform.errors;

import java.util.List;
import java.util.stream.Collectors;

/** A 422 naming every invalid field of a body at once, each with its own message (one error entry per field). */
public final class InvalidFields extends ApiError {
  private final List<Problem> problems;

  /** One invalid field: its name ("patron.id"), the offending value if it is a scalar, and what is wrong. */
  public record Problem(String field, String value, String message) {}

  public InvalidFields(List<Problem> problems) {
    super(422, "VALIDATION_ERROR", problems.stream().map(Problem::message).collect(Collectors.joining("; ")),
        problems.stream().map(p -> new ErrorParameter(p.field(), p.value())).toList());
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
