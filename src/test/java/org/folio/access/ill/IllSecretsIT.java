package org.folio.access.ill;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;

import io.restassured.response.Response;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.folio.access.support.OutsideSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The broker's ApiKey never leaves in an answer and never reaches a log line of the module, at any level,
 * whether routing succeeds or fails. (MockServer's own log, which prints what the stand-in broker received,
 * is not the module's and is left out.)
 */
class IllSecretsIT {
  private static final StringWriter LOG = new StringWriter();
  /** Ends each log event (their messages may span lines). */
  private static final String EVENT_END = "\u0001";
  private static WriterAppender appender;
  private static Ill ill;
  private static OutsideSystem broker;

  @BeforeAll
  static void listen() {
    ill = Ill.department("illsecrets");
    broker = OutsideSystem.start();
    LoggerContext context = (LoggerContext) LogManager.getContext(false);
    appender = WriterAppender.newBuilder().setName("illsecrets").setTarget(LOG)
        .setLayout(PatternLayout.newBuilder().withPattern("%c %msg %ex%n" + EVENT_END).build()).build();
    appender.start();
    context.getConfiguration().getRootLogger().addAppender(appender, Level.ALL, null);
    context.getConfiguration().getLoggerConfig("access").addAppender(appender, Level.ALL, null);
    context.updateLoggers();
    Configurator.setLevel("org.folio.access", Level.ALL);
  }

  @AfterAll
  static void stop() {
    Configurator.setLevel("org.folio.access", Level.INFO);
    LoggerContext context = (LoggerContext) LogManager.getContext(false);
    context.getConfiguration().getRootLogger().removeAppender("illsecrets");
    context.getConfiguration().getLoggerConfig("access").removeAppender("illsecrets");
    context.updateLoggers();
    appender.stop();
    broker.close();
  }

  @Test
  void theApiKeyIsInNoAnswerAndNoLogLine() {
    String key = "ill-key-" + UUID.randomUUID();
    broker.mock().when(request().withPath("/ok/portal-service/user/authentication"))
        .respond(response().withStatusCode(200).withBody("{\"AuthorizationId\":\"a1\"}"));
    broker.mock().when(request().withPath("/ok/dws/item/available"))
        .respond(response().withStatusCode(200).withBody("{\"Available\":true,\"NumberOfRecords\":1}"));
    broker.mock().when(request().withPath("/ok/dws/item/add"))
        .respond(response().withStatusCode(500).withBody("{\"Problem\":{\"ErrorCode\":\"X\",\"ErrorMessage\":\"down\"}}"));
    broker.mock().when(request().withPath("/bad/portal-service/user/authentication"))
        .respond(response().withStatusCode(401).withBody("{\"Problem\":{\"ErrorCode\":\"PUBAN003\"}}"));
    List<Response> answers = new ArrayList<>();
    Map<String, Object> settings = new HashMap<>(Map.of("brokerUrl", broker.baseUrl() + "/ok", "apiKey", key));
    answers.add(ill.staff().body(settings).put("/ill/settings"));
    String routed = ill.create(Ill.measureOfReality()).getString("id");
    answers.add(ill.staff().post("/ill/transactions/" + routed + "/route"));
    answers.add(ill.staff().body(Map.of("brokerUrl", broker.baseUrl() + "/bad")).put("/ill/settings"));
    String refused = ill.create(Ill.measureOfReality()).getString("id");
    answers.add(ill.staff().post("/ill/transactions/" + refused + "/route"));
    answers.add(ill.staff().body(Map.of("apiKey", key, "maximumAuthenticationAttempts", 99)).put("/ill/settings"));
    answers.add(ill.staff().body(Map.of("apiKey", key, "rsaPublicKey", "nope")).put("/ill/settings"));
    answers.add(ill.staff().get("/ill/settings"));
    answers.add(ill.staff().get("/ill/transactions/" + routed));
    answers.add(ill.staff().get("/ill/transactions?query=queue=*"));
    answers.forEach(a -> assertFalse(a.asString().contains(key), a.asString()));
    String[] lines = LOG.toString().split(EVENT_END);
    List<String> moduleLines = new ArrayList<>();
    for (String line : lines) {
      if (!line.strip().startsWith("org.mockserver")) {
        moduleLines.add(line);
      }
    }
    assertTrue(moduleLines.stream().anyMatch(l -> l.contains("/ill/settings")), "the log was read");
    moduleLines.forEach(line -> assertFalse(line.contains(key), line));
  }
}
