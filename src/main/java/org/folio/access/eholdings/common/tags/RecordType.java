package org.folio.access.eholdings.common.tags;

/** The kinds of records that carry tags, as record_tags.record_type names them. */
public enum RecordType {
  PROVIDER("provider"), PACKAGE("package"), TITLE("title"), RESOURCE("resource");

  private final String column;

  RecordType(String column) {
    this.column = column;
  }

  public String column() {
    return column;
  }
}
