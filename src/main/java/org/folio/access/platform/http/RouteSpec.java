package org.folio.access.platform.http;

/** One RAML method as the runtime needs it: verb, RAML path, the body's schema (or null), streamed upload or not. */
public record RouteSpec(String verb, String path, String bodySchema, boolean streamed) {

  public String vertxPath() {
    return path.replaceAll("\\{([^}]+)}", ":$1");
  }

  public String catalogEntry() {
    return verb + " " + path;
  }
}
