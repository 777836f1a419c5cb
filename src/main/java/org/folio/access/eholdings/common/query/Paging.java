package org.folio.access.eholdings.common.query;

/** page (from 1) and count (1..100), already checked against the contract. */
public record Paging(long page, long count) {
  public static Paging of(Long page, Long count) {
    return new Paging(page == null ? 1 : page, count == null ? 25 : count);
  }

  public long offset() {
    return (page - 1) * count;
  }

  /** SQL text of the window; both numbers are checked longs, never client text. */
  public String limitOffset() {
    return " LIMIT " + count + " OFFSET " + offset();
  }
}
