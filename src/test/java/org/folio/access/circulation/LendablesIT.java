package org.folio.access.circulation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** PUT/GET /econtent/lendables: a lendable is an eholdings resource of the tenant, with a licence. */
class LendablesIT {
  private static Econtent library;

  @BeforeAll
  static void enable() {
    library = Econtent.library("circlendables");
  }

  private static Map<String, Object> oneCopyEbook() {
    return new HashMap<>(Map.of("licenseModel", "one-copy-one-user", "copies", 3, "mediaType", "ebook",
        "formats", List.of(Map.of("type", "epub", "drm", "adobe-acs")), "source", Map.of("type", "local")));
  }

  @Test
  void aResourceOfTheKnowledgeBaseBecomesLendableAndItsLicenceCanChange() {
    String resource = library.resource("Moby-Dick", "https://books.example.com/moby-dick");
    Map<String, Object> licence = oneCopyEbook();
    licence.put("licenseExpires", "2030-06-30T00:00:00Z");
    library.anonymous().body(licence).put("/econtent/lendables/" + resource).then().statusCode(201)
        .body("resourceId", equalTo(resource)).body("copies", equalTo(3))
        .body("licenseExpires", equalTo("2030-06-30T00:00:00.000Z")).body("createdDate", notNullValue());
    licence.put("copies", 5);
    library.anonymous().body(licence).put("/econtent/lendables/" + resource).then().statusCode(200).body("copies", equalTo(5));
    library.anonymous().get("/econtent/lendables/" + resource).then().statusCode(200)
        .body("copies", equalTo(5)).body("formats[0].drm", equalTo("adobe-acs")).body("source.type", equalTo("local"));
  }

  @Test
  void aMalformedResourceIdIsRefusedNamingIt() {
    library.anonymous().body(oneCopyEbook()).put("/econtent/lendables/moby-dick").then().statusCode(422)
        .body("errors[0].code", equalTo("VALIDATION_ERROR")).body("errors[0].parameters[0].key", equalTo("resourceId"));
    library.anonymous().body(oneCopyEbook()).put("/econtent/lendables/1-2-99999999999999999999").then().statusCode(422)
        .body("errors[0].parameters[0].key", equalTo("resourceId"));
  }

  @Test
  void anIdThatIsNotAResourceOfTheKnowledgeBaseIsNotLendable() {
    library.anonymous().body(oneCopyEbook()).put("/econtent/lendables/1-2-3").then().statusCode(422)
        .body("errors[0].code", equalTo("NOT_LENDABLE"));
  }

  @Test
  void theProviderOfTheIdMustBeTheResourcesProvider() {
    String resource = library.resource("Typee", "https://books.example.com/typee");
    String[] parts = resource.split("-");
    String wrongProvider = (Long.parseLong(parts[0]) + 100000) + "-" + parts[1] + "-" + parts[2];
    library.anonymous().body(oneCopyEbook()).put("/econtent/lendables/" + wrongProvider).then().statusCode(422)
        .body("errors[0].code", equalTo("NOT_LENDABLE"));
  }

  @Test
  void aMeteredLicenceNeedsItsCheckouts() {
    String resource = library.resource("Omoo", "https://books.example.com/omoo");
    Map<String, Object> licence = oneCopyEbook();
    licence.put("licenseModel", "metered");
    library.anonymous().body(licence).put("/econtent/lendables/" + resource).then().statusCode(422)
        .body("errors[0].parameters[0].key", equalTo("checkoutsRemaining"));
  }

  @Test
  void badLicenceFieldsAreRefusedNamingTheField() {
    String resource = library.resource("Mardi", "https://books.example.com/mardi");
    Map<String, Object> licence = oneCopyEbook();
    licence.put("licenseExpires", "next year");
    library.anonymous().body(licence).put("/econtent/lendables/" + resource).then().statusCode(422)
        .body("errors[0].parameters[0].key", equalTo("licenseExpires"));
    licence = oneCopyEbook();
    licence.put("licenseModel", "lend-to-all");
    library.anonymous().body(licence).put("/econtent/lendables/" + resource).then().statusCode(422)
        .body("errors[0].parameters[0].key", equalTo("licenseModel"));
    licence = oneCopyEbook();
    licence.put("source", Map.of("type", "overdrive"));
    library.anonymous().body(licence).put("/econtent/lendables/" + resource).then().statusCode(422)
        .body("errors[0].message", containsString("source.type"));
    licence = oneCopyEbook();
    licence.put("copies", -1);
    library.anonymous().body(licence).put("/econtent/lendables/" + resource).then().statusCode(422)
        .body("errors[0].parameters[0].key", equalTo("copies"));
    licence = oneCopyEbook();
    licence.put("resourceId", "1-1-1");
    library.anonymous().body(licence).put("/econtent/lendables/" + resource).then().statusCode(422)
        .body("errors[0].parameters[0].key", equalTo("resourceId"));
  }

  @Test
  void anUnknownLendableIsNotFound() {
    library.anonymous().get("/econtent/lendables/4-5-6").then().statusCode(404).body("errors[0].code", equalTo("NOT_FOUND"));
  }

  @Test
  void lendablesAreSearchedByCql() {
    String audio = library.lendable(library.resource("Pierre", "https://audio.example.com/pierre"),
        Map.of("mediaType", "eaudio", "licenseModel", "unlimited", "copies", 0));
    library.anonymous().get("/econtent/lendables?query=mediaType==eaudio and licenseModel==unlimited").then().statusCode(200)
        .body("totalRecords", equalTo(1)).body("lendables[0].resourceId", equalTo(audio));
    library.anonymous().get("/econtent/lendables?query=" + audio).then().statusCode(200).body("totalRecords", equalTo(1));
    library.anonymous().get("/econtent/lendables?limit=1").then().statusCode(200).body("lendables.size()", equalTo(1));
    library.anonymous().get("/econtent/lendables?query=copies>=").then().statusCode(400)
        .body("errors[0].code", equalTo("INVALID_QUERY"));
    library.anonymous().get("/econtent/lendables?limit=5000").then().statusCode(400);
  }
}
