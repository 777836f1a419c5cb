package org.folio.access.platform.http;

import java.util.Map;

/** A successful answer: status, media type, entity (serialised to JSON unless a String or a Buffer) and headers. */
public record Reply(int status, String mediaType, Object entity, Map<String, String> headers) {}
