package org.folio.access.platform.cql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The whitelist of fields one table allows, optionally with a default field that bare terms
 * (and {@code cql.serverChoice}) search. Field names are matched case-sensitively. Immutable.
 */
public final class CqlFields {

  private static final String SERVER_CHOICE = "cql.serverChoice";

  private final Map<String, CqlField> byName;
  private final CqlField defaultField;

  private CqlFields(Map<String, CqlField> byName, CqlField defaultField) {
    this.byName = byName;
    this.defaultField = defaultField;
  }

  /** The given fields, in the order error messages list them; names must be unique. */
  public static CqlFields of(CqlField... fields) {
    Map<String, CqlField> byName = new LinkedHashMap<>();
    for (CqlField field : fields) {
      Objects.requireNonNull(field, "field");
      if (byName.putIfAbsent(field.name(), field) != null) {
        throw new IllegalArgumentException("Duplicate CQL field '" + field.name() + "'");
      }
    }
    return new CqlFields(Collections.unmodifiableMap(byName), null);
  }

  /** A copy whose default field (for bare terms and cql.serverChoice) is the named field. */
  public CqlFields withDefault(String fieldName) {
    CqlField field = byName.get(fieldName);
    if (field == null) {
      throw new IllegalArgumentException("Default field '" + fieldName + "' is not a known field");
    }
    return new CqlFields(byName, field);
  }

  /** The field with this exact name, if allowed. */
  public Optional<CqlField> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** The default field, if one was set. */
  public Optional<CqlField> defaultField() {
    return Optional.ofNullable(defaultField);
  }

  /** The allowed field names, in declaration order. */
  public List<String> names() {
    return new ArrayList<>(byName.keySet());
  }

  /** Resolves a CQL index name, mapping cql.serverChoice to the default field. */
  CqlField resolve(String index) throws CqlException {
    if (SERVER_CHOICE.equalsIgnoreCase(index)) {
      return defaultField().orElseThrow(() -> new CqlException(
          "The index 'cql.serverChoice' cannot be used because this search has no default field"));
    }
    return find(index).orElseThrow(() -> new CqlException(
        "Unsupported query field '" + index + "'; supported: " + supportedNames()));
  }

  private String supportedNames() {
    return byName.isEmpty() ? "(none)" : String.join(", ", byName.keySet());
  }
}
