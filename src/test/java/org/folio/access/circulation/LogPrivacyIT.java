package org.folio.access.circulation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.Map;
import java.util.UUID;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.filter.ThresholdFilter;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fulfilment tokens are bearer credentials and patron ids are personal data: neither reaches an INFO line. */
class LogPrivacyIT {
  private static final StringWriter INFO = new StringWriter();
  private static WriterAppender appender;
  private static Econtent library;

  @BeforeAll
  static void listenToEveryInfoLine() {
    library = Econtent.library("circlogs");
    LoggerContext context = (LoggerContext) LogManager.getContext(false);
    appender = WriterAppender.newBuilder().setName("privacy").setTarget(INFO)
        .setFilter(ThresholdFilter.createFilter(Level.INFO, null, null))
        .setLayout(PatternLayout.newBuilder().withPattern("%level %c %msg %ex%n").build()).build();
    appender.start();
    context.getConfiguration().getRootLogger().addAppender(appender, Level.INFO, null);
    context.updateLoggers();
  }

  @AfterAll
  static void stopListening() {
    LoggerContext context = (LoggerContext) LogManager.getContext(false);
    context.getConfiguration().getRootLogger().removeAppender("privacy");
    context.updateLoggers();
    appender.stop();
  }

  @Test
  void theAccessLogNamesTheTokenAndThePatronButWritesNeither() {
    String book = library.ebook("Logged Walden", 1);
    UUID patron = UUID.randomUUID();
    UUID staff = UUID.randomUUID();
    String loan = library.checkOut(patron, book);
    String url = library.patron(patron).get("/econtent/loans/" + loan + "/fulfillment").then().statusCode(200)
        .extract().path("url");
    String token = url.substring(url.indexOf("/econtent/fulfillment/") + "/econtent/fulfillment/".length());
    given().redirects().follow(false).get("/econtent/fulfillment/" + token).then().statusCode(302);
    given().redirects().follow(false).get("/econtent/fulfillment/" + token + "x").then().statusCode(403);
    given().get("/econtent/fulfillment/" + token + "/more").then().statusCode(404);
    library.staff(staff, "econtent.patrons.activity.get").get("/econtent/patrons/" + patron + "/activity");
    String group = library.anonymous().body(Map.of("name", "Logged readers")).post("/econtent/groups")
        .then().statusCode(201).extract().path("id");
    library.anonymous().put("/econtent/groups/" + group + "/members/" + patron).then().statusCode(204);
    library.patron(patron).get("/econtent/loans/" + loan + "/fulfillment/" + patron).then().statusCode(404);

    String log = INFO.toString();
    assertTrue(log.contains("GET /econtent/fulfillment/{token} 302"), log);
    assertTrue(log.contains("GET /econtent/fulfillment/{token} 403"), log);
    assertTrue(log.contains("GET /econtent/patrons/{patronId}/activity"), log);
    assertTrue(log.contains("PUT /econtent/groups/" + group + "/members/{patronId} 204"), log);
    assertTrue(log.contains("GET /econtent/loans/*/fulfillment/* 404"), log);
    assertFalse(log.contains(token), log);
    assertFalse(log.contains(token.substring(token.indexOf('.') + 1)), log);
    assertFalse(log.contains(patron.toString()), log);
  }
}
