package org.folio.access.connectors.oneclick;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.folio.access.connectors.common.UpstreamFailure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A vendor refusal is read from its status and its message, whatever the shape of the body. */
class OneClickRefusalTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "409|{\"message\": \"Patron checkout limit reached\"}|LOAN_LIMIT_REACHED",
      "409|{\"Message\": \"Maximum checkouts exceeded\"}|LOAN_LIMIT_REACHED",
      "409|{\"message\": \"Patron hold limit reached\"}|HOLD_LIMIT_REACHED",
      "409|{\"message\": \"Title already checked out by patron\"}|ALREADY_CHECKED_OUT",
      "409|Checkout already exists|ALREADY_CHECKED_OUT",
      "409|{\"message\": \"Title already on hold for patron\"}|ALREADY_ON_HOLD",
      "409|{\"message\": \"Title is not available for checkout\"}|NOT_AVAILABLE",
      "404|{\"message\": \"Title not found\"}|TITLE_NOT_FOUND",
      "404||TITLE_NOT_FOUND",
      "404|{\"message\": \"Patron not found\"}|PATRON_NOT_FOUND",
      "404|{\"message\": \"Title not checked out by patron\"}|NOT_CHECKED_OUT",
      "400|{\"message\": \"Something unexpected\"}|OTHER",
      "400|{broken json|OTHER",
      "401|{\"message\": \"Title already checked out\"}|AUTH_FAILED",
      "403||AUTH_FAILED",
      "500|{\"message\": \"Title is not available\"}|UNAVAILABLE",
      "503||UNAVAILABLE",
      "429||UNAVAILABLE"})
  void statusAndMessageDecide(int status, String body, OneClickRefusal expected) {
    assertEquals(expected, OneClickRefusal.of(UpstreamFailure.fromStatus(status, body)));
  }

  @ParameterizedTest
  @CsvSource({"TIMEOUT,TIMED_OUT", "CIRCUIT_OPEN,UNAVAILABLE", "UNAVAILABLE,UNAVAILABLE", "PROTOCOL,OTHER"})
  void failuresWithoutAnAnswerMapByKind(UpstreamFailure.Kind kind, OneClickRefusal expected) {
    assertEquals(expected, OneClickRefusal.of(new UpstreamFailure(kind, 0, null, "x")));
  }
}
