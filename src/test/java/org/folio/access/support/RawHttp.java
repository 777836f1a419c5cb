package org.folio.access.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 spoken by hand over a socket, for what a well-behaved client cannot send: malformed percent-escapes,
 * control characters, broken header syntax. One request per connection.
 */
public final class RawHttp {
  private RawHttp() {}

  /** The answer: status, Content-Type (or null) and body. */
  public record Answer(int status, String contentType, String body) {}

  public static Answer send(int port, String method, String target, Map<String, String> headers, String body) {
    StringBuilder request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
        .append("Host: localhost\r\nConnection: close\r\n");
    headers.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
    byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    if (body != null) {
      request.append("Content-Length: ").append(bytes.length).append("\r\n");
    }
    request.append("\r\n");
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.UTF_8));
      out.write(bytes);
      out.flush();
      return parse(socket.getInputStream());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + target + ": " + e, e);
    }
  }

  public static Answer get(int port, String target, Map<String, String> headers) {
    return send(port, "GET", target, headers, null);
  }

  private static Answer parse(InputStream in) throws IOException {
    String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    int end = all.indexOf("\r\n\r\n");
    String head = end < 0 ? all : all.substring(0, end);
    String body = end < 0 ? "" : all.substring(end + 4);
    String[] lines = head.split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    String type = null;
    boolean chunked = false;
    for (String line : lines) {
      String lower = line.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-type:")) {
        type = line.substring(13).trim();
      }
      chunked |= lower.startsWith("transfer-encoding:") && lower.contains("chunked");
    }
    return new Answer(status, type, chunked ? unchunk(body) : body);
  }

  private static String unchunk(String body) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < body.length()) {
      int eol = body.indexOf("\r\n", i);
      int size = Integer.parseInt(body.substring(i, eol).trim(), 16);
      if (size == 0) {
        break;
      }
      out.append(body, eol + 2, eol + 2 + size);
      i = eol + 2 + size + 2;
    }
    return out.toString();
  }
}
