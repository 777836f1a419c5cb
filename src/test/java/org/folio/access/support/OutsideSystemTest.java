package org.folio.access.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class OutsideSystemTest {
  @Test
  void answersWhatItWasToldToAnswer() throws Exception {
    try (OutsideSystem vendor = OutsideSystem.start()) {
      vendor.mock().when(request().withPath("/ping")).respond(response().withStatusCode(418).withBody("teapot"));
      HttpResponse<String> reply = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(vendor.baseUrl() + "/ping")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(418, reply.statusCode());
      assertEquals("teapot", reply.body());
    }
  }
}
