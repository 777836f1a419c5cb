package org.folio.access.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PathRedactionTest {
  private final PathRedaction paths = new PathRedaction(List.of("GET /econtent/fulfillment/{token}",
      "GET /econtent/patrons/{patronId}/activity", "PUT /econtent/groups/{groupId}/members/{patronId}",
      "GET /econtent/loans/{loanId}", "GET /econtent/loans", "PUT /eholdings/kb-credentials/{id}/users/{userId}"));

  @Test
  void sensitiveParametersAreWrittenAsTheirNames() {
    assertEquals("/econtent/fulfillment/{token}", paths.redact("/econtent/fulfillment/diku.abc.def"));
    assertEquals("/econtent/patrons/{patronId}/activity", paths.redact("/econtent/patrons/0f9b1c4e/activity"));
    assertEquals("/econtent/groups/g1/members/{patronId}", paths.redact("/econtent/groups/g1/members/p1"));
    assertEquals("/eholdings/kb-credentials/k1/users/{userId}", paths.redact("/eholdings/kb-credentials/k1/users/u1"));
  }

  @Test
  void otherParametersStay() {
    assertEquals("/econtent/loans/l-42", paths.redact("/econtent/loans/l-42"));
    assertEquals("/econtent/loans", paths.redact("/econtent/loans"));
    assertEquals("/", paths.redact("/"));
  }

  @Test
  void theAccessLogKnowsThePlatformRoutes() {
    PathRedaction logged = new PathRedaction(AccessLog.PLATFORM_ROUTES);
    assertEquals("/admin/health", logged.redact("/admin/health"));
    assertEquals("/_/ramls", logged.redact("/_/ramls"));
  }

  @Test
  void pathsOutsideTheContractKeepOnlyKnownWords() {
    assertEquals("/econtent/fulfillment/*/*", paths.redact("/econtent/fulfillment/diku.abc.def/x"));
    assertEquals("/econtent/*/loans", paths.redact("/econtent/p1/loans"));
  }
}
