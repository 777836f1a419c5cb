package org.folio.access.support;

import java.io.StringWriter;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.layout.PatternLayout;

/** Everything the module logs (root and access log) while it is open, to check what log lines carry. */
public final class LogCapture implements AutoCloseable {
  private final String name;
  private final StringWriter text = new StringWriter();
  private final WriterAppender appender;

  private LogCapture(String name) {
    this.name = name;
    this.appender = WriterAppender.newBuilder().setName(name).setTarget(text)
        .setLayout(PatternLayout.newBuilder().withPattern("%c %msg %ex%n").build()).build();
  }

  public static LogCapture start(String name) {
    LogCapture capture = new LogCapture(name);
    capture.appender.start();
    LoggerContext context = (LoggerContext) LogManager.getContext(false);
    context.getConfiguration().getRootLogger().addAppender(capture.appender, Level.ALL, null);
    context.getConfiguration().getLoggerConfig("access").addAppender(capture.appender, Level.ALL, null);
    context.updateLoggers();
    return capture;
  }

  public String text() {
    return text.toString();
  }

  @Override
  public void close() {
    LoggerContext context = (LoggerContext) LogManager.getContext(false);
    context.getConfiguration().getRootLogger().removeAppender(name);
    context.getConfiguration().getLoggerConfig("access").removeAppender(name);
    context.updateLoggers();
    appender.stop();
  }
}
