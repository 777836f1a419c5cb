package org.folio.access.circulation.vendors;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.folio.access.support.OutsideSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /econtent/vendors CRUD: the token is stored, never answered, kept when the mask comes back. */
class VendorAccountsIT {
  private static OutsideSystem vendor;
  private static VendorLibrary library;
  private static VendorLibrary other;

  @BeforeAll
  static void start() {
    vendor = OutsideSystem.start();
    library = new VendorLibrary("vendaccounts", vendor);
    other = new VendorLibrary("vendaccountsother", vendor);
  }

  @AfterAll
  static void stop() {
    vendor.close();
  }

  private String token(String id) {
    return (String) library.econtent.value("SELECT token FROM {s}.econtent_vendors WHERE id = $1::uuid", id);
  }

  @Test
  void anAccountIsStoredWithItsTokenWhichIsNeverAnswered() {
    Map<String, Object> body = library.accountBody("OneClick CT", "1931");
    String id = library.staff().body(body).post("/econtent/vendors").then().statusCode(201)
        .body("token", equalTo("********")).body("name", equalTo("OneClick CT")).body("libraryId", equalTo("1931"))
        .body("verbosity", equalTo("compact")).body("catalog.titles", equalTo(0))
        .body(not(containsString(VendorLibrary.TOKEN))).extract().path("id");
    assertEquals(VendorLibrary.TOKEN, token(id));
    library.staff().get("/econtent/vendors/" + id).then().statusCode(200).body("token", equalTo("********"))
        .body(not(containsString(VendorLibrary.TOKEN)));
    library.staff().get("/econtent/vendors?query=name==\"OneClick CT\"").then().statusCode(200)
        .body("totalRecords", equalTo(1)).body("vendors[0].token", equalTo("********"));
  }

  @Test
  void theMaskOrNoTokenKeepsTheStoredTokenAndANewOneReplacesIt() {
    Map<String, Object> body = library.accountBody("Keeps its token", "2001");
    String id = library.staff().body(body).post("/econtent/vendors").then().statusCode(201).extract().path("id");
    body.put("token", "********");
    body.put("ebookLoanDays", 7);
    library.staff().body(body).put("/econtent/vendors/" + id).then().statusCode(200).body("ebookLoanDays", equalTo(7));
    assertEquals(VendorLibrary.TOKEN, token(id));
    body.remove("token");
    library.staff().body(body).put("/econtent/vendors/" + id).then().statusCode(200);
    assertEquals(VendorLibrary.TOKEN, token(id));
    body.put("token", "bmV3LXRva2Vu");
    library.staff().body(body).put("/econtent/vendors/" + id).then().statusCode(200).body("token", equalTo("********"));
    assertEquals("bmV3LXRva2Vu", token(id));
  }

  @Test
  void aNewAccountNeedsATokenAValidUrlAndAFreeName() {
    Map<String, Object> body = library.accountBody("Needs a token", "2002");
    body.remove("token");
    library.staff().body(body).post("/econtent/vendors").then().statusCode(422)
        .body("errors[0].parameters[0].key", equalTo("token"));
    body.put("token", "********");
    library.staff().body(body).post("/econtent/vendors").then().statusCode(422)
        .body("errors[0].parameters[0].key", equalTo("token"));
    Map<String, Object> badUrl = library.accountBody("Bad url", "2003");
    badUrl.put("baseUrl", "ftp://vendor.example.com");
    library.staff().body(badUrl).post("/econtent/vendors").then().statusCode(422)
        .body(containsString("baseUrl"));
    Map<String, Object> badStage = library.accountBody("Bad stage", "2004");
    badStage.put("remoteStage", "staging");
    library.staff().body(badStage).post("/econtent/vendors").then().statusCode(422).body(containsString("remoteStage"));
    library.staff().body(library.accountBody("Taken", "2005")).post("/econtent/vendors").then().statusCode(201);
    library.staff().body(library.accountBody("TAKEN", "2006")).post("/econtent/vendors").then().statusCode(409)
        .body("errors[0].code", equalTo("VENDOR_NAME_TAKEN"));
  }

  @Test
  void anAccountThatLendsCannotBeDeletedOneThatDoesNotCan() {
    VendorLibrary.Account lends = library.account("Lends");
    library.title(lends, "ebook");
    library.staff().delete("/econtent/vendors/" + lends.id()).then().statusCode(409).body("errors[0].code", equalTo("VENDOR_IN_USE"));
    VendorLibrary.Account idle = library.account("Idle");
    library.staff().delete("/econtent/vendors/" + idle.id()).then().statusCode(204);
    library.staff().get("/econtent/vendors/" + idle.id()).then().statusCode(404);
    library.staff().delete("/econtent/vendors/" + idle.id()).then().statusCode(404);
    library.staff().get("/econtent/vendors/not-a-uuid").then().statusCode(404);
  }

  @Test
  void aVendorLendableNamesItsAccountAndItemAndHasNoCopyCount() {
    VendorLibrary.Account account = library.account("Lendable rules");
    String resource = library.econtent.resource("Counted", "https://vendor.example.com/counted");
    Map<String, Object> counted = Map.of("licenseModel", "one-copy-one-user", "copies", 3, "mediaType", "ebook",
        "formats", java.util.List.of(Map.of("type", "acsm", "drm", "adobe-acs")),
        "source", Map.of("type", "vendor", "vendorId", account.id(), "itemId", "9781234567897"));
    library.staff().body(counted).put("/econtent/lendables/" + resource).then().statusCode(422)
        .body("errors[0].parameters[0].key", equalTo("licenseModel"));
    Map<String, Object> noItem = Map.of("licenseModel", "unlimited", "copies", 0, "mediaType", "ebook",
        "formats", java.util.List.of(Map.of("type", "acsm", "drm", "adobe-acs")),
        "source", Map.of("type", "vendor", "vendorId", account.id()));
    library.staff().body(noItem).put("/econtent/lendables/" + resource).then().statusCode(422)
        .body("errors[0].parameters[0].key", equalTo("source.itemId"));
  }

  @Test
  void tenantsDoNotSeeEachOthersAccounts() {
    VendorLibrary.Account mine = library.account("Mine only");
    other.staff().get("/econtent/vendors/" + mine.id()).then().statusCode(404);
    other.staff().get("/econtent/vendors").then().statusCode(200).body("totalRecords", equalTo(0));
  }
}
