package org.folio.access.platform.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;

/**
 * The one JSON mapper of the module: absent values are left out, unknown properties are the schema's business;
 * properties are read and written through generated lambdas (Blackbird) rather than reflective calls.
 */
public final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .setSerializationInclusion(JsonInclude.Include.NON_NULL)
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
      .registerModule(new BlackbirdModule());

  private Json() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Serialises a value that is known to serialise (generated POJOs, records, maps). */
  public static String encode(Object value) {
    return serialised(value, MAPPER::writeValueAsString);
  }

  /** As encode, straight to UTF-8 bytes (a reply's body: no String on the way). */
  public static byte[] encodeToBytes(Object value) {
    return serialised(value, MAPPER::writeValueAsBytes);
  }

  /** One of the mapper's writers, whose failure means a value the module should never have tried to write. */
  @FunctionalInterface
  private interface Writer<T> {
    T write(Object value) throws com.fasterxml.jackson.core.JsonProcessingException;
  }

  private static <T> T serialised(Object value, Writer<T> writer) {
    try {
      return writer.write(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot serialise " + value.getClass().getName(), e);
    }
  }

  /** Reads a JSON document that the module itself wrote (stored JSONB). */
  public static <T> T decode(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("Stored JSON does not fit " + type.getSimpleName(), e);
    }
  }
}
