package org.folio.access.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.folio.access.platform.errors.ApiError;
import org.folio.access.support.MultiMaps;
import org.junit.jupiter.api.Test;

class OkapiHeadersTest {
  private static String token(String payload) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return b64.encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
        + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".signature";
  }

  @Test
  void theUserComesFromTheTokenWhenNoUserIdHeaderIsSent() {
    OkapiContext ctx = OkapiHeaders.read(MultiMaps.of("X-Okapi-Tenant", "diku",
        "X-Okapi-Token", token("{\"sub\":\"admin\",\"user_id\":\"7b4d1a3e-0c55-4b53-9a1e-5a2f3c4d5e6f\"}")));
    assertEquals("7b4d1a3e-0c55-4b53-9a1e-5a2f3c4d5e6f", ctx.userId());
  }

  @Test
  void theUserIdHeaderWinsOverTheToken() {
    OkapiContext ctx = OkapiHeaders.read(MultiMaps.of("X-Okapi-Tenant", "diku", "X-Okapi-User-Id", "u1",
        "X-Okapi-Token", token("{\"user_id\":\"7b4d1a3e-0c55-4b53-9a1e-5a2f3c4d5e6f\"}")));
    assertEquals("u1", ctx.userId());
  }

  @Test
  void aTokenWithoutUserIdGivesNoUser() {
    assertNull(OkapiHeaders.read(MultiMaps.of("X-Okapi-Tenant", "diku", "X-Okapi-Token", token("{\"sub\":\"x\"}"))).userId());
  }

  @Test
  void aTokenThatIsNotAJwtIsRefusedNamingTheTokenButNotRepeatingIt() {
    ApiError e = assertThrows(ApiError.class,
        () -> OkapiHeaders.read(MultiMaps.of("X-Okapi-Tenant", "diku", "X-Okapi-Token", "garbage")));
    assertEquals(401, e.status());
    assertEquals("X-Okapi-Token", e.parameters().get(0).key());
    assertNull(e.parameters().get(0).value());
  }

  @Test
  void aUserIdClaimThatIsNotAUuidIsReportedAsTheTokens() {
    ApiError e = assertThrows(ApiError.class, () -> OkapiHeaders.read(MultiMaps.of("X-Okapi-Tenant", "diku",
        "X-Okapi-Token", token("{\"user_id\":\"notauuid\"}"))));
    assertEquals(400, e.status());
    assertEquals("X-Okapi-Token", e.parameters().get(0).key());
    assertTrue(e.getMessage().contains("user_id claim"));
  }

  @Test
  void grantedPermissionsAreReadFromTheJsonArray() {
    OkapiContext ctx = OkapiHeaders.read(MultiMaps.of("X-Okapi-Tenant", "diku",
        "X-Okapi-Permissions", "[\"econtent.loans.on-behalf\",\"x.y\"]"));
    assertEquals(Set.of("econtent.loans.on-behalf", "x.y"), ctx.permissions());
    assertTrue(ctx.hasPermission("x.y"));
  }

  @Test
  void aRequestIdIsMadeWhenTheGatewaySentNone() {
    assertEquals(36, OkapiHeaders.read(MultiMaps.of("X-Okapi-Tenant", "diku")).requestId().length());
  }

  @Test
  void tenantIdsFollowTheGatewayRule() {
    assertEquals("a1", OkapiHeaders.tenant("a1"));
    assertThrows(ApiError.class, () -> OkapiHeaders.tenant("1a"));
    assertThrows(ApiError.class, () -> OkapiHeaders.tenant("diku_x"));
    assertThrows(ApiError.class, () -> OkapiHeaders.tenant("a".repeat(32)));
    assertThrows(ApiError.class, () -> OkapiHeaders.tenant(null));
  }

  @Test
  void aRouteThatAuthenticatesItselfIsServedWithoutTenant() {
    assertNull(OkapiHeaders.read(MultiMaps.of(), false).tenant());
    assertEquals("diku", OkapiHeaders.read(MultiMaps.of("X-Okapi-Tenant", "diku"), false).tenant());
  }

  @Test
  void aTenantHeaderOnARouteThatAuthenticatesItselfMustStillBeValid() {
    assertThrows(ApiError.class, () -> OkapiHeaders.read(MultiMaps.of("X-Okapi-Tenant", "Diku;drop"), false));
    assertThrows(ApiError.class, () -> OkapiHeaders.read(MultiMaps.of(), true));
  }
}
