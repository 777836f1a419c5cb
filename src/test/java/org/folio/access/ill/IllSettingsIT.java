package org.folio.access.ill;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /ill/settings: the seed's names and defaults, the write-only ApiKey, and every rule checked when saved. */
class IllSettingsIT {
  private static Ill ill;

  @BeforeAll
  static void enable() {
    ill = Ill.department("illsettings");
  }

  @Test
  void theDefaultsAreTheAddonsUntilSettingsAreStored() {
    JsonPath s = Ill.department("illdefaults").staff().get("/ill/settings").then().statusCode(200).extract().jsonPath();
    assertEquals("BorrowDirect Find Item Search", s.getString("findItemSearchQueue"));
    assertEquals("Request Finished", s.getString("requestItemSuccessfulQueue"));
    assertEquals("Error requesting item via BorrowDirect", s.getString("requestItemErrorQueue"));
    assertEquals("Request Available Locally", s.getString("availableLocallyQueue"));
    assertEquals("BorrowDirect Manual Processing", s.getString("manualProcessingQueue"));
    assertEquals("BorrowDirect Manual Availability Processing", s.getString("manualAvailabilityProcessingQueue"));
    assertEquals("Error Processing BorrowDirect Find Item DWS", s.getString("errorQueue"));
    assertEquals("BorrowDirectFindItem - ", s.getString("notePrefix"));
    assertEquals("BD", s.getString("partnershipId"));
    assertEquals(3, s.getInt("maximumAuthenticationAttempts"));
    assertEquals("Book=Book,Article=Article,Thesis=thesis,Book Chapter=Book", s.getString("documentTypeRelaisFormatMappings"));
    assertEquals("{TableField:Transaction.TransactionNumber}", s.getString("requestItemExternalNumberMapping"));
    assertEquals(false, s.getBoolean("relaisReturnsProxyUrls"));
    assertEquals("", s.getString("apiKey"));
  }

  @Test
  void theApiKeyIsWriteOnlyMaskedKeptWhenLeftOutAndRemovedWhenEmpty() {
    Map<String, Object> put = new HashMap<>(Map.of("brokerUrl", "https://bd.example.org", "apiKey", "k-9d2f-secret"));
    JsonPath answer = ill.settings(put);
    assertEquals("********", answer.getString("apiKey"));
    assertEquals("k-9d2f-secret", ill.value("SELECT api_key FROM {s}.ill_settings"));
    ill.staff().get("/ill/settings").then().statusCode(200).body("apiKey", equalTo("********"))
        .body(org.hamcrest.Matchers.not(containsString("k-9d2f-secret")));
    ill.settings(Map.of("brokerUrl", "https://bd.example.org", "librarySymbol", "UCHICAGO"));
    assertEquals("k-9d2f-secret", ill.value("SELECT api_key FROM {s}.ill_settings"));
    ill.settings(Map.of("apiKey", "********", "librarySymbol", "UCHICAGO"));
    assertEquals("k-9d2f-secret", ill.value("SELECT api_key FROM {s}.ill_settings"));
    ill.settings(Map.of("apiKey", ""));
    assertNull(ill.value("SELECT api_key FROM {s}.ill_settings"));
    assertEquals(0L, ill.value("SELECT count(*) FROM {s}.outbox WHERE event_type = 'ill.settings.changed'"
        + " AND payload::text LIKE '%k-9d2f-secret%'"));
  }

  @Test
  void leftOutSettingsTakeTheirDefaultsAgain() {
    ill.settings(Map.of("notePrefix", "BD - ", "errorQueue", "ILL Errors"));
    ill.settings(Map.of("librarySymbol", "UCHICAGO"));
    ill.staff().get("/ill/settings").then().statusCode(200).body("notePrefix", equalTo("BorrowDirectFindItem - "))
        .body("errorQueue", equalTo("Error Processing BorrowDirect Find Item DWS")).body("librarySymbol", equalTo("UCHICAGO"));
  }

