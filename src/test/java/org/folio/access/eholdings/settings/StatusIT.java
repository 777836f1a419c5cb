package org.folio.access.eholdings.settings;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.folio.access.support.TestModule;
import org.junit.jupiter.api.Test;

/** What ui-eholdings asks first: is the knowledge base set up. */
class StatusIT {

  @Test
  void aTenantIsConfiguredAsSoonAsItIsEnabled() {
    TestModule.as("diku").get("/eholdings/status").then().statusCode(200)
        .contentType(startsWith("application/vnd.api+json"))
        .body("data.id", equalTo("status"))
        .body("data.type", equalTo("statuses"))
        .body("data.attributes.isConfigurationValid", equalTo(true))
        .body("jsonapi.version", equalTo("1.0"));
  }

  @Test
  void aTenantThatIsNotEnabledIsABadRequestNotAServerError() {
    TestModule.as("nosuchtenant").get("/eholdings/status").then().statusCode(400);
  }
}
