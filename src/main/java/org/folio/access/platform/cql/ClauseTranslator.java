package org.folio.access.platform.cql;

import org.folio.access.platform.cql.CqlNode.ClauseNode;

/** Translates one search clause: resolves its field, then applies the type's SQL rules. */
final class ClauseTranslator {

  private static final String ALL_RECORDS = "cql.allRecords";

  private final CqlFields fields;
  private final TextConditions text;
  private final TypedConditions typed;

  ClauseTranslator(CqlFields fields, SqlParams params) {
    this.fields = fields;
    this.text = new TextConditions(params);
    this.typed = new TypedConditions(params);
  }

  String translate(ClauseNode clause) throws CqlException {
    if (ALL_RECORDS.equalsIgnoreCase(clause.index())) {
      return allRecords(clause);
    }
    CqlField field = field(clause);
    if (field.type() == CqlType.TEXT) {
      return text.condition(field, clause.relation(), clause.term());
    }
    return typed.condition(field, clause.relation(), clause.term());
  }

  private CqlField field(ClauseNode clause) throws CqlException {
    if (clause.index() != null) {
      return fields.resolve(clause.index());
    }
    return fields.defaultField().orElseThrow(() -> new CqlException("The search term '"
        + clause.term().literal() + "' at position " + clause.position()
        + " has no field name and this search has no default field; write it as field=value"));
  }

  private static String allRecords(ClauseNode clause) throws CqlException {
    if (clause.relation() != CqlRelation.EQ || !clause.term().literal().equals("1")) {
      throw new CqlException("The index 'cql.allRecords' at position " + clause.position()
          + " can only be used as cql.allRecords=1");
    }
    return "TRUE";
  }
}
