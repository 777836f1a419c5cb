package org.folio.access.platform.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.folio.access.rest.resource.ApiCatalog;
import org.folio.access.support.TestModule;
import org.junit.jupiter.api.Test;

/**
 * The contracts as a gateway's documentation tools follow them: with the module itself standing in as the gateway
 * (X-Okapi-Url), every RAML file is fetched and every reference in it and in what it names is followed; each one
 * answers 200, examples included, and no relative reference is left.
 */
class ContractFilesIT {
  private static final Pattern INCLUDE = Pattern.compile("!include\\s+(\\S+)");
  private static final Pattern REF = Pattern.compile("\"\\$ref\"\\s*:\\s*\"([^\"#]+)");
  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(String url, String gateway) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
    if (gateway != null) {
      b.header("X-Okapi-Url", gateway);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void everyReferenceOfEveryContractResolvesThroughTheGateway() throws Exception {
    String gateway = "http://localhost:" + TestModule.get().port();
    Deque<String> toFetch = new ArrayDeque<>();
    ApiCatalog.FILES.stream().filter(f -> f.endsWith(".raml") && !f.contains("/"))
        .forEach(f -> toFetch.add(gateway + "/_/ramls?path=" + f));
    Set<String> seen = new HashSet<>();
    List<String> problems = new ArrayList<>();
    while (!toFetch.isEmpty()) {
      String url = toFetch.pop();
      if (!seen.add(url)) {
        continue;
      }
      HttpResponse<String> r = get(url, gateway);
      if (r.statusCode() != 200) {
        problems.add(url + " -> " + r.statusCode());
        continue;
      }
      for (Pattern p : List.of(INCLUDE, REF)) {
        Matcher m = p.matcher(r.body());
        while (m.find()) {
          if (m.group(1).startsWith(gateway + "/_/jsonSchemas?path=")) {
            toFetch.add(m.group(1));
          } else {
            problems.add(url + " names " + m.group(1) + ", which does not go through the gateway");
          }
        }
      }
    }
    assertEquals(List.of(), problems);
    assertTrue(seen.stream().anyMatch(u -> u.contains("path=examples/")), "examples are served");
    assertTrue(seen.size() > 100, "files followed: " + seen.size());
  }

  @Test
  void withoutAGatewayTheFilesAreServedAsStored() throws Exception {
    HttpResponse<String> r = get("http://localhost:" + TestModule.get().port() + "/_/ramls?path=econtent.raml", null);
    assertTrue(r.body().contains("!include examples/"), r.body().substring(0, Math.min(200, r.body().length())));
  }
}
