package org.folio.access.circulation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import org.folio.access.support.TenantClient;
import org.folio.access.support.TestModule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** loadSample=true makes circulation visible at once: lendables, loans of the sample patrons, a hold queue. */
class CirculationSampleIT {
  private static final String TENANT = "circsample";
  private static final String PATRON = CirculationSample.PATRONS[0];
  private static final String WAITING = CirculationSample.PATRONS[1];

  @BeforeAll
  static void enable() {
    TestModule.get();
    TenantClient.enable(TENANT, "mod-access-services-1.0.0", true, true);
  }

  @Test
  void samplePatronsHaveLoansAndWaitInAHoldQueue() {
    TestModule.as(TENANT).get("/econtent/lendables?limit=50").then().statusCode(200).body("totalRecords", equalTo(12));
    JsonPath loans = TestModule.as(TENANT).header("X-Okapi-User-Id", PATRON).get("/econtent/loans").then().statusCode(200)
        .body("totalRecords", equalTo(2)).extract().jsonPath();
    assertEquals(2, loans.getList("loans.resourceId", String.class).size());
    TestModule.as(TENANT).header("X-Okapi-User-Id", WAITING).get("/econtent/holds").then().statusCode(200)
        .body("holds.status", hasItem("waiting")).body("totalRecords", greaterThanOrEqualTo(1));
  }

  @Test
  void enablingAgainAddsNothingAndCopiesInUseMatchTheLoans() {
    TenantClient.enable(TENANT, "mod-access-services-1.0.0", true, true);
    TestModule.as(TENANT).get("/econtent/lendables?limit=50").then().body("totalRecords", equalTo(12));
    var row = TestModule.get().sql("SELECT (SELECT count(*) FROM circsample_mod_access_services.econtent_loans) AS loans,"
        + " (SELECT count(*) FROM circsample_mod_access_services.econtent_holds) AS holds,"
        + " (SELECT sum(copies_in_use) FROM circsample_mod_access_services.econtent_lendables) AS in_use").iterator().next();
    assertEquals(4, row.getLong("loans"));
    assertEquals(2, row.getLong("holds"));
    assertEquals(3, row.getLong("in_use"), "the loans of limited licences (the unlimited one is not counted)");
  }
}
