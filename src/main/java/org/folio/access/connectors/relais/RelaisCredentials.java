package org.folio.access.connectors.relais;

import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import javax.crypto.Cipher;
import org.folio.access.connectors.broker.BrokerAccount;
import org.folio.access.connectors.broker.BrokerPatron;

/**
 * The body of a Relais authentication. With the partner's RSA public key, ApiKey, PatronId, Surname, UserLogin
 * and UserPassword are each sent as base64 of RSA(PKCS#1 v1.5) over the value followed by a yyyyMMdd HHmmss
 * timestamp (UTC), against replay; UserGroup, PartnershipId and LibrarySymbol always go in plain.
 */
final class RelaisCredentials {
  static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd HHmmss").withZone(ZoneOffset.UTC);
  private final Clock clock;

  RelaisCredentials(Clock clock) {
    this.clock = clock;
  }

  JsonObject body(BrokerAccount account, BrokerPatron patron) {
    String stamp = STAMP.format(clock.instant());
    JsonObject body = new JsonObject().put("UserGroup", "patron").put("PartnershipId", account.partnershipId())
        .put("LibrarySymbol", account.librarySymbol());
    secret(body, "ApiKey", account.apiKey(), account.publicKey(), stamp);
    secret(body, "PatronId", patron.barcode(), account.publicKey(), stamp);
    secret(body, "Surname", patron.surname(), account.publicKey(), stamp);
    secret(body, "UserLogin", patron.login(), account.publicKey(), stamp);
    secret(body, "UserPassword", patron.password(), account.publicKey(), stamp);
    return body;
  }

  private static void secret(JsonObject body, String name, String value, RSAPublicKey key, String stamp) {
    if (value == null || value.isEmpty()) {
      return;
    }
    body.put(name, key == null ? value : encrypt(key, value + stamp));
  }

  static String encrypt(RSAPublicKey key, String plain) {
    try {
      Cipher rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding");
      rsa.init(Cipher.ENCRYPT_MODE, key);
      return Base64.getEncoder().encodeToString(rsa.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RSA encryption failed: " + e.getClass().getSimpleName());
    }
  }
}
