package org.folio.access.platform.cql;

import org.folio.access.platform.cql.CqlNode.ClauseNode;

/** Translates one search clause: resolves its field, then applies the type's SQL rules. */
final class ClauseTranslator {

  private static final String ALL_RECORDS = "cql.allRecords";

  private final CqlFields fields;
  private final TextConditions text;
  private final UuidConditions uuid;
  private final TypedConditions typed;

  ClauseTranslator(CqlFields fields, SqlParams params) {
    this.fields = fields;
    this.text = new TextConditions(params);
    this.uuid = new UuidConditions(params);
    this.typed = new TypedConditions(params);
  }

  String translate(ClauseNode clause) throws CqlException {
    if (ALL_RECORDS.equalsIgnoreCase(clause.index())) {
      return allRecords(clause);
    }
    CqlField declared = field(clause);
    CqlModifiers modifiers = clause.modifiers();
    checkComparedAs(declared, modifiers.as(), "'" + clause.relation().symbol() + "'");
    CqlField field = SqlExpressions.comparedAs(declared, modifiers.as());
    String condition = switch (field.type()) {
      case TEXT -> text.condition(field, clause.relation(), modifiers, clause.term());
      case UUID -> uuid.condition(field, clause.relation(), clause.term());
      default -> typed.condition(field, clause.relation(), clause.term());
    };
    return declared.elementsFrom() == null ? condition
        : "EXISTS (SELECT 1 FROM " + declared.elementsFrom() + " WHERE " + condition + ")";
  }

  /** /number is for TEXT and NUMBER fields only. */
  static void checkComparedAs(CqlField field, CqlModifiers.As as, String where)
      throws CqlException {
    boolean numeric = field.type() == CqlType.TEXT || field.type() == CqlType.NUMBER;
    if (as == CqlModifiers.As.NUMBER && !numeric) {
      throw new CqlException("The modifier /number of " + where + " cannot be used with field '"
          + field.name() + "' of type " + SqlExpressions.label(field.type()));
    }
  }

  private CqlField field(ClauseNode clause) throws CqlException {
    if (clause.index() != null) {
      return fields.resolve(clause.index());
    }
    return fields.defaultField().orElseThrow(() -> new CqlException("The search term '"
        + clause.term().literal() + "' at position " + clause.position()
        + " has no field name and this search has no default field; write it as field=value"));
  }

  /** cql.allRecords=1 is every record, cql.allRecords=0 none. */
  private static String allRecords(ClauseNode clause) throws CqlException {
    boolean equality = clause.relation() == CqlRelation.EQ
        || clause.relation() == CqlRelation.EXACT;
    String value = clause.term().literal();
    if (!equality || !(value.equals("1") || value.equals("0"))) {
      throw new CqlException("The index 'cql.allRecords' at position " + clause.position()
          + " can only be used as cql.allRecords=1 (every record) or cql.allRecords=0 (none)");
    }
    return value.equals("1") ? "TRUE" : "FALSE";
  }
}
