package org.folio.access.eholdings.kbart;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.folio.access.support.TestModule;

/** KBART files for the API tests, and the calls that upload them and wait for their imports. */
final class KbartFiles {
  static final String TSV = "text/tab-separated-values; charset=UTF-8";

  private KbartFiles() {}

  /** A file with the standard header and these lines (LF line ends). */
  static String file(String... lines) {
    return String.join("\t", KbartHeader.COLUMNS) + "\n" + String.join("\n", lines) + "\n";
  }

  static String journal(String title, String print, String online, String first, String last, String url) {
    Map<String, String> m = new HashMap<>();
    m.put("publication_title", title);
    m.put("print_identifier", print);
    m.put("online_identifier", online);
    m.put("date_first_issue_online", first);
    m.put("date_last_issue_online", last);
    m.put("title_url", url);
    m.put("publisher_name", "Northbridge Scholarly");
    m.put("publication_type", "serial");
    return KbartLineParserTest.line(m);
  }

  static Response upload(String tenant, String provider, String pkg, String body) {
    return given().header("X-Okapi-Tenant", tenant).contentType(TSV)
        .queryParam("providerName", provider).queryParam("packageName", pkg).queryParam("contentType", "E-Journal")
        .body(body.getBytes(StandardCharsets.UTF_8))
        .post("/eholdings/kbart-imports");
  }

  /** Uploads, requires 202, and waits until the import has completed; answers its attributes. */
  static JsonPath importAndWait(String tenant, String provider, String pkg, String body) {
    Response r = upload(tenant, provider, pkg, body);
    r.then().statusCode(202);
    return waitFor(tenant, r.header("Location"));
  }

  static JsonPath waitFor(String tenant, String location) {
    long deadline = System.currentTimeMillis() + 300_000;
    while (true) {
      JsonPath doc = given().header("X-Okapi-Tenant", tenant).get(location).then().statusCode(200).extract().jsonPath();
      String state = doc.getString("data.attributes.state");
      if (List.of("completed", "failed").contains(state)) {
        return doc.setRootPath("data.attributes");
      }
      if (System.currentTimeMillis() > deadline) {
        // Its counts so far would fail the caller's assertions with figures that look like a miscount.
        throw new AssertionError("Import " + location + " still " + state + " after 300 s: "
            + doc.getString("data.attributes"));
      }
      sleep(200);
    }
  }

  static long packageId(TestModule module, String tenant, String name) {
    return module.sql("SELECT id FROM " + tenant + "_mod_access_services.packages WHERE external_key = lower($1)", name)
        .iterator().next().getLong("id");
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