  @Test
  void anRsaPublicKeyInPemIsAcceptedAndAnythingElseIs422() {
    ill.settings(Map.of("rsaPublicKey", RsaKeyPairs.pem(RsaKeyPairs.generate())));
    refused(Map.of("rsaPublicKey", "not a key"), "rsaPublicKey");
    refused(Map.of("rsaPublicKey", "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"), "rsaPublicKey");
    refused(Map.of("rsaPublicKey", "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----"), "rsaPublicKey");
  }

  @Test
  void theExternalBarcodeMatchNeedsTheNamedGroupBarcode() {
    ill.settings(Map.of("userBarcodeExternalLookupUrl", "https://api.library.edu/?netid={TableField:User.Username}",
        "userBarcodeExternalMatch", "\"status\":\"Active\".*\"bc\":\"(?<Barcode>\\d+)\""));
    refused(Map.of("userBarcodeExternalMatch", "\"bc\":\"(\\d+)\""), "userBarcodeExternalMatch");
    refused(Map.of("userBarcodeExternalMatch", "(?<Barcode>\\d+"), "userBarcodeExternalMatch");
    refused(Map.of("userBarcodeExternalLookupUrl", "https://api.library.edu/?netid=x"), "userBarcodeExternalMatch");
  }

  @Test
  void templatedSettingsWithAnUnknownFieldAreRefusedWhenSaved() {
    ill.settings(Map.of("requestItemNotesMapping", "<ILL TN:{TableField:Transaction.TransactionNumber}> for {TableField:User.lastname}",
        "userPasswordMapping", "{TableField:User.UserInfo1}", "pickupLocationMapping", "{TableField:Transaction.PickupLocation}"));
    refused(Map.of("requestItemNotesMapping", "TN {TableField:Transaction.Colour}"), "requestItemNotesMapping");
    refused(Map.of("userBarcodeMapping", "{TableField:User.ShoeSize}"), "userBarcodeMapping");
    refused(Map.of("pickupLocationMapping", "{TableField:Library.Code}"), "pickupLocationMapping");
    refused(Map.of("requestItemExternalNumberMapping", "{TableField:Transaction.}"), "requestItemExternalNumberMapping");
    refused(Map.of("userBarcodeExternalLookupUrl", "https://x.edu/?id={TableField:User.Nope}",
        "userBarcodeExternalMatch", "(?<Barcode>\\d+)"), "userBarcodeExternalLookupUrl");
  }

  @Test
  void mappingsMustBePairsAndTargetQueuesMustLeaveTheSearchQueue() {
    ill.settings(Map.of("requestItemPickupLocationMapping", "LAW=A, JRLMAIN=B", "documentTypeRelaisFormatMappings", "Book=Book"));
    refused(Map.of("requestItemPickupLocationMapping", "LAW=A,JRLMAIN"), "requestItemPickupLocationMapping");
    refused(Map.of("documentTypeRelaisFormatMappings", "=Book"), "documentTypeRelaisFormatMappings");
    refused(Map.of("errorQueue", "BorrowDirect Find Item Search"), "errorQueue");
    ill.staff().body(Map.of("maximumAuthenticationAttempts", 0)).put("/ill/settings").then().statusCode(422)
        .body(containsString("maximumAuthenticationAttempts"));
    ill.staff().body(Map.of("brokerUrl", "ftp://x")).put("/ill/settings").then().statusCode(422).body(containsString("brokerUrl"));
  }

  private static void refused(Map<String, Object> settings, String field) {
    Object before = ill.value("SELECT settings::text FROM {s}.ill_settings");
    ill.staff().body(settings).put("/ill/settings").then().statusCode(422)
        .body("errors[0].code", equalTo("VALIDATION_ERROR")).body("errors[0].parameters[0].key", equalTo(field));
    assertEquals(before, ill.value("SELECT settings::text FROM {s}.ill_settings"));
  }
}
